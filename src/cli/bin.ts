#!/usr/bin/env node
import { main } from './main.js';

// `sferum-compliance audit … | head` closes the pipe before the report is written: a reader that
// stopped listening is not an error worth a stack trace, so end quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
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
