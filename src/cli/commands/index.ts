import type { Command } from 'commander';
import type { CliIo } from '../io';

/** Sets the process exit code a command ends with. */
export type SetExit = (code: number) => void;

/** Every command registers itself here, one module per command. */
export function registerCommands(
  program: Command,
  io: CliIo,
  setExit: SetExit,
): void {
  void program;
  void io;
  void setExit;
}
