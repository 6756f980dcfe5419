import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asCodeSetId,
  exportCodebookTable,
  importCodebookCsv,
  sortCodesInTreeOrder,
  type Code,
  type Codebook,
  type CodeSet,
} from '../../../../src/core/codebook';
import { asCodeId } from '../../../../src/core/model/ids';
import { must, testContext } from './support';

/**
 * Pieces that stress CSV quoting, formula neutralising, path escaping and
 * set references. All are in Unicode NFC form and stay so when joined.
 */
const unit = fc.constantFrom(
  'a',
  'Z',
  ' ',
  'é',
  'Ü',
  '😀',
  '"',
  ',',
  ';',
  '|',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '>',
  '\\',
  "'",
  '=',
  '+',
  '-',
  '@',
  '1',
  '.',
);
const text = fc.string({ unit, maxLength: 10 });
/** A table trims names, so generated names start and end with no space. */
const namePrefix = text.map((value) => value.trimStart());
const color = fc
  .integer({ min: 0, max: 0xffffff })
  .map((n) => `#${n.toString(16).padStart(6, '0').toUpperCase()}`);

type CodeDraft = Omit<Code, 'id' | 'parentId' | 'order' | 'shortcut'> & {
  readonly parent: number;
};

const codeDraft: fc.Arbitrary<CodeDraft> = fc.record({
  name: namePrefix,
  definition: text,
  include: text,
  exclude: text,
  example: text,
  color,
  isCodable: fc.boolean(),
  retired: fc.boolean(),
  parent: fc.nat(),
});

/** Set names: plain, repeated in another case, with separators, a GUID. */
const setName = fc.oneof(
  namePrefix.map((value) => `${value}!`),
  fc.constantFrom('Equity', 'EQUITY', 'A;B', 'x|y', '=Sum', 'GUID OF SET 0'),
);

const codebookArbitrary: fc.Arbitrary<Codebook> = fc
  .record({
    ids: fc.uniqueArray(fc.uuid(), { minLength: 12, maxLength: 12 }),
    drafts: fc.array(codeDraft, { minLength: 1, maxLength: 8 }),
    keys: fc.shuffledSubarray([...'abcegz0=+-@\'",;>\\|ø']),
    sets: fc.array(
      fc.record({
        name: setName,
        description: text,
        members: fc.array(fc.nat()),
      }),
      { maxLength: 4 },
    ),
  })
  .map(({ ids, drafts, keys, sets }) => {
    const codes = drafts.map((draft, index): Code => {
      const { parent, ...fields } = draft;
      // Each code hangs under an earlier one or at the top: always a tree.
      const parentIndex = parent % (index + 1);
      return {
        ...fields,
        // The index keeps sibling names apart and the name non-blank.
        name: `${fields.name}${index}`,
        id: asCodeId(ids[index]!),
        parentId: parentIndex === index ? null : asCodeId(ids[parentIndex]!),
        shortcut: keys[index] ?? null,
        order: 0,
      };
    });
    const ordered = codes.map((code) => ({
      ...code,
      order: codes
        .slice(0, codes.indexOf(code))
        .filter((other) => other.parentId === code.parentId).length,
    }));
    const setIds = ids.slice(8);
    return {
      version: 1,
      codes: sortCodesInTreeOrder(ordered),
      sets: sets.map((set, index): CodeSet => ({
        id: asCodeSetId(setIds[index]!),
        name: set.name === 'GUID OF SET 0' ? setIds[0]! : set.name,
        description: set.description,
        codeIds: [
          ...new Set(set.members.map((m) => codes[m % codes.length]!.id)),
        ],
      })),
      aliases: {},
      history: [],
    };
  });

/** A set's codes as a table gives them back: in tree order. */
function inTreeOrder(codebook: Codebook): CodeSet[] {
  const position = new Map(codebook.codes.map((code, i) => [code.id, i]));
  return codebook.sets.map((set) => ({
    ...set,
    codeIds: [...set.codeIds].sort(
      (a, b) => position.get(a)! - position.get(b)!,
    ),
  }));
}

describe('codebook table round trip of generated codebooks', () => {
  it('gives back every code and set, and writes the same table again', () => {
    fc.assert(
      fc.property(
        codebookArbitrary,
        fc.constantFrom(',' as const, '\t' as const),
        fc.boolean(),
        (codebook, delimiter, bom) => {
          const options = { delimiter, bom };
          const first = must(exportCodebookTable(codebook, options));
          const bytes = new TextEncoder().encode(first.text);
          const read = must(importCodebookCsv(bytes, testContext()));

          expect(first.warnings).toEqual([]);
          expect(read.codebook.codes).toEqual(codebook.codes);
          expect(read.codebook.sets).toEqual(inTreeOrder(codebook));
          expect(must(exportCodebookTable(read.codebook, options)).text).toBe(
            first.text,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
