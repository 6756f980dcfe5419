import { writeCsv } from '../export/csv';
import type { CodeId } from '../model/ids';
import { fail, ok, type Result } from '../model/problem';
import { checkTableExport } from './table-export-checks';
import { normaliseSetName } from './table-sets';
import { escapePathSegment } from './table-state';
import { sortCodesInTreeOrder } from './tree';
import type {
  Code,
  Codebook,
  CodebookProblem,
  CodeSet,
  CodeSetId,
} from './types';

/** Columns of a codebook table as Podscan writes it, in order. */
export const CODEBOOK_TABLE_COLUMNS = [
  'kind',
  'guid',
  'path',
  'name',
  'is_codable',
  'retired',
  'definition',
  'include',
  'exclude',
  'example',
  'color',
  'shortcut',
  'sets',
  'description',
] as const;

export type CodebookTableOptions = {
  /** ',' for CSV (the default) or TAB for TSV. */
  readonly delimiter?: ',' | '\t';
  /** Start with a UTF-8 byte-order mark so Excel reads UTF-8. */
  readonly bom?: boolean;
};

/** A codebook table: its text and what a reader should know about it. */
export type CodebookTableText = {
  readonly text: string;
  readonly warnings: readonly CodebookProblem[];
};

/** The rows of a codebook table, header left out, and its warnings. */
export type CodebookTableRows = {
  readonly rows: readonly (readonly string[])[];
  readonly warnings: readonly CodebookProblem[];
};

/**
 * The codebook as CSV (or TSV) that `importCodebookCsv` reads back to the
 * same codes and sets, GUIDs included (see `buildCodebookTable`). Quoting
 * follows RFC 4180 (PapaParse), lines end in CRLF. Formula-like cells are
 * always neutralised with a leading apostrophe, as in every Podscan CSV
 * export, and the table import removes it again; leaving them raw would
 * make a cell that itself starts with an apostrophe ambiguous.
 */
export function exportCodebookTable(
  codebook: Codebook,
  options: CodebookTableOptions = {},
): Result<CodebookTableText, readonly CodebookProblem[]> {
  const table = buildCodebookTable(codebook);
  if (!table.ok) return table;

  const csv = writeCsv(CODEBOOK_TABLE_COLUMNS, table.value.rows, {
    delimiter: options.delimiter ?? ',',
    bom: options.bom === true,
    neutralise: true,
  });
  return ok({
    text: csv.text,
    warnings: [...table.value.warnings, ...csv.warnings],
  });
}

/**
 * One row per code in tree order (`kind` "code", GUID, escaped `A>B>C`
 * path, yes/no flags, texts, colour, shortcut, sets), then one row per set
 * (`kind` "set", GUID, name, description). A code names its sets by name,
 * or by GUID where the name alone would not lead back to the set (it
 * holds `;` or `|`, repeats another set's name, or reads as a set GUID).
 * Read back, codes keep GUIDs, names, tree and fields; positions among
 * siblings are renumbered 0, 1, 2…; sets keep GUIDs, names, descriptions
 * and order, with their codes in tree order. Refuses a codebook with
 * blocking problems, or one whose tree a table would get wrong (sibling
 * names that differ only in letter case or spaces); warns about what a
 * table does not keep (see `checkTableExport`).
 */
export function buildCodebookTable(
  codebook: Codebook,
): Result<CodebookTableRows, readonly CodebookProblem[]> {
  const checked = checkTableExport(codebook);
  if (checked.errors.length > 0) return fail(checked.errors);

  const references = chooseSetReferences(codebook.sets);
  const rows = [
    ...buildCodeRows(codebook, references),
    ...codebook.sets.map(buildSetRow),
  ];
  return ok({ rows, warnings: checked.warnings });
}

function buildCodeRows(
  codebook: Codebook,
  references: ReadonlyMap<CodeSetId, string>,
): string[][] {
  // Tree order puts each parent before its children, so its path is known.
  const paths = new Map<CodeId, string>();
  return sortCodesInTreeOrder(codebook.codes).map((code) => {
    const segment = escapePathSegment(code.name);
    const parentPath =
      code.parentId === null ? undefined : paths.get(code.parentId);
    const path =
      parentPath === undefined ? segment : `${parentPath}>${segment}`;
    paths.set(code.id, path);
    return buildCodeRow(code, path, setsOf(codebook.sets, code, references));
  });
}

function buildCodeRow(code: Code, path: string, sets: string): string[] {
  return [
    'code',
    code.id,
    path,
    '',
    yesNo(code.isCodable),
    yesNo(code.retired),
    code.definition,
    code.include,
    code.exclude,
    code.example,
    code.color,
    code.shortcut ?? '',
    sets,
    '',
  ];
}

function buildSetRow(set: CodeSet): string[] {
  const empty = ['', '', '', '', '', '', '', '', ''];
  return ['set', set.id, '', set.name, ...empty, set.description];
}

function setsOf(
  sets: readonly CodeSet[],
  code: Code,
  references: ReadonlyMap<CodeSetId, string>,
): string {
  return sets
    .filter((set) => set.codeIds.includes(code.id))
    .map((set) => references.get(set.id) ?? set.id)
    .join(';');
}

/**
 * How code rows name each set. The import looks a name up first among set
 * GUIDs, then among set names (the first set of a name wins), after
 * trimming and NFC; a name that would not lead back is replaced by the GUID.
 */
function chooseSetReferences(sets: readonly CodeSet[]): Map<CodeSetId, string> {
  const guids = new Set(sets.map((set) => set.id.toLowerCase()));
  const taken = new Set<string>();
  return new Map(
    sets.map((set) => {
      const key = normaliseSetName(set.name).toLowerCase();
      const isNameSafe =
        set.name === normaliseSetName(set.name) &&
        !/[;|]/.test(set.name) &&
        !guids.has(key) &&
        !taken.has(key);
      taken.add(key);
      return [set.id, isNameSafe ? set.name : set.id];
    }),
  );
}

function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}
