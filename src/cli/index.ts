import { Command, CommanderError } from 'commander';
import {
  CliError,
  EXIT_OK,
  EXIT_USAGE,
  endProcessOutputQuietly,
  nodeIo,
  type CliIo,
} from './io';
import { registerCommands } from './commands';
import { installNodeSha256 } from './node-sha256';

installNodeSha256();

/**
 * Runs one podscan command and resolves to its exit code. Output goes
 * through `io`, so tests can call this in-process; with the process's
 * own streams, a reader that stops early (`| head`) ends it quietly.
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo = nodeIo,
): Promise<number> {
  if (io === nodeIo) endProcessOutputQuietly();

  const program = new Command('podscan')
    .description('Podscan Workbench command-line tools')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  let exitCode = 0;
  registerCommands(program, io, (code) => {
    exitCode = code;
  });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, io);
  }
}

function reportError(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) return reportCommanderExit(error, io);
  if (error instanceof CliError) {
    io.err(`podscan: ${error.message}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(`podscan: unexpected failure: ${message}\n`);
  return EXIT_USAGE;
}

/**
 * Help asked for (--help, `help`) is success. Commander also shows help,
 * on stderr with exit code 1, when a command is missing (`podscan`,
 * `podscan codebook`): a usage error. Its other errors are usage errors
 * it has already printed.
 */
function reportCommanderExit(error: CommanderError, io: CliIo): number {
  if (!HELP_CODES.has(error.code)) return EXIT_USAGE;
  if (error.exitCode === 0) return EXIT_OK;

  io.err('podscan: give a command, as listed above\n');
  return EXIT_USAGE;
}

const HELP_CODES = new Set([
  'commander.helpDisplayed',
  'commander.version',
  'commander.help',
]);
