import { describe, expect, it } from 'vitest';
import {
  addCode,
  createCodebook,
  moveCode,
  planCodeDrop,
  planCodeMove,
  type Codebook,
  type CodeMoveTarget,
} from '../../../../src/core/codebook';
import { codeId, must, testContext } from './support';

const context = testContext();

/** A (1) > A1 (2), A2 (3), A3 (4); B (5); C (6) > C1 (7). */
function tree(): Codebook {
  const build = testContext();
  let book = createCodebook(build);
  const add = (name: string, parent: number | null) => {
    const parentId = parent === null ? null : codeId(parent);
    book = must(addCode(book, { name, parentId }, build)).codebook;
  };
  add('A', null);
  add('A1', 1);
  add('A2', 1);
  add('A3', 1);
  add('B', null);
  add('C', null);
  add('C1', 6);
  return book;
}

/** Names in tree order, indented by depth with dots. */
function outline(book: Codebook): string[] {
  const depth = (id: string | null): number => {
    const code = book.codes.find((each) => each.id === id);
    return code === undefined ? 0 : 1 + depth(code.parentId);
  };
  return book.codes.map(
    (code) => `${'.'.repeat(depth(code.parentId))}${code.name}`,
  );
}

function apply(book: Codebook, n: number, target: CodeMoveTarget | null) {
  if (target === null) throw new Error('expected a move');

  return outline(
    must(moveCode(book, codeId(n), target.parentId, target.index, context)),
  );
}

describe('planning keyboard moves', () => {
  it('moves a code up and down among its siblings', () => {
    const book = tree();

    expect(apply(book, 3, planCodeMove(book.codes, codeId(3), 'up'))).toEqual([
      'A',
      '.A2',
      '.A1',
      '.A3',
      'B',
      'C',
      '.C1',
    ]);
    expect(apply(book, 2, planCodeMove(book.codes, codeId(2), 'down'))).toEqual(
      ['A', '.A2', '.A1', '.A3', 'B', 'C', '.C1'],
    );
  });

  it('outdents a code to just after its parent', () => {
    const book = tree();

    expect(
      apply(book, 3, planCodeMove(book.codes, codeId(3), 'outdent')),
    ).toEqual(['A', '.A1', '.A3', 'A2', 'B', 'C', '.C1']);
  });

  it('indents a code under the end of its previous sibling', () => {
    const book = tree();

    expect(
      apply(book, 5, planCodeMove(book.codes, codeId(5), 'indent')),
    ).toEqual(['A', '.A1', '.A2', '.A3', '.B', 'C', '.C1']);
  });

  it('gives no move past the ends of the tree', () => {
    const codes = tree().codes;

    expect(planCodeMove(codes, codeId(2), 'up')).toBeNull();
    expect(planCodeMove(codes, codeId(4), 'down')).toBeNull();
    expect(planCodeMove(codes, codeId(1), 'outdent')).toBeNull();
    expect(planCodeMove(codes, codeId(1), 'indent')).toBeNull();
    expect(planCodeMove(codes, codeId(99), 'up')).toBeNull();
  });
});

describe('planning drops', () => {
  it('puts a dropped code before, after or inside the code under it', () => {
    const book = tree();
    const drop = (n: number, on: number, at: 'before' | 'after' | 'inside') =>
      apply(book, n, planCodeDrop(book.codes, codeId(n), codeId(on), at));

    expect(drop(4, 2, 'before')).toEqual([
      'A',
      '.A3',
      '.A1',
      '.A2',
      'B',
      'C',
      '.C1',
    ]);
    expect(drop(7, 1, 'after')).toEqual([
      'A',
      '.A1',
      '.A2',
      '.A3',
      'C1',
      'B',
      'C',
    ]);
    expect(drop(5, 6, 'inside')).toEqual([
      'A',
      '.A1',
      '.A2',
      '.A3',
      'C',
      '.C1',
      '.B',
    ]);
  });

  it('refuses a drop on the code itself or inside its own branch', () => {
    const codes = tree().codes;

    expect(planCodeDrop(codes, codeId(1), codeId(1), 'inside')).toBeNull();
    expect(planCodeDrop(codes, codeId(1), codeId(3), 'after')).toBeNull();
  });
});
