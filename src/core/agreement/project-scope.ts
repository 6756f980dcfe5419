import { resolveCodeId } from '../codebook/merge';
import { listApplicableCodes } from '../codebook/tree';
import type { Code, Codebook } from '../codebook/types';
import type { Coder, RecordCoding } from '../model/coding';
import type { CoderId } from '../model/ids';
import { fail, ok, type Problem, type Result } from '../model/problem';

/**
 * The coders who marked at least one record done, in the order of
 * `coders`: the default comparison of a reliability report.
 */
export function listCodersWithDoneRecords(
  coders: readonly Coder[],
  codings: Iterable<RecordCoding>,
): Coder[] {
  const done = new Set<CoderId>();
  for (const coding of codings) {
    if (coding.status === 'done') done.add(coding.coderId);
  }
  return coders.filter((coder) => done.has(coder.id));
}

/**
 * Coders named by GUID, display name or initials (case-insensitive), in
 * the order given. Fails naming the first name that matches no coder or
 * several.
 */
export function findCodersByName(
  coders: readonly Coder[],
  names: readonly string[],
): Result<Coder[], Problem> {
  const found: Coder[] = [];
  for (const name of names) {
    const wanted = name.trim().toLowerCase();
    const matches = coders.filter(
      (coder) =>
        coder.id.toLowerCase() === wanted ||
        coder.name.trim().toLowerCase() === wanted ||
        coder.initials.toLowerCase() === wanted,
    );
    if (matches.length !== 1) {
      return fail(
        scopeProblem(
          'CODER_NOT_FOUND',
          describeMiss(
            name,
            matches.length,
            coders.map((c) => c.name),
          ),
        ),
      );
    }
    if (!found.includes(matches[0]!)) found.push(matches[0]!);
  }
  return ok(found);
}

/**
 * A codable code named by GUID (or the GUID of a code merged into it) or
 * by name (case-insensitive). Fails when nothing or several codes match,
 * or when the code is a grouping node nobody codes with.
 */
export function findCodeByName(
  codebook: Codebook,
  name: string,
): Result<Code, Problem> {
  const wanted = name.trim().toLowerCase();
  const resolved = resolveCodeId(wanted as Code['id'], codebook.aliases);
  const byId = codebook.codes.filter(
    (code) => code.id.toLowerCase() === resolved.toLowerCase(),
  );
  const matches =
    byId.length > 0
      ? byId
      : codebook.codes.filter(
          (code) => code.name.trim().toLowerCase() === wanted,
        );
  if (matches.length !== 1) {
    const names = listApplicableCodes(codebook).map((code) => code.name);
    return fail(
      scopeProblem('CODE_NOT_FOUND', describeMiss(name, matches.length, names)),
    );
  }
  const code = matches[0]!;
  if (!code.isCodable) {
    return fail(
      scopeProblem(
        'CODE_NOT_CODABLE',
        `"${code.name}" groups other codes and is not applied to records; ` +
          'name one of its codable codes.',
      ),
    );
  }
  return ok(code);
}

function describeMiss(
  name: string,
  count: number,
  known: readonly string[],
): string {
  const list = known.length > 0 ? known.join(', ') : 'none';
  return count === 0
    ? `"${name}" matches nothing; known: ${list}.`
    : `"${name}" matches ${count} entries; use the GUID instead.`;
}

function scopeProblem(code: string, message: string): Problem {
  return { row: null, column: null, code, message, severity: 'error' };
}
