import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildWideTable,
  exportWide,
  writeCsv,
  type CodingSource,
  type CsvOptions,
} from '../../../../src/core/export';
import { createCsvWriter } from '../../../../src/core/export/csv';

import {
  ANA,
  BEN,
  GUID,
  makeCoding,
  makeDecision,
  makeRecord,
  makeSnapshot,
} from '../exchange/snapshot-builder';

/** Cells made of the characters CSV quoting and neutralisation care about. */
const cell = fc.oneof(
  fc.constantFrom('', '0', '1', 'a', 'Z', '-', '+', '=', ' ', ',', ';', '|'),
  fc.string({
    unit: fc.constantFrom(
      'a',
      '1',
      ' ',
      '"',
      ',',
      ';',
      '|',
      '\t',
      '\r',
      '\n',
      '\uFEFF',
      '=',
      '+',
      '-',
      '@',
      "'",
      '.',
      'e',
      'é',
    ),
    maxLength: 12,
  }),
);

const csvOptions: fc.Arbitrary<CsvOptions> = fc.record({
  delimiter: fc.constantFrom(',', ';', '\t', '|'),
  neutralise: fc.boolean(),
  newline: fc.constantFrom('\r\n' as const, '\n' as const),
  bom: fc.boolean(),
});

describe('createCsvWriter', () => {
  it('writes exactly what writeCsv (PapaParse) writes for the same rows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), {
          minLength: 1,
          maxLength: 8,
        }),
        csvOptions,
        (rows, options) => {
          const csv = createCsvWriter(options);
          const lines = rows.map((cells) =>
            cells.map(csv.cell).join(csv.delimiter),
          );
          const [header, ...data] = rows;
          expect(csv.finish(lines)).toBe(writeCsv(header!, data, options).text);
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each([
    ['0', '0'],
    ['', ''],
    ['-', `"'-"`],
    ['=1', `"'=1"`],
    ['a"b', '"a""b"'],
    [' lead', '" lead"'],
    ['a,b', '"a,b"'],
  ])('writes %j as %j', (value, written) => {
    expect(createCsvWriter().cell(value)).toBe(written);
  });

  it('quotes a single character that is the delimiter', () => {
    expect(createCsvWriter({ delimiter: '|' }).cell('|')).toBe('"|"');
  });
});

describe('exportWide', () => {
  const sources: readonly CodingSource[] = [
    { kind: 'coder', coderId: ANA.id },
    { kind: 'coder', coderId: BEN.id },
    { kind: 'consensus' },
  ];

  it('writes the CSV of buildWideTable, warnings included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(...sources),
        csvOptions,
        (cells, source, options) => {
          const records = cells.map(([name, notes], index) =>
            makeRecord(`P-${index + 1}`, name, notes, index + 1),
          );
          const snapshot = makeSnapshot({
            records,
            layers: [
              makeCoding(ANA, 'P-1', [GUID.equity, GUID.free]),
              makeCoding(ANA, 'P-2', []),
              makeCoding(BEN, 'P-1', [GUID.free], { status: 'flagged' }),
            ],
            consensus: [
              makeDecision('P-1', GUID.equity),
              makeDecision('P-2', GUID.cost, { value: 'absent' }),
            ],
          });
          const table = buildWideTable(snapshot, source);

          expect(exportWide(snapshot, { ...options, source })).toEqual(
            writeCsv(table.header, table.rows, options),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("names the row and column of a cell over Excel's limit", () => {
    const long = 'x'.repeat(40_000);
    const snapshot = makeSnapshot({
      records: [makeRecord('P-1', 'Short'), makeRecord('P-2', 'Pod', long)],
    });
    const { warnings } = exportWide(snapshot, {
      source: { kind: 'consensus' },
    });
    expect(warnings.map(({ row, column }) => [row, column])).toEqual([
      [2, 'notes'],
    ]);
  });
});
