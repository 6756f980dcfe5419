import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  SAMPLE_SCAN_DEFAULTS,
  SAMPLE_SCAN_FILE_NAME,
  writeScanCsv,
} from '../../../../src/core/sample';
import { generateOrThrow } from './scan-records';

const sampleFolder = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '..',
  'resources',
  'sample',
);

describe('committed sample scan', () => {
  const bytes = readFileSync(join(sampleFolder, SAMPLE_SCAN_FILE_NAME));

  it('is exactly what the generator writes for the default seed', () => {
    const expected = writeScanCsv(generateOrThrow(SAMPLE_SCAN_DEFAULTS));

    // On failure: run `npm run sample` and commit the regenerated file.
    expect(bytes.toString('utf8')).toBe(expected);
  });

  it('is UTF-8 without a byte-order mark, with LF line endings', () => {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);

    expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(text.includes('\r')).toBe(false);
    expect(text.startsWith('Record ID,Initiative name,')).toBe(true);
  });

  it('is described as invented in its README, with the command to rebuild it', () => {
    const readme = readFileSync(join(sampleFolder, 'README.md'), 'utf8');

    expect(readme).toMatch(/invented/i);
    expect(readme).toContain('npm run sample');
  });
});
