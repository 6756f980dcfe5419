import { runCli } from '../../../src/cli/index';
import { nodeIo, type CliIo } from '../../../src/cli/io';

export type Run = { code: number; out: string; err: string };

/**
 * Runs a podscan command in-process and captures what it writes to
 * stdout and stderr. Files are read and written on disk unless `files`
 * replaces those operations.
 */
export async function runCaptured(
  args: readonly string[],
  files: Pick<Partial<CliIo>, 'readBytes' | 'writeAtomic'> = {},
): Promise<Run> {
  let out = '';
  let err = '';
  const io: CliIo = {
    ...nodeIo,
    ...files,
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
  };
  const code = await runCli(args, io);
  return { code, out, err };
}
