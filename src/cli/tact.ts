/**
 * The `tact` command line: `tact analyze` and `tact draft`. Built by webpack into
 * build/cli/tact.js (with a node shebang); also runs as `npx tsx src/cli/tact.ts`.
 * main() takes its streams as arguments so tests can drive it with fake ones.
 */
import { parseArgs, UsageError, USAGE } from './args';
import { runAnalyze, runDraft } from './commands';
import { writeLine, type CliIO } from './io';

export type { CliIO } from './io';

/** Run the CLI; resolves to the exit code (0 ok, 1 bad input, 2 usage). */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let command;
  try {
    command = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    await writeLine(io.stderr, `tact: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  switch (command.cmd) {
    case 'help':
      await writeLine(io.stdout, USAGE);
      return 0;
    case 'analyze':
      return runAnalyze(command.opts, command.files, io);
    case 'draft':
      return runDraft(command.opts, command.files, io);
  }
}

/** Defined only inside a webpack bundle: build/cli/tact.js is the CLI itself, so it always runs. */
declare const __webpack_require__: unknown;

/** True when this file is the program: the webpack-built bin, or `tsx src/cli/tact.ts` (not when imported by tests). */
export function isEntryPoint(): boolean {
  if (typeof __webpack_require__ !== 'undefined') return true;
  return typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module;
}

if (isEntryPoint()) {
  main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
    (code) => { process.exitCode = code; },
    (e: unknown) => { process.stderr.write(`tact: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`); process.exitCode = 1; },
  );
}
