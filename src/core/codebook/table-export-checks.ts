import { codebookNote } from './change';
import { normaliseSetName } from './table-sets';
import type { Code, Codebook, CodebookProblem } from './types';
import { validateCodebook } from './validate';

/** What stops a codebook table, and what it will not keep. */
export type TableExportCheck = {
  readonly errors: readonly CodebookProblem[];
  readonly warnings: readonly CodebookProblem[];
};

/**
 * Errors: the blocking problems of `validateCodebook`; sibling codes whose
 * names differ only in letter case, edge spaces or Unicode form (the table
 * import tells codes apart by their path, so it would merge or refuse
 * them); characters a text file cannot hold (NUL, which makes the file
 * read as binary, and unpaired surrogates). Warnings: names a table reads
 * back trimmed and in NFC form, and merged-code aliases, which a table has
 * no place for.
 */
export function checkTableExport(codebook: Codebook): TableExportCheck {
  const errors = [
    ...validateCodebook(codebook).filter((p) => p.severity === 'error'),
    ...findSiblingClashes(codebook.codes),
    ...findBadCharacters(codebook),
  ];
  const warnings = [
    ...findChangedNames(codebook),
    ...noteDroppedAliases(codebook),
  ];
  return { errors, warnings };
}

/** How the table import compares names among siblings. */
function nameKey(name: string): string {
  return name.trim().normalize('NFC').toLowerCase();
}

function findSiblingClashes(codes: readonly Code[]): CodebookProblem[] {
  const seen = new Map<string, Code>();
  return codes.flatMap((code) => {
    const key = `${code.parentId ?? ''}\u0000${nameKey(code.name)}`;
    const earlier = seen.get(key);
    if (earlier === undefined) {
      seen.set(key, code);
      return [];
    }
    return [
      codebookNote(
        'TABLE_NAME_CLASH',
        `Codes "${earlier.name}" and "${code.name}" have the same parent ` +
          'and names that differ only in letter case or spaces; a table ' +
          'tells codes apart by name, so rename one and export again.',
        'error',
        code.id,
      ),
    ];
  });
}

const LONE_SURROGATE =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** NUL, or a surrogate without its pair. */
function isUnwritable(text: string): boolean {
  return text.includes('\u0000') || LONE_SURROGATE.test(text);
}

function findBadCharacters(codebook: Codebook): CodebookProblem[] {
  const codes = codebook.codes.flatMap((code) => {
    const texts = [
      code.name,
      code.definition,
      code.include,
      code.exclude,
      code.example,
    ];
    return texts.some(isUnwritable)
      ? [badCharacters(`Code "${code.name}"`, code)]
      : [];
  });
  const sets = codebook.sets.flatMap((set) =>
    isUnwritable(set.name) || isUnwritable(set.description)
      ? [badCharacters(`Set "${set.name}"`)]
      : [],
  );
  return [...codes, ...sets];
}

function badCharacters(label: string, code?: Code): CodebookProblem {
  return codebookNote(
    'TABLE_CHARACTER_INVALID',
    `${label} holds a NUL or a broken Unicode character, which a text ` +
      'file cannot carry; remove it and export again.',
    'error',
    code?.id,
  );
}

function findChangedNames(codebook: Codebook): CodebookProblem[] {
  const codes = codebook.codes.flatMap((code) => {
    const read = code.name.trim().normalize('NFC');
    return read === code.name
      ? []
      : [changedName('TABLE_NAME_CHANGED', `Code "${code.name}"`, read, code)];
  });
  const sets = codebook.sets.flatMap((set) => {
    const read = normaliseSetName(set.name);
    return read === set.name
      ? []
      : [changedName('TABLE_SET_NAME_CHANGED', `Set "${set.name}"`, read)];
  });
  return [...codes, ...sets];
}

function changedName(
  problemCode: string,
  label: string,
  read: string,
  code?: Code,
): CodebookProblem {
  return codebookNote(
    problemCode,
    `${label}: a table keeps no spaces around a name and stores accents ` +
      `in one standard form, so it will read back as "${read}".`,
    'warning',
    code?.id,
  );
}

function noteDroppedAliases(codebook: Codebook): CodebookProblem[] {
  const count = Object.keys(codebook.aliases).length;
  if (count === 0) return [];

  return [
    codebookNote(
      'TABLE_ALIASES_NOT_KEPT',
      `A table has no place for the ${count} merged-away code GUID(s) ` +
        'of this codebook; codings made with them follow the merge only ' +
        'in the project or in a .json codebook file.',
      'warning',
    ),
  ];
}
