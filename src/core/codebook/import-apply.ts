import type { CodeId } from '../model/ids';
import { fail, ok, type Result } from '../model/problem';
import { codebookNote, codeProblem, commitChange } from './change';
import { resolveCodeId } from './merge';
import { listChildren, sortCodesInTreeOrder } from './tree';
import type {
  Code,
  Codebook,
  CodebookContext,
  CodebookProblem,
  CodebookRead,
  CodeSet,
} from './types';
import { validateCodebook } from './validate';

/** Where an imported codebook came from, as its history entry says. */
export type ImportFormat = 'qdc' | 'table';

/**
 * Replaces the codes and sets of `base` with those of `imported` as the
 * next version, the import on record. Aliases of `base` that still lead
 * to a code are kept, so codings under merged-away GUIDs keep counting.
 * Refuses when a code with codings (`isUsed`, as for `deleteCode`) would
 * disappear: it must be in the file, or be merged here first.
 */
export function replaceCodebook(
  base: Codebook,
  imported: Codebook,
  format: ImportFormat,
  isUsed: (codeId: CodeId) => boolean,
  context: CodebookContext,
): Result<Codebook, readonly CodebookProblem[]> {
  const incoming = new Set(imported.codes.map((code) => lower(code.id)));
  const lost = base.codes.filter(
    (code) =>
      !incoming.has(lower(code.id)) && isUsedWithAliases(base, code, isUsed),
  );
  if (lost.length > 0) return fail(lost.map(lostCodeProblem));

  const aliases = Object.fromEntries(
    Object.entries({ ...base.aliases, ...imported.aliases }).filter(
      ([source, target]) =>
        !incoming.has(lower(source)) && incoming.has(lower(target)),
    ),
  );
  const next = commitChange(
    base,
    { codes: imported.codes, sets: imported.sets, aliases },
    importDetail(format, imported.codes.length, imported.sets.length),
    context,
  );
  const errors = listErrors(next);
  return errors.length > 0 ? fail(errors) : ok(next);
}

/**
 * Adds the codes and sets of `imported` to `base` as the next version.
 * Codes whose GUID `base` already has (as a code or a merged-away alias)
 * are kept as they are in `base`, and their new children go under them;
 * new codes follow the existing ones among their siblings; a shortcut
 * `base` already uses is dropped from the new code. A set named like an
 * existing set (or with its GUID) adds its codes to that set. Reports
 * each of these in `problems`; refuses a file that adds nothing.
 */
export function appendCodebook(
  base: Codebook,
  imported: Codebook,
  format: ImportFormat,
  context: CodebookContext,
): Result<CodebookRead, readonly CodebookProblem[]> {
  const problems: CodebookProblem[] = [];
  const codes = appendCodes(base, imported, problems);
  const added = codes.length - base.codes.length;
  const { sets, addedSets, changedSets } = appendSets(base, imported);
  if (added === 0 && addedSets === 0 && changedSets === 0) {
    return fail([
      codeProblem(
        'CODEBOOK_IMPORT_NOTHING_NEW',
        'Every code and set in the file is already in the codebook; ' +
          'there is nothing to add.',
      ),
    ]);
  }
  const next = commitChange(
    base,
    { codes, sets },
    importDetail(format, added, addedSets),
    context,
  );
  return checkResult(next, problems);
}

function appendCodes(
  base: Codebook,
  imported: Codebook,
  problems: CodebookProblem[],
): Code[] {
  const known = new Map<string, CodeId>(
    base.codes.map((code) => [lower(code.id), code.id]),
  );
  const shortcuts = new Set(base.codes.map((code) => code.shortcut));
  const codes = [...base.codes];
  for (const code of sortCodesInTreeOrder(imported.codes)) {
    const existing = findKnown(known, base, code.id);
    if (existing !== undefined) {
      problems.push(alreadyPresent(code, existing));
      continue;
    }
    const parentId =
      code.parentId === null
        ? null
        : (findKnown(known, base, code.parentId) ?? code.parentId);
    const shortcut = shortcuts.has(code.shortcut) ? null : code.shortcut;
    if (shortcut !== code.shortcut) problems.push(shortcutDropped(code));

    const order = listChildren(codes, parentId).length;
    codes.push({ ...code, parentId, shortcut, order });
    known.set(lower(code.id), code.id);
    if (shortcut !== null) shortcuts.add(shortcut);
  }
  return codes;
}

