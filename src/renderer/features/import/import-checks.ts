import type { Problem } from '../../../core/model/problem';
import { hasBlockingProblem, plural } from '../../../core/scan';
import type { ScanPreview } from '../../workers/import-protocol';

/** Key column value that asks Podscan to generate keys. */
export const GENERATED_KEYS = '__generated__';

/** What describeEncoding says of a file that is not text. */
export const NOT_TEXT = 'not text';

/** The key problems the worker found for one column of one preview. */
export type KeyCheck = {
  readonly preview: ScanPreview;
  readonly column: string;
  readonly problems: readonly Problem[];
  readonly moreProblems: number;
};

export type KeyOption = { readonly value: string; readonly label: string };

/**
 * Generated keys first, then every column in file order; columns whose
 * values are unique and never empty say so.
 */
export function listKeyOptions(preview: ScanPreview): KeyOption[] {
  const candidates = new Set(preview.keyCandidates);
  const columns = preview.columns.map((column) => ({
    value: column.key,
    label: candidates.has(column.key)
      ? `${column.label || column.key} (unique, never empty)`
      : column.label || column.key,
  }));
  return [
    {
      value: GENERATED_KEYS,
      label: 'Let Podscan generate keys (stable while a row is unchanged)',
    },
    ...columns,
  ];
}

/**
 * Why the file cannot be imported with this key as it stands, or null
 * when it can: a file-wide error first, then errors in rows, then the
 * key column's check (still running, or the problems it found).
 */
export function findImportBlock(
  preview: ScanPreview,
  keyColumn: string,
  check: KeyCheck | null,
): string | null {
  const fileBlock = findFileBlock(preview);
  if (fileBlock !== null) return fileBlock;
  if (keyColumn === GENERATED_KEYS) return null;

  const current = findCurrentCheck(preview, keyColumn, check);
  if (!current) return 'Checking the key column…';

  const unknown = current.problems.find((problem) => problem.row === null);
  if (unknown) return unknown.message;

  const count = current.problems.length + current.moreProblems;
  if (count === 0) return null;

  const label =
    preview.columns.find((column) => column.key === keyColumn)?.label ||
    keyColumn;
  return (
    `In the key column “${label}”, ${count.toLocaleString()} ` +
    `${plural(count, 'row has', 'rows have')} an empty or repeated key ` +
    '(see Problems by row). Choose another key column or let Podscan ' +
    'generate keys.'
  );
}

/** The file's own blocking problem, whatever the key, or null. */
export function findFileBlock(preview: ScanPreview): string | null {
  if (!hasBlockingProblem(preview.problems)) return null;

  const errors = preview.problems.filter((p) => p.severity === 'error');
  const fileWide = errors.find((problem) => problem.row === null);
  if (fileWide) return fileWide.message;

  const count = errors.length;
  return (
    `${count.toLocaleString()} ` +
    `${plural(count, 'problem', 'problems')} in the file ` +
    `${plural(count, 'blocks', 'block')} the import (see Problems by ` +
    'row). Fix the file and choose it again.'
  );
}

/**
 * The preview's problems with the key check's added by row, file-wide
 * ones first, each list's order otherwise kept.
 */
export function mergeKeyProblems(
  preview: ScanPreview,
  keyColumn: string,
  check: KeyCheck | null,
): Pick<ScanPreview, 'problems' | 'moreProblems'> {
  const current = findCurrentCheck(preview, keyColumn, check);
  if (!current) return preview;

  const problems = [...preview.problems, ...current.problems].sort(
    (a, b) => (a.row ?? 0) - (b.row ?? 0),
  );
  return {
    problems,
    moreProblems: preview.moreProblems + current.moreProblems,
  };
}

/** The encoding the file was read in; a binary file has none. */
export function describeEncoding(preview: ScanPreview): string {
  const isText = preview.problems.every((p) => p.code !== 'FILE_NOT_TEXT');
  return isText ? preview.encoding : NOT_TEXT;
}

/** The check, if it was made for this preview and key column. */
function findCurrentCheck(
  preview: ScanPreview,
  keyColumn: string,
  check: KeyCheck | null,
): KeyCheck | null {
  const isCurrent = check?.preview === preview && check.column === keyColumn;
  return isCurrent ? check : null;
}
