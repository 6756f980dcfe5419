import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CSV,
  exportFileName,
  exportFilter,
} from '../../../../../src/renderer/features/exchange/export-formats';

describe('export file names', () => {
  it('names each export after the project, whose codings and the code', () => {
    const source = { kind: 'coder', coderId: 'c1' } as const;

    expect([
      exportFileName('Tulsa pilot', { kind: 'coded' }, DEFAULT_CSV),
      exportFileName('Tulsa pilot', { kind: 'wide', source }, DEFAULT_CSV, {
        source: 'Ana Pérez',
      }),
      exportFileName('Tulsa pilot', { kind: 'long' }, DEFAULT_CSV),
      exportFileName('Tulsa pilot', { kind: 'xlsx', source }, DEFAULT_CSV, {
        source: 'Consensus',
      }),
      exportFileName('Tulsa pilot', { kind: 'qdpx' }, DEFAULT_CSV),
      exportFileName(
        'Tulsa pilot',
        { kind: 'matrix', codeId: 'g' },
        { ...DEFAULT_CSV, delimiter: '\t' },
        { code: 'Free to families' },
      ),
    ]).toStrictEqual([
      'Tulsa-pilot.podscan.json',
      'Tulsa-pilot-wide-Ana-Perez.csv',
      'Tulsa-pilot-long.csv',
      'Tulsa-pilot-Consensus.xlsx',
      'Tulsa-pilot.qdpx',
      'Tulsa-pilot-matrix-Free-to-families.tsv',
    ]);
  });

  it('never makes a name with folders or dots only', () => {
    expect(exportFileName('../..', { kind: 'qdc' }, DEFAULT_CSV)).toBe(
      'podscan.qdc',
    );
    expect(exportFileName('a/b\\c', { kind: 'codebook' }, DEFAULT_CSV)).toBe(
      'a-b-c-codebook.csv',
    );
  });

  it('offers the filter of the format', () => {
    expect(
      exportFilter({ kind: 'long' }, { ...DEFAULT_CSV, delimiter: '\t' }),
    ).toStrictEqual({
      name: 'Tab-separated values',
      extensions: ['tsv'],
    });
    expect(exportFilter({ kind: 'coded' }, DEFAULT_CSV)).toStrictEqual({
      name: 'Podscan coded file',
      extensions: ['json'],
    });
  });
});
