import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRotatingFileLog } from '../../../../src/main/logging/rotating-file-sink';
import type { LogEntry } from '../../../../src/shared/logger';

let folder: string;
beforeEach(async () => {
  folder = await fs.mkdtemp(join(tmpdir(), 'podscan-logs-'));
});
afterEach(async () => {
  await fs.rm(folder, { recursive: true, force: true });
});

// Each formatted line is exactly 46 bytes with its newline: two fit in 100.
function entry(n: number): LogEntry {
  return {
    at: '2025-03-01T12:00:00.000Z',
    level: 'info',
    scope: 'app',
    message: `entry ${String(n).padStart(3, '0')}`,
  };
}
const line = (n: number) =>
  `2025-03-01T12:00:00.000Z INFO [app] entry ${String(n).padStart(3, '0')}`;

async function read(name: string): Promise<string[]> {
  return (await fs.readFile(join(folder, name), 'utf8'))
    .split('\n')
    .slice(0, -1);
}

describe('createRotatingFileLog', () => {
  it('appends one line per entry to the current file', async () => {
    const log = createRotatingFileLog({ folder: join(folder, 'logs') });

    log.sink(entry(1));
    log.sink({ ...entry(2), fields: { rows: 300, ok: true } });

    expect(log.currentFile).toBe(join(folder, 'logs', 'podscan.log'));
    expect(await fs.readFile(log.currentFile, 'utf8')).toBe(
      `${line(1)}\n${line(2)} rows=300 ok=true\n`,
    );
  });

  it('rotates by size and keeps only the newest files', async () => {
    expect(Buffer.byteLength(`${line(1)}\n`)).toBe(46);
    const log = createRotatingFileLog({ folder, maxBytes: 100, maxFiles: 3 });

    for (let n = 1; n <= 9; n += 1) log.sink(entry(n));

    expect((await fs.readdir(folder)).sort()).toEqual([
      'podscan.1.log',
      'podscan.2.log',
      'podscan.log',
    ]);
    expect(await read('podscan.log')).toEqual([line(9)]);
    expect(await read('podscan.1.log')).toEqual([line(7), line(8)]);
    expect(await read('podscan.2.log')).toEqual([line(5), line(6)]);
  });

  it('continues a file left by an earlier run, counting its size', async () => {
    await fs.writeFile(join(folder, 'podscan.log'), `${line(0)}\n`);
    const log = createRotatingFileLog({ folder, maxBytes: 100, maxFiles: 2 });

    log.sink(entry(1));
    log.sink(entry(2));

    expect(await read('podscan.1.log')).toEqual([line(0), line(1)]);
    expect(await read('podscan.log')).toEqual([line(2)]);
  });

  it('keeps a forged line break inside one line', async () => {
    const log = createRotatingFileLog({ folder });

    log.sink({ ...entry(1), message: 'a\nFAKE ERROR [security] b' });

    expect(await read('podscan.log')).toEqual([
      '2025-03-01T12:00:00.000Z INFO [app] a FAKE ERROR [security] b',
    ]);
  });

  it('reads the newest lines across the current and previous file', () => {
    const log = createRotatingFileLog({ folder, maxBytes: 100, maxFiles: 3 });
    for (let n = 1; n <= 5; n += 1) log.sink(entry(n));

    expect(log.readTail(2)).toEqual([line(4), line(5)]);
    expect(log.readTail(10)).toEqual([line(3), line(4), line(5)]);
    expect(log.readTail(0)).toEqual([]);
  });

  it('drops entries instead of throwing when the folder disappears', async () => {
    const inner = join(folder, 'logs');
    const log = createRotatingFileLog({ folder: inner });
    await fs.rm(inner, { recursive: true });

    expect(() => log.sink(entry(1))).not.toThrow();
    expect(log.readTail(5)).toEqual([]);
  });
});
