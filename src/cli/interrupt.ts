/** What a run stopped by a signal exits with: 128 + the signal's number, as a shell reports it. */
export const EXIT_INTERRUPTED: Readonly<Record<InterruptSignal, number>> = { SIGINT: 130, SIGTERM: 143 };

/**
 * What `region` exits with when its standard output is closed by the reader (`| head`) while it
 * also writes files, which are then incomplete: 128 + SIGPIPE, as a shell reports a process a
 * closed pipe ended.
 */
export const EXIT_STDOUT_CLOSED = 141;

export type InterruptSignal = 'SIGINT' | 'SIGTERM';

export interface InterruptWatch {
  /** Settles with the first SIGINT or SIGTERM; never rejects. */
  readonly signal: Promise<InterruptSignal>;
  /** Stops listening: a later signal ends the process the default way. */
  dispose(): void;
}

/**
 * Listens for SIGINT and SIGTERM while a long run writes its output, so the run can stop between
 * two schools, keep what it wrote as visibly partial and say so. Listening once: a second Ctrl-C
 * while the run winds down ends the process at once.
 */
export function watchInterrupt(): InterruptWatch {
  let settle: (signal: InterruptSignal) => void = () => {};
  const signal = new Promise<InterruptSignal>((resolve) => (settle = resolve));
  const onInt = () => {
    dispose();
    settle('SIGINT');
  };
  const onTerm = () => {
    dispose();
    settle('SIGTERM');
  };
  const dispose = () => {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
  };
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return { signal, dispose };
}
