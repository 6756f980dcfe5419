import type { Code } from '../codebook/types';
import type { Column } from '../model/scan';

/**
 * Headers of the field columns: each column's key (unique and safe), with
 * `_2`, `_3`… added where a key would repeat `record`, the first column.
 */
export function nameFieldColumns(columns: readonly Column[]): string[] {
  const taken = new Set<string>(['record']);
  return columns.map((column) => claim(column.key, taken, (n) => `_${n}`));
}

/**
 * Headers of the code columns: each code's name; where a name repeats a
 * field header or another code (ignoring case), the first eight digits of
 * its GUID in brackets follow, e.g. `Free [33333333]`.
 */
export function nameCodeColumns(
  codes: readonly Pick<Code, 'id' | 'name'>[],
  fieldHeaders: ReadonlySet<string>,
): string[] {
  const counts = new Map<string, number>();
  for (const code of codes) {
    const name = code.name.toLowerCase();
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const taken = new Set(
    ['record', ...fieldHeaders].map((name) => name.toLowerCase()),
  );
  return codes.map((code) => {
    const isClash =
      (counts.get(code.name.toLowerCase()) ?? 0) > 1 ||
      taken.has(code.name.toLowerCase());
    return isClash && code.name !== code.id
      ? `${code.name} [${code.id.slice(0, 8)}]`
      : code.name;
  });
}

function claim(
  name: string,
  taken: Set<string>,
  suffix: (n: number) => string,
): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) {
    candidate = `${name}${suffix(n)}`;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}
