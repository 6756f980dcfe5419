import type { Command } from 'commander';
import type { CliIo } from '../io';
import { registerAgreement } from './agreement';
import { registerCodebook } from './codebook';
import { registerExport } from './export';
import { registerInspect } from './inspect';
import { registerMerge } from './merge';
import { registerPack } from './pack';

/** Sets the process exit code a command ends with. */
export type SetExit = (code: number) => void;

/** Every command registers itself here, one module per command. */
export function registerCommands(
  program: Command,
  io: CliIo,
  setExit: SetExit,
): void {
  registerInspect(program, io, setExit);
  registerAgreement(program, io, setExit);
  registerCodebook(program, io, setExit);
  registerMerge(program, io, setExit);
  registerExport(program, io, setExit);
  registerPack(program, io, setExit);
}
