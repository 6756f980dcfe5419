import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  exportQdc,
  getCodePath,
  importQdc,
  listDescendantIds,
  parseCodebookJson,
  RESERVED_SHORTCUTS,
  type Codebook,
} from '../../../../src/core/codebook';
import { must, testContext } from './support';

const DIRECTORY = join(import.meta.dirname, '../../../../resources/codebooks');
const read = (name: string) => readFileSync(join(DIRECTORY, name), 'utf8');

function starter(): Codebook {
  const { codebook, problems } = must(
    parseCodebookJson(read('starter.codebook.json')),
  );
  expect(problems).toEqual([]);
  return codebook;
}

describe('the shipped starter codebook', () => {
  it('validates without a single problem', () => {
    expect(starter().codes.length).toBeGreaterThan(40);
  });

  it('gives every codable code a definition, include and exclude criteria and an example', () => {
    const missing = starter()
      .codes.filter((code) => code.isCodable)
      .filter((code) =>
        [code.definition, code.include, code.exclude, code.example].some(
          (text) => text.trim() === '',
        ),
      )
      .map((code) => code.name);

    expect(missing).toEqual([]);
  });

  it('defines every grouping node too', () => {
    const groups = starter().codes.filter((code) => !code.isCodable);

    expect(groups.length).toBeGreaterThan(5);
    expect(groups.filter((code) => code.definition.trim() === '')).toEqual([]);
  });

  it('gives each code its own colour and keeps the coding-loop keys free', () => {
    const codes = starter().codes;
    const shortcuts = codes.flatMap((code) =>
      code.shortcut ? [code.shortcut] : [],
    );

    expect(new Set(codes.map((code) => code.color)).size).toBe(codes.length);
    expect(shortcuts.length).toBeGreaterThanOrEqual(12);
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
    expect(shortcuts.filter((key) => RESERVED_SHORTCUTS.includes(key))).toEqual(
      [],
    );
  });

  it('has the sets Equity and Architecture of schooling over their branches', () => {
    const codebook = starter();
    const branch = (name: string) => {
      const top = codebook.codes.find((code) => code.name === name)!;
      return [top.id, ...listDescendantIds(codebook.codes, top.id)];
    };
    const [equity, architecture] = codebook.sets;

    expect(codebook.sets.map((set) => set.name)).toEqual([
      'Equity',
      'Architecture of schooling',
    ]);
    expect(equity?.codeIds).toEqual(
      expect.arrayContaining(branch('Equity and access')),
    );
    expect([...architecture!.codeIds].sort()).toEqual(
      branch('Architecture of schooling').sort(),
    );
    const shared = equity!.codeIds.filter((id) =>
      architecture!.codeIds.includes(id),
    );
    expect(shared.map((id) => getCodePath(codebook, id).at(-1))).toEqual([
      'Full school day',
      'Extended hours',
    ]);
  });

  it('ships a .qdc that is exactly the export of the JSON and reads back the same', () => {
    const codebook = starter();
    const qdc = read('starter.qdc');

    expect(must(exportQdc(codebook))).toBe(qdc);
    const imported = must(importQdc(qdc, testContext()));
    expect(imported.problems).toEqual([]);
    expect(imported.codebook.codes).toEqual(codebook.codes);
    expect(imported.codebook.sets).toEqual(codebook.sets);
  });
});
