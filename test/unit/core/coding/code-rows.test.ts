import { describe, expect, it } from 'vitest';
import type { Codebook } from '../../../../src/core/codebook';
import {
  indexCodes,
  listCodeRows,
  type CodeRow,
} from '../../../../src/core/coding';
import { codeId, sampleCodebook } from './support';

describe('the code tree of the coding panel', () => {
  it('hides retired codes and marks applied ones with their number keys', () => {
    const rows = listCodeRows(sampleCodebook(), [codeId(3)]);

    expect(rows.map(describeRow)).toStrictEqual([
      '0 Supports group',
      '1 Meals #1',
      '1 Devices #2 applied',
      '0 Tutoring #3',
    ]);
  });

  it('shows a retired code the record carries, locked, under its retired parent', () => {
    const rows = listCodeRows(sampleCodebook(), [codeId(5)]);

    expect(rows.map(describeRow)).toStrictEqual([
      '0 Supports group',
      '1 Meals #1',
      '1 Devices #2',
      '0 Transport retired',
      '1 Bus passes applied retired',
      '0 Tutoring #3',
    ]);
  });

  it('counts a merged-away GUID as the code it was merged into', () => {
    const rows = listCodeRows(sampleCodebook(), [codeId(9)]);

    expect(rows.find((row) => row.isApplied)?.code.name).toBe('Meals');
  });

  it('keeps the codes whose name matches a search, with their ancestors', () => {
    expect(
      listCodeRows(sampleCodebook(), [], ' DEV ').map(describeRow),
    ).toStrictEqual(['0 Supports group', '1 Devices #2']);
    expect(
      listCodeRows(sampleCodebook(), [], 'support').map(describeRow),
    ).toStrictEqual(['0 Supports group', '1 Meals #1', '1 Devices #2']);
    expect(listCodeRows(sampleCodebook(), [], 'zzz')).toStrictEqual([]);
  });

  it('leaves out a grouping node with nothing to apply below it', () => {
    const codebook = sampleCodebook();
    const empty: Codebook = {
      ...codebook,
      codes: codebook.codes.filter((code) => code.parentId !== codeId(1)),
    };

    expect(listCodeRows(empty, []).map(describeRow)).toStrictEqual([
      '0 Tutoring #1',
    ]);
  });
});

describe('the code index for chips', () => {
  it('finds codes by GUID and by merged-away GUID', () => {
    const index = indexCodes(sampleCodebook());

    expect(index.get(codeId(6))?.name).toBe('Tutoring');
    expect(index.get(codeId(9))?.name).toBe('Meals');
    expect(index.get(codeId(42))).toBeUndefined();
  });
});

function describeRow(row: CodeRow): string {
  return [
    String(row.depth),
    row.code.name,
    row.number === null ? '' : `#${row.number}`,
    row.isCheckable ? '' : row.code.isCodable ? '' : 'group',
    row.isApplied ? 'applied' : '',
    row.isRetired ? 'retired' : '',
  ]
    .filter((part) => part !== '')
    .join(' ');
}
