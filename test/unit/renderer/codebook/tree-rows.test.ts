import { describe, expect, it } from 'vitest';
import {
  addCode,
  createCodebook,
  type Codebook,
} from '../../../../src/core/codebook';
import {
  listTreeRows,
  resolveTreeKey,
} from '../../../../src/renderer/features/codebook/tree-rows';
import { codeId, must, testContext } from '../../core/codebook/support';

/** A (1) > A1 (2) > A1a (3); B (4). */
function tree(): Codebook {
  const context = testContext();
  let book = createCodebook(context);
  const add = (name: string, parent: number | null) => {
    const parentId = parent === null ? null : codeId(parent);
    book = must(addCode(book, { name, parentId }, context)).codebook;
  };
  add('A', null);
  add('A1', 1);
  add('A1a', 2);
  add('B', null);
  return book;
}

describe('rows of the code tree', () => {
  it('lists codes with their level and position, skipping closed branches', () => {
    const rows = listTreeRows(tree(), new Set([codeId(2)]));

    expect(
      rows.map((row) => [
        row.code.name,
        row.level,
        row.position,
        row.siblingCount,
        row.isExpanded,
      ]),
    ).toEqual([
      ['A', 1, 1, 2, true],
      ['A1', 2, 1, 1, false],
      ['B', 1, 2, 2, false],
    ]);
  });
});

describe('keys in the code tree', () => {
  const rows = listTreeRows(tree(), new Set());

  it('moves the selection with the arrows, Home and End', () => {
    expect(resolveTreeKey(rows, codeId(1), 'ArrowDown')).toEqual({
      kind: 'select',
      id: codeId(2),
    });
    expect(resolveTreeKey(rows, codeId(4), 'ArrowUp')).toEqual({
      kind: 'select',
      id: codeId(3),
    });
    expect(resolveTreeKey(rows, codeId(3), 'Home')).toEqual({
      kind: 'select',
      id: codeId(1),
    });
    expect(resolveTreeKey(rows, codeId(1), 'End')).toEqual({
      kind: 'select',
      id: codeId(4),
    });
    expect(resolveTreeKey(rows, codeId(4), 'ArrowDown')).toBeNull();
  });

  it('opens and closes branches with → and ←, then walks in and out', () => {
    const closed = listTreeRows(tree(), new Set([codeId(1)]));

    expect(resolveTreeKey(closed, codeId(1), 'ArrowRight')).toEqual({
      kind: 'expand',
      id: codeId(1),
    });
    expect(resolveTreeKey(rows, codeId(1), 'ArrowRight')).toEqual({
      kind: 'select',
      id: codeId(2),
    });
    expect(resolveTreeKey(rows, codeId(2), 'ArrowLeft')).toEqual({
      kind: 'collapse',
      id: codeId(2),
    });
    expect(resolveTreeKey(rows, codeId(3), 'ArrowLeft')).toEqual({
      kind: 'select',
      id: codeId(2),
    });
    expect(resolveTreeKey(rows, codeId(4), 'ArrowRight')).toBeNull();
  });

  it('selects the first row when nothing is selected yet', () => {
    expect(resolveTreeKey(rows, null, 'ArrowDown')).toEqual({
      kind: 'select',
      id: codeId(1),
    });
  });
});