function appendSets(
  base: Codebook,
  imported: Codebook,
): { sets: CodeSet[]; addedSets: number; changedSets: number } {
  // changedSets counts existing sets that gained codes.
  const sets = [...base.sets];
  let addedSets = 0;
  let changedSets = 0;
  for (const set of imported.sets) {
    const codeIds = set.codeIds.map((id) => resolveCodeId(id, base.aliases));
    const at = sets.findIndex(
      (each) =>
        lower(each.id) === lower(set.id) ||
        each.name.toLowerCase() === set.name.toLowerCase(),
    );
    const existing = sets[at];
    if (existing === undefined) {
      sets.push({ ...set, codeIds: [...new Set(codeIds)] });
      addedSets += 1;
      continue;
    }
    const extra = codeIds.filter((id) => !existing.codeIds.includes(id));
    if (extra.length === 0) continue;

    sets[at] = {
      ...existing,
      codeIds: [...existing.codeIds, ...new Set(extra)],
    };
    changedSets += 1;
  }
  return { sets, addedSets, changedSets };
}

function findKnown(
  known: ReadonlyMap<string, CodeId>,
  base: Codebook,
  id: CodeId,
): CodeId | undefined {
  const direct = known.get(lower(id));
  if (direct !== undefined) return direct;

  const alias = Object.keys(base.aliases).find(
    (source) => lower(source) === lower(id),
  );
  return alias === undefined ? undefined : resolveCodeId(id, base.aliases);
}

function isUsedWithAliases(
  base: Codebook,
  code: Code,
  isUsed: (codeId: CodeId) => boolean,
): boolean {
  if (isUsed(code.id)) return true;

  return Object.entries(base.aliases).some(
    ([source, target]) => target === code.id && isUsed(source as CodeId),
  );
}

function importDetail(format: ImportFormat, codes: number, sets: number) {
  return {
    kind: 'import',
    format,
    codeCount: codes,
    setCount: sets,
  } as const;
}

function checkResult(
  next: Codebook,
  problems: readonly CodebookProblem[],
): Result<CodebookRead, readonly CodebookProblem[]> {
  const errors = listErrors(next);
  if (errors.length > 0) return fail(errors);

  const warnings = validateCodebook(next);
  return ok({ codebook: next, problems: [...problems, ...warnings] });
}

function listErrors(codebook: Codebook): CodebookProblem[] {
  return validateCodebook(codebook).filter(
    (problem) => problem.severity === 'error',
  );
}

function lostCodeProblem(code: Code): CodebookProblem {
  return codeProblem(
    'CODEBOOK_IMPORT_DROPS_USED_CODE',
    `"${code.name}" has codings but is not in the file, so replacing the ` +
      'codebook would lose them; add it to the file with the same GUID, ' +
      'merge it here into a code the file keeps, or add the file to the ' +
      'codebook instead of replacing it.',
    code.id,
  );
}

function alreadyPresent(code: Code, existing: CodeId): CodebookProblem {
  return codebookNote(
    'CODE_ALREADY_PRESENT',
    `"${code.name}" is already in the codebook (GUID ${existing}); the ` +
      'codebook keeps its own version of it.',
    'info',
    existing,
  );
}

function shortcutDropped(code: Code): CodebookProblem {
  return codebookNote(
    'CODE_SHORTCUT_DROPPED',
    `"${code.name}" came with the key "${code.shortcut}", which another ` +
      'code already uses; it was added without a shortcut.',
    'warning',
    code.id,
  );
}

function lower(id: string): string {
  return id.toLowerCase();
}
