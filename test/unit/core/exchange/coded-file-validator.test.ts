import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  VALIDATOR_PATH,
  generateCodedFileValidator,
} from '../../../../scripts/coded-file-validator';
import {
  CODED_FILE_SCHEMA,
  writeCodedFile,
} from '../../../../src/core/exchange';
import isCodedFileShape from '../../../../src/core/exchange/coded-file-validator.generated.js';
import { compileSchema } from '../../../../src/core/validation/json-schema';
import { makeDecision, makeSnapshot, T2 } from './snapshot-builder';

const committed = readFileSync(VALIDATOR_PATH, 'utf8');

/** The interpreting validator alone, as the reader used it before. */
const interpret = compileSchema(CODED_FILE_SCHEMA);

type Node = Record<string, unknown>;

describe('the generated coded-file validator', () => {
  it('is what the schema in docs/ generates today', () => {
    expect(
      generateCodedFileValidator(),
      'stale: run npx tsx scripts/generate-coded-file-validator.ts',
    ).toBe(committed);
  });

  it('needs no eval, new Function or require when it runs', () => {
    expect(committed).not.toMatch(/\beval\s*\(|\bFunction\s*\(|\brequire\s*\(/);
  });

  it('accepts a written file', () => {
    expect(isCodedFileShape(writtenFile())).toBe(true);
  });

  it('rejects exactly what the interpreting validator rejects', () => {
    const file = writtenFile();
    const paths = listPaths(file);
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.oneof(fc.constantFrom<unknown>(...TRICKY_VALUES), fc.jsonValue()),
        fc.constantFrom('replace', 'delete', 'add'),
        (path, value, edit) => {
          const damaged = applyEdit(structuredClone(file), path, value, edit);
          const isValid = interpret(damaged).length === 0;
          expect(isCodedFileShape(damaged)).toBe(isValid);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

/** Values near the edges of what the schema allows. */
const TRICKY_VALUES: readonly unknown[] = [
  null,
  '',
  'x',
  '\u{1F600}',
  0,
  -1,
  1,
  1.5,
  true,
  [],
  {},
  ['00000000-0000-4000-8000-000000000001'],
  '00000000-0000-4000-8000-000000000001',
  '0'.repeat(64),
  'A'.repeat(64),
  '#A1B2C3',
  'done',
  'podscan-coded-file',
  { kind: 'create' },
];

function writtenFile(): unknown {
  const base = makeSnapshot();
  const snapshot = {
    ...base,
    consensus: [makeDecision('P-1', base.codebook.codes[0]!.id)],
  };
  const written = writeCodedFile(snapshot, {
    exportedAt: T2,
    exportedBy: 'Ana',
  });
  if (!written.ok) throw new Error(JSON.stringify(written.error));
  return JSON.parse(written.value) as unknown;
}

/** Every member and element of `value`, as paths of keys. */
function listPaths(value: unknown, at: readonly string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [[...at]];

  const children = Object.entries(value).flatMap(([key, member]) =>
    listPaths(member, [...at, key]),
  );
  return [[...at], ...children];
}

function applyEdit(
  root: unknown,
  path: readonly string[],
  value: unknown,
  edit: 'replace' | 'delete' | 'add',
): unknown {
  if (path.length === 0) return edit === 'replace' ? value : root;

  const container = path
    .slice(0, -1)
    .reduce((node, key) => node[key] as Node, root as Node);
  const key = path.at(-1)!;
  if (edit === 'replace') container[key] = value;
  else if (Array.isArray(container)) container.splice(Number(key), 0, value);
  else if (edit === 'delete') delete container[key];
  else container[`${key}x`] = value;
  return root;
}
