import { execFileSync } from 'node:child_process';
import { cpus, freemem, loadavg, totalmem } from 'node:os';

/** The machine a run measured on: absolute times only mean this much. */
export type MachineInfo = {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGb: number;
  readonly freeMemoryGb: number;
  readonly node: string;
  readonly platform: string;
  /** 1, 5 and 15 minute load averages. */
  readonly loadAverage: readonly number[];
  readonly commit: string | null;
};

export function describeMachine(root: string): MachineInfo {
  const processors = cpus();
  return {
    cpu: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGb: round(totalmem() / 2 ** 30),
    freeMemoryGb: round(freemem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: readLoad(),
    commit: readCommit(root),
  };
}

/** The 1, 5 and 15 minute load averages, two decimals. */
export function readLoad(): number[] {
  return loadavg().map(round);
}

function readCommit(root: string): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
