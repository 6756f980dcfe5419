import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  deriveGuid,
  packCodedProject,
  type PackInput,
} from '../../../../src/core/exchange';
import { exportLong } from '../../../../src/core/export';
import {
  generateRecordKeys,
  parseScan,
  parseScanText,
} from '../../../../src/core/scan';
import type { ProjectSnapshot } from '../../../../src/core/model/snapshot';
import { arbSnapshot } from './arbitraries';
import { GUID, makeCodebook, T2 } from './snapshot-builder';

// Property runs take seconds; on a busy two-core machine, more than 5.
const PROPERTY_TIMEOUT = 60_000;

const FIXTURES = join(import.meta.dirname, '../../../fixtures/exchange');
const read = (name: string) =>
  parseScan(new Uint8Array(readFileSync(join(FIXTURES, name))));

let ids = 0;
function input(patch: Partial<PackInput> = {}): PackInput {
  return {
    scan: read('pods.csv'),
    scanFileName: 'pods.csv',
    keyColumn: 'ID',
    codebook: makeCodebook(),
    codings: read('codings.csv'),
    actor: 'Lead',
    clock: () => T2,
    newId: () => `id-${(ids += 1)}`,
    ...patch,
  };
}

function pack(patch: Partial<PackInput> = {}) {
  const packed = packCodedProject(input(patch));
  if (!packed.ok) throw new Error(JSON.stringify(packed.error));
  return packed.value;
}

describe('packCodedProject', () => {
  it('builds records, coders and layers from a scan and a codings table', () => {
    const { snapshot } = pack();
    expect(snapshot.records.map((r) => r.key)).toEqual(['P-1', 'P-2', 'P-3']);
    expect(snapshot.meta.name).toBe('pods');
    expect(snapshot.coders.map((c) => [c.id, c.name, c.initials])).toEqual([
      [deriveGuid('coder', 'Ana'), 'Ana', 'A'],
      [deriveGuid('coder', 'Ben'), 'Ben', 'B'],
    ]);
    const meals = deriveGuid('code', 'meals');
    expect(
      snapshot.layers.map((c) => [c.recordKey, c.codes, c.memo, c.status]),
    ).toEqual([
      ['P-1', [GUID.equity, GUID.free], 'Clear.', 'done'],
      ['P-2', [GUID.cost], '', 'done'],
      ['P-1', [GUID.free], '', 'done'],
      ['P-3', [meals], '=checks meals', 'done'],
    ]);
    expect(snapshot.layers[0]?.updatedAt).toBe(T2);
  });

  it('takes names that differ only in spaces or accent form as one coder', () => {
    const codings = parseScanText(
      'record,coder,code,value\nP-1,Ana,Free,1\nP-2,"Ana ",Free,1\n' +
        'P-1,Jos\u00e9,Free,1\nP-2,Jose\u0301,Free,1\n',
    );
    const { snapshot } = pack({ codings });

    expect(snapshot.coders.map((c) => [c.id, c.name])).toEqual([
      [deriveGuid('coder', 'Ana'), 'Ana'],
      [deriveGuid('coder', 'Jos\u00e9'), 'Jos\u00e9'],
    ]);
    expect(snapshot.layers.map((c) => c.recordKey)).toEqual([
      'P-1',
      'P-2',
      'P-1',
      'P-2',
    ]);
  });

  it('adds a code the codebook lacks and reports it', () => {
    const { snapshot, notes } = pack();
    const meals = deriveGuid('code', 'meals');
    expect(snapshot.codebook.codes.at(-1)?.id).toBe(meals);
    expect(notes).toEqual([
      {
        row: 6,
        column: 'code',
        code: 'CODINGS_CODE_ADDED',
        message: `Code "Meals" (${meals}) was not in the codebook; it was added.`,
        severity: 'info',
      },
    ]);
  });

  it('starts an empty codebook when none is given', () => {
    const { snapshot, notes } = pack({ codebook: null });
    expect(snapshot.codebook.codes.map((c) => c.name)).toEqual([
      'Equity focus',
      'Free',
      'charges a fee',
      '22222222-2222-4222-8222-222222222222',
      'Meals',
    ]);
    expect(notes).toHaveLength(5);
  });

  it('packs records alone when there are no codings', () => {
    const { snapshot } = pack({ codings: null });
    expect([snapshot.records.length, snapshot.layers.length]).toEqual([3, 0]);
  });

  it('names every bad row and what to do', () => {
    const packed = packCodedProject(
      input({ codings: read('codings-bad.csv') }),
    );
    expect(packed.ok).toBe(false);
    if (packed.ok) return;
    expect(packed.error.map((p) => [p.row, p.code])).toEqual([
      [1, 'CODINGS_VALUE_INVALID'],
      [3, 'CODINGS_CODER_EMPTY'],
      [2, 'CODINGS_RECORD_UNKNOWN'],
      [5, 'CODINGS_VALUE_CONFLICT'],
    ]);
    expect(packed.error[0]?.message).toBe(
      'Row 1 has value "yes"; write 1 (applied) or 0 (not applied).',
    );
  });

  it('refuses an unknown key column, listing the columns', () => {
    const packed = packCodedProject(input({ keyColumn: 'Code' }));
    expect(packed.ok ? null : packed.error[0]?.message).toBe(
      'The scan has no column "Code"; use one of "ID", "Name", "Notes".',
    );
  });

  it('generates keys as the import does when no key column is given', () => {
    const scan = parseScanText('Site,Notes\nYMCA,a\nYMCA,b\nYMCA,a\n');
    const { snapshot } = pack({ scan, keyColumn: null, codings: null });

    expect(snapshot.records.map((r) => r.key)).toEqual(
      generateRecordKeys(scan),
    );
    expect(snapshot.records[2]?.key).toBe(`${snapshot.records[0]?.key}-2`);
    expect(snapshot.meta.keyColumn).toBeNull();
    expect(snapshot.meta.batches[0]?.keyColumn).toBeNull();
  });

  it('lists 20 repeated keys and counts the rest', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `Site ${i % 3},n`);
    const scan = parseScanText(['Site,Notes', ...rows].join('\n'));
    const packed = packCodedProject(
      input({ scan, keyColumn: 'Site', codings: null }),
    );
    const problems = packed.ok ? [] : packed.error;

    expect(problems).toHaveLength(21);
    expect(problems.slice(0, 20).map((p) => p.row)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect(problems[20]).toEqual({
      row: null,
      column: null,
      code: 'KEY_DUPLICATE',
      message: '… and 10 more like the above.',
      severity: 'error',
      unlisted: 10,
    });
  });

  it('refuses a codings table without the required columns', () => {
    const codings = parseScanText('record,who,code\nP-1,Ana,Free\n');
    const packed = packCodedProject(input({ codings }));
    expect(packed.ok ? null : packed.error[0]?.code).toBe(
      'CODINGS_COLUMNS_MISSING',
    );
  });
});

