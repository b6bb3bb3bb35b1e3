import { main } from './main.js';

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
