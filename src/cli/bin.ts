#!/usr/bin/env node
import * as module from 'node:module';
import { setFlagsFromString } from 'node:v8';

// Node 22.1 and later keep V8's compiled code of the CLI's modules on disk (the OS temp folder;
// NODE_COMPILE_CACHE moves it, NODE_DISABLE_COMPILE_CACHE=1 turns it off): later runs skip
// compiling ~1.4 MB of JavaScript, most of the start-up that is not the audit itself. Node 20 has
// no such cache. It has to be on before the modules load, so main is imported here, not above.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// V8 runs a regular expression through its bytecode interpreter first and compiles it to machine
// code on the second use: two compilations of each pattern a run uses twice. The scanner's
// `u`-flag patterns (`\p{L}` in look-behinds and counted repeats) cost ~1 ms each to compile
// and a short audit uses each only a few times, so straight to machine code it is: one
// compilation each, ~7 % of a single-school audit's CPU (issue 13). Matches are the same either
// way (the flag picks the tier, not the semantics); a Node that refuses the flag runs as before.
try {
  setFlagsFromString('--no-regexp-tier-up');
} catch {
  // The flag is an optimisation only.
}
const { main } = await import('./main.js');

// `sferum-compliance audit … | head` closes the pipe before the report is written: a reader that
// stopped listening is not an error worth a stack trace, so end quietly. A command that listens
// for it itself (`region` writing files besides standard output) ends its run its own way.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') {
      if (stream.listenerCount('error') > 1) return;
      process.exit(process.exitCode ?? 0);
    }
    throw error;
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Last resort: never a bare stack trace for the user.
    const text = error instanceof Error ? error.message : String(error);
    process.stderr.write(`sferum-compliance: внутренняя ошибка / internal error: ${text}\n`);
    process.exitCode = 2;
  },
);
