import { describe, expect, it } from 'vitest';
import { runCaptured, type Run } from './run-captured';

function run(args: readonly string[]): Promise<Run> {
  return runCaptured(args);
}

describe('podscan without a command', () => {
  it('shows the help on stderr, asks for a command and exits 2', async () => {
    const help = await run(['--help']);
    const result = await run([]);

    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(help.out).toContain('\n  inspect [options] <file>');
    expect(result.err).toBe(
      `${help.out}podscan: give a command, as listed above\n`,
    );
  });

  it('treats a command group without its command alike', async () => {
    const result = await run(['codebook']);

    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^Usage: podscan codebook /);
    expect(result.err).toContain('\n  validate [options] <file>');
    expect(result.err).toMatch(/give a command, as listed above\n$/);
  });
});

describe('podscan help', () => {
  it('prints the help asked for on stdout and exits 0', async () => {
    const flag = await run(['--help']);
    const command = await run(['help']);

    expect([flag.code, command.code]).toEqual([0, 0]);
    expect([flag.err, command.err]).toEqual(['', '']);
    expect(flag.out).toMatch(/^Usage: podscan \[options\] \[command\]\n/);
    expect(command.out).toBe(flag.out);
  });

  it('calls an unknown command a usage error (exit 2)', async () => {
    const result = await run(['nosuch']);

    expect(result).toEqual({
      code: 2,
      out: '',
      err: "error: unknown command 'nosuch'\n",
    });
  });
});
