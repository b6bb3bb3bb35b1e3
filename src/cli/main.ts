/** Runs the CLI with the given arguments and returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  process.stdout.write(`sferum-compliance ${argv.join(' ')}\n`);
  return 0;
}
