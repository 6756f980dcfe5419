import type { Command } from 'commander';
import type { CliIo } from '../io';
import type { SetExit } from './index';

/** Registers `podscan codebook`. */
export function registerCodebook(
  program: Command,
  io: CliIo,
  setExit: SetExit,
): void {
  void program;
  void io;
  void setExit;
}
