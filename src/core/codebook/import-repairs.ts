import { codebookNote } from './change';
import { isGuid, pickPaletteColor, unbraceGuid } from './fields';
import type { Code, CodebookProblem } from './types';

/** A code being read, before missing colours are assigned. */
export type DraftCode = Omit<Code, 'color'> & { readonly color: string | null };

/** GUIDs handed out so far in one import, compared without case. */
export type GuidClaims = {
  readonly taken: Set<string>;
  readonly newId: () => string;
  readonly fixes: CodebookProblem[];
};

/**
 * The GUID to use for an imported item: the one written, unbraced when it
 * came as `{…}`; a fresh one when it is missing, malformed or already
 * taken. Each repair is reported, naming the item by `label`.
 */
export function claimGuid(
  raw: string | undefined,
  label: string,
  claims: GuidClaims,
  row: number | null = null,
): string {
  const written = raw?.trim() ?? '';
  const unbraced = unbraceGuid(written);
  const report = (code: string, message: string, isInfo = false): void => {
    claims.fixes.push({
      ...codebookNote(code, message, isInfo ? 'info' : 'warning'),
      row,
      column: 'guid',
    });
  };
  if (unbraced !== null) {
    report(
      'GUID_BRACES_REMOVED',
      `${label}: braces around the GUID were removed.`,
      true,
    );
  }
  const guid = unbraced ?? written;
  if (guid === '') {
    return fresh(claims, () =>
      report('GUID_MISSING', `${label} had no GUID; a new one was generated.`),
    );
  }
  if (!isGuid(guid)) {
    return fresh(claims, () =>
      report(
        'GUID_INVALID',
        `${label}: "${written}" is not a GUID; a new one was generated.`,
      ),
    );
  }
  if (claims.taken.has(guid.toLowerCase())) {
    return fresh(claims, () =>
      report(
        'GUID_DUPLICATE',
        `${label}: GUID ${guid} was already used earlier in the file; a new ` +
          'one was generated.',
      ),
    );
  }
  claims.taken.add(guid.toLowerCase());
  return guid;
}

/** A fresh GUID from the generator, recorded as taken. */
export function claimNewGuid(claims: GuidClaims): string {
  let guid = claims.newId();
  // A generator is not expected to repeat itself, but an import should not
  // produce a clash if one does: ask again, a bounded number of times.
  for (let tries = 0; tries < 8; tries += 1) {
    if (!claims.taken.has(guid.toLowerCase())) break;

    guid = claims.newId();
  }
  claims.taken.add(guid.toLowerCase());
  return guid;
}

function fresh(claims: GuidClaims, report: () => void): string {
  const guid = claimNewGuid(claims);
  report();
  return guid;
}

/**
 * Gives each code without a colour the next unused palette colour, in
 * tree order, and reports how many there were.
 */
export function assignMissingColors(
  drafts: readonly DraftCode[],
  fixes: CodebookProblem[],
): Code[] {
  const used = drafts.flatMap((code) =>
    code.color === null ? [] : [code.color],
  );
  const missing = drafts.filter((code) => code.color === null).length;
  if (missing > 0) {
    fixes.push(
      codebookNote(
        'COLOR_ASSIGNED',
        `${missing} code(s) had no colour; each got one from the default ` +
          'palette.',
        'info',
      ),
    );
  }
  return drafts.map((code) => {
    if (code.color !== null) return { ...code, color: code.color };

    const color = pickPaletteColor(used);
    used.push(color);
    return { ...code, color };
  });
}
