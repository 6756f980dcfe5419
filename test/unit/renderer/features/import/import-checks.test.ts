import { describe, expect, it } from 'vitest';
import { asColumnKey } from '../../../../../src/core/model/ids';
import {
  buildRecordKeys,
  parseScan,
  parseScanText,
  type ParsedScan,
} from '../../../../../src/core/scan';
import {
  describeEncoding,
  findImportBlock,
  GENERATED_KEYS,
  listKeyOptions,
  mergeKeyProblems,
  type KeyCheck,
} from '../../../../../src/renderer/features/import/import-checks';
import type { ScanPreview } from '../../../../../src/renderer/workers/import-protocol';
import {
  describeScanPreview,
  limitProblems,
} from '../../../../../src/renderer/workers/scan-preview';

const PNG_START = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0];

describe('the import preview checks', () => {
  it('offers generated keys first, then the columns in file order', () => {
    const preview = previewOf(parseScanText('id,name,city\n1,a,X\n1,b,X\n'));

    expect(listKeyOptions(preview).map((option) => option.label)).toEqual([
      'Let Podscan generate keys (stable while a row is unchanged)',
      'id',
      'name (unique, never empty)',
      'city',
    ]);
  });

  it('blocks an empty file with its own reason, whatever the key', () => {
    const preview = previewOf(parseScanText(''));

    expect(findImportBlock(preview, GENERATED_KEYS, null)).toMatch(
      /^The file is empty/,
    );
  });

  it('blocks a binary file and names no encoding for it', () => {
    const preview = previewOf(parseScan(new Uint8Array(PNG_START)));

    expect(findImportBlock(preview, GENERATED_KEYS, null)).toMatch(
      /^The file holds binary data, not text/,
    );
    expect(describeEncoding(preview)).toBe('not text');
    expect(describeEncoding(previewOf(parseScanText('a\n1\n')))).toBe('utf-8');
  });

  it('blocks a key column with repeated or empty keys and lists them by row', () => {
    const parsed = parseScanText('id,name\n1,a\n2,b\n1,c\n,d\n');
    const preview = previewOf(parsed);
    const check = checkOf(preview, parsed, 'id');

    expect(findImportBlock(preview, 'id', check)).toBe(
      'In the key column “id”, 3 rows have an empty or repeated key (see ' +
        'Problems by row). Choose another key column or let Podscan ' +
        'generate keys.',
    );
    expect(
      mergeKeyProblems(preview, 'id', check).problems.map((p) => [
        p.row,
        p.code,
      ]),
    ).toEqual([
      [1, 'KEY_DUPLICATE'],
      [3, 'KEY_DUPLICATE'],
      [4, 'KEY_EMPTY'],
    ]);
  });

  it('waits for the check of the chosen column before allowing it', () => {
    const parsed = parseScanText('id,name\n1,a\n2,b\n1,c\n');
    const preview = previewOf(parsed);
    const idCheck = checkOf(preview, parsed, 'id');

    expect(findImportBlock(preview, 'name', null)).toBe(
      'Checking the key column…',
    );
    expect(findImportBlock(preview, 'name', idCheck)).toBe(
      'Checking the key column…',
    );
    expect(
      findImportBlock(preview, 'name', checkOf(preview, parsed, 'name')),
    ).toBeNull();
    expect(findImportBlock(preview, GENERATED_KEYS, idCheck)).toBeNull();
    expect(mergeKeyProblems(preview, GENERATED_KEYS, idCheck).problems).toEqual(
      [],
    );
  });

  it('gives the reason a re-import key column is missing from the file', () => {
    const parsed = parseScanText('name\na\n');
    const preview = previewOf(parsed);

    expect(
      findImportBlock(preview, 'id', checkOf(preview, parsed, 'id')),
    ).toMatch(/^The file has no column "id" to take keys from/);
  });
});

/** The preview the import worker sends for a parsed file. */
function previewOf(parsed: ParsedScan): ScanPreview {
  return describeScanPreview('scan.csv', parsed, null);
}

/** What the import worker answers to a key check. */
function checkOf(
  preview: ScanPreview,
  parsed: ParsedScan,
  column: string,
): KeyCheck {
  const keys = buildRecordKeys(parsed, { keyColumn: asColumnKey(column) });
  return { preview, column, ...limitProblems(keys.ok ? [] : keys.error) };
}
