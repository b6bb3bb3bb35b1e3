import fc from 'fast-check';

// Every property runs from a fixed seed in `npm test`, so a run is reproducible and CI cannot fail
// on a case no one else can replay. `FC_SEED=<number>` replays another seed; `FC_SEED=random` lets
// fast-check draw one (it prints the seed of any failure). Properties that name their own seed keep it.
const requested = process.env.FC_SEED;
if (requested !== 'random') {
  const seed = requested === undefined ? 20261203 : Number(requested);
  if (!Number.isSafeInteger(seed))
    throw new Error(`FC_SEED must be an integer or "random", not ${requested}`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
}
