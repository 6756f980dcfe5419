import { describe, expect, it } from 'vitest';
import {
  asCodeSetId,
  validateCodebook,
  type Code,
  type Codebook,
} from '../../../../src/core/codebook';
import { asCodeId } from '../../../../src/core/model/ids';
import { codeId, guid } from './support';

function code(n: number, overrides: Partial<Code> = {}): Code {
  return {
    id: codeId(n),
    name: `Code ${n}`,
    parentId: null,
    definition: '',
    include: '',
    exclude: '',
    example: '',
    color: '#1F77B4',
    shortcut: null,
    isCodable: true,
    retired: false,
    order: n,
    ...overrides,
  };
}

function book(codes: Code[], overrides: Partial<Codebook> = {}): Codebook {
  return {
    version: 1,
    codes,
    sets: [],
    aliases: {},
    history: [],
    ...overrides,
  };
}

const codesOf = (codebook: Codebook) =>
  validateCodebook(codebook).map((problem) => problem.code);

describe('validateCodebook', () => {
  it('finds nothing wrong with a well-formed codebook', () => {
    expect(
      validateCodebook(book([code(1), code(2, { parentId: codeId(1) })])),
    ).toEqual([]);
  });

  it('reports a malformed GUID and a GUID used twice, ignoring case', () => {
    const upper = asCodeId(
      guid(1).toUpperCase().replace('0000-4000', 'ABCD-4000'),
    );
    const problems = validateCodebook(
      book([
        code(1, { id: asCodeId('not-a-guid') }),
        code(2, { id: upper }),
        code(3, { id: asCodeId(upper.toLowerCase()) }),
      ]),
    );

    expect(problems.map((p) => [p.code, p.message])).toEqual([
      ['CODE_ID_INVALID', 'Code "Code 1": "not-a-guid" is not a GUID.'],
      [
        'CODE_ID_DUPLICATE',
        `Code "Code 3": GUID ${upper.toLowerCase()} is used by another code.`,
      ],
    ]);
  });

  it('reports a missing parent and every code of a cycle', () => {
    expect(
      codesOf(
        book([
          code(1, { parentId: codeId(9) }),
          code(2, { parentId: codeId(3) }),
          code(3, { parentId: codeId(2) }),
          code(4, { parentId: codeId(3) }),
        ]),
      ),
    ).toEqual(['CODE_PARENT_MISSING', 'CODE_CYCLE', 'CODE_CYCLE']);
  });

  it('reports colours, names, shortcuts and orders that break the rules', () => {
    expect(
      codesOf(
        book([
          code(1, { color: '#abc' }),
          code(2, { name: ' ' }),
          code(3, { shortcut: 'q' }),
          code(4, { shortcut: 'q' }),
          code(5, { shortcut: 'd' }),
          code(6, { shortcut: 'Q' }),
          code(7, { order: -1 }),
        ]),
      ),
    ).toEqual([
      'CODE_COLOR_INVALID',
      'CODE_NAME_EMPTY',
      'CODE_ORDER_INVALID',
      'CODE_SHORTCUT_DUPLICATE',
      'CODE_SHORTCUT_RESERVED',
      'CODE_SHORTCUT_INVALID',
    ]);
  });

  it('warns about two siblings with the same name', () => {
    const problems = validateCodebook(
      book([code(1, { name: 'Meals' }), code(2, { name: 'meals ' })]),
    );

    expect(problems.map((p) => [p.code, p.severity, p.codeId])).toEqual([
      ['CODE_NAME_DUPLICATE', 'warning', codeId(2)],
    ]);
  });

  it('reports set members and alias targets that do not exist', () => {
    const problems = validateCodebook(
      book([code(1)], {
        sets: [
          {
            id: asCodeSetId(guid(50)),
            name: 'Equity',
            description: '',
            codeIds: [codeId(1), codeId(8)],
          },
          { id: asCodeSetId('x'), name: '', description: '', codeIds: [] },
        ],
        aliases: { [guid(7)]: codeId(6), [guid(1)]: codeId(1) },
      }),
    );

    expect(problems.map((p) => p.code)).toEqual([
      'SET_MEMBER_MISSING',
      'SET_ID_INVALID',
      'SET_NAME_EMPTY',
      'ALIAS_TARGET_MISSING',
      'ALIAS_SOURCE_ACTIVE',
    ]);
  });

  it('reports a version that is not a whole number from 1', () => {
    expect(codesOf(book([], { version: 0 }))).toEqual([
      'CODEBOOK_VERSION_INVALID',
    ]);
  });
});
