import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asCodeSetId,
  exportQdc,
  importQdc,
  sortCodesInTreeOrder,
  type Code,
  type Codebook,
  type CodeSet,
} from '../../../../src/core/codebook';
import { asCodeId } from '../../../../src/core/model/ids';
import { must, testContext } from './support';

/** Pieces that stress escaping and packing: accents, markup, breaks. */
const unit = fc.constantFrom(
  'a',
  'Z',
  ' ',
  'é',
  'ñ',
  'Ü',
  'ø',
  '<',
  '>',
  '&',
  '"',
  "'",
  '\\',
  ':',
  '\n',
  '\r',
  '\t',
  '😀',
  'Include:',
  'Example: ',
  '&amp;',
  ']]>',
);
const text = fc.string({ unit, maxLength: 12 });
const name = text.filter((value) => value.trim() !== '');
const color = fc
  .integer({ min: 0, max: 0xffffff })
  .map((n) => `#${n.toString(16).padStart(6, '0').toUpperCase()}`);

type CodeDraft = Omit<Code, 'id' | 'parentId' | 'order' | 'shortcut'> & {
  readonly parent: number;
};

const codeDraft: fc.Arbitrary<CodeDraft> = fc.record({
  name,
  definition: text,
  include: text,
  exclude: text,
  example: text,
  color,
  isCodable: fc.boolean(),
  retired: fc.boolean(),
  parent: fc.nat(),
});

const codebookArbitrary: fc.Arbitrary<Codebook> = fc
  .record({
    ids: fc.uniqueArray(fc.uuid(), { minLength: 9, maxLength: 9 }),
    drafts: fc.array(codeDraft, { minLength: 1, maxLength: 8 }),
    keys: fc.shuffledSubarray([...'abceghilmnopqrstuvwxyz0!?']),
    sets: fc.array(
      fc.record({ name, description: text, members: fc.array(fc.nat()) }),
      {
        maxLength: 3,
      },
    ),
  })
  .map(({ ids, drafts, keys, sets }) => {
    const codes = drafts.map((draft, index): Code => {
      const { parent, ...fields } = draft;
      // Each code hangs under an earlier one or at the top: always a tree.
      const parentIndex = parent % (index + 1);
      return {
        ...fields,
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
    return {
      version: 1,
      codes: sortCodesInTreeOrder(ordered),
      sets: sets.map((set, index): CodeSet => ({
        id: asCodeSetId(ids[8]!.slice(0, -1) + String(index)),
        name: `${set.name}${index}`,
        description: set.description,
        codeIds: [
          ...new Set(set.members.map((m) => codes[m % codes.length]!.id)),
        ],
      })),
      aliases: {},
      history: [],
    };
  });

describe('REFI-QDA .qdc round trip of generated codebooks', () => {
  it('gives back every code and set exactly, and exports identically again', () => {
    fc.assert(
      fc.property(codebookArbitrary, (codebook) => {
        const first = must(exportQdc(codebook));
        const read = must(importQdc(first, testContext()));

        expect(read.codebook.codes).toEqual(codebook.codes);
        expect(read.codebook.sets).toEqual(codebook.sets);
        expect(must(exportQdc(read.codebook))).toBe(first);
      }),
      { numRuns: 300 },
    );
  });
});
