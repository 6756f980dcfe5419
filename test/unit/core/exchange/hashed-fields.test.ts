import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  computeChecksum,
  createHashedFields,
  hashRecordFields,
  readCodedFile,
  writeCodedFile,
} from '../../../../src/core/exchange';
import { makeSnapshot, T2 } from './snapshot-builder';

const FIELDS = { name: 'Eastside YMCA Hub', id: 'P-1', cost: 'Free; meals' };

describe('createHashedFields', () => {
  it('gives the canonical JSON and content hash of new fields', () => {
    const hashed = createHashedFields();

    const entry = hashed.hash('P-1', FIELDS);

    expect(entry.text).toBe(
      '{"cost":"Free; meals","id":"P-1","name":"Eastside YMCA Hub"}',
    );
    expect(entry.hash).toBe(hashRecordFields(FIELDS));
  });

  it('reuses the entry for equal fields in another order', () => {
    const hashed = createHashedFields();
    const first = hashed.hash('P-1', FIELDS);

    const again = hashed.hash('P-1', {
      cost: 'Free; meals',
      name: 'Eastside YMCA Hub',
      id: 'P-1',
    });

    expect(again).toBe(first);
  });

  it.each([
    ['a changed value', { ...FIELDS, cost: 'Free; lunch' }],
    ['a field more', { ...FIELDS, city: 'Tulsa' }],
    ['a field fewer', { name: FIELDS.name, id: FIELDS.id }],
    ['a renamed field', { name: FIELDS.name, id: FIELDS.id, fee: FIELDS.cost }],
  ])('hashes fields with %s afresh', (_case, fields) => {
    const hashed = createHashedFields();
    const first = hashed.hash('P-1', FIELDS);

    const other = hashed.hash('P-1', fields);

    expect(other.text).toBe(canonicalJson(fields));
    expect(other.hash).toBe(hashRecordFields(fields));
    expect(other.hash).not.toBe(first.hash);
  });

  it('keeps the first fields of a key and still hashes later ones right', () => {
    const hashed = createHashedFields();
    const changed = { ...FIELDS, cost: 'Sliding scale' };
    hashed.hash('P-1', FIELDS);
    hashed.hash('P-1', changed);

    expect(hashed.hash('P-1', { ...FIELDS }).hash).toBe(
      hashRecordFields(FIELDS),
    );
    expect(hashed.hash('P-1', { ...changed }).hash).toBe(
      hashRecordFields(changed),
    );
  });
});

describe('readCodedFile with fields hashed by an earlier file', () => {
  const written = writeCodedFile(makeSnapshot(), {
    exportedAt: T2,
    exportedBy: 'Ana',
  });
  if (!written.ok) throw new Error(JSON.stringify(written.error));
  const text = written.value;

  /** The file with record P-2's notes changed; `reseal` hashes it again. */
  function withChangedRecord(reseal: boolean): string {
    const file = JSON.parse(text) as {
      records: { fields: Record<string, string>; contentHash: string }[];
      checksum: string;
    };
    const record = file.records[1]!;
    record.fields.notes = 'Free';
    if (reseal) {
      record.contentHash = hashRecordFields(record.fields);
      file.checksum = computeChecksum(file);
    }
    return JSON.stringify(file);
  }

  it('accepts a second copy of the same file', () => {
    const hashed = createHashedFields();
    expect(readCodedFile(text, { hashed }).ok).toBe(true);

    const second = readCodedFile(text, { hashed });

    expect(second.ok).toBe(true);
  });

  it('still refuses a record changed after the file was written', () => {
    const hashed = createHashedFields();
    readCodedFile(text, { hashed });

    const read = readCodedFile(withChangedRecord(false), { hashed });

    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.map((problem) => [problem.code, problem.path])).toEqual([
      ['CODED_FILE_CHECKSUM', '/checksum'],
      ['CODED_FILE_RECORD_HASH', '/records/1'],
    ]);
  });

  it('accepts a record changed by a tool that hashed it again', () => {
    const hashed = createHashedFields();
    readCodedFile(text, { hashed });

    const read = readCodedFile(withChangedRecord(true), { hashed });

    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.snapshot.records[1]!.fields.notes).toBe('Free');
  });

  it('holds fields that several files repeat once, and changed ones apart', () => {
    const hashed = createHashedFields();
    const first = readCodedFile(text, { hashed });
    const second = readCodedFile(withChangedRecord(true), { hashed });
    if (!first.ok || !second.ok) throw new Error('a file was refused');
    const [a, b] = [first.value.snapshot, second.value.snapshot];

    expect(b.records[0]!.fields).toBe(a.records[0]!.fields);
    expect(b.records[1]!.fields).not.toBe(a.records[1]!.fields);
    expect(b.records[1]!.fields.notes).toBe('Free');
    expect(a.records[1]!.fields.notes).not.toBe('Free');
  });
});