/** Codings by coder name and record, as the long export keeps them. */
function codingsByName(snapshot: ProjectSnapshot) {
  const names = new Map(snapshot.coders.map((c) => [c.id, c.name]));
  return snapshot.layers
    .map((c) => ({
      coder: names.get(c.coderId),
      record: c.recordKey,
      codes: [...c.codes].sort(),
      memo: c.memo,
      status: c.status,
      updatedAt: c.updatedAt,
      codebookVersion: c.codebookVersion,
    }))
    .sort((a, b) =>
      `${a.coder} ${a.record}` < `${b.coder} ${b.record}` ? -1 : 1,
    );
}

describe('long export → pack', () => {
  it(
    'gives back every coding: codes, memo, status, time, version',
    () => {
      fc.assert(
        fc.property(arbSnapshot({ fixedFields: true }), (snapshot) => {
          const scanCsv = Papa.unparse([
            ['ID', 'Name', 'Notes'],
            ...snapshot.records.map((r) => [
              r.key,
              r.fields.name!,
              r.fields.notes!,
            ]),
          ]);
          const packed = packCodedProject(
            input({
              scan: parseScanText(scanCsv),
              codebook: snapshot.codebook,
              codings: parseScanText(exportLong(snapshot, { bom: true }).text),
            }),
          );
          if (!packed.ok) throw new Error(JSON.stringify(packed.error));
          expect(packed.value.notes).toEqual([]);
          expect(codingsByName(packed.value.snapshot)).toEqual(
            codingsByName(snapshot),
          );
        }),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
