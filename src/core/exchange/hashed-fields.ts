import { canonicalJson, sha256Hex } from './canonical';

type Fields = Readonly<Record<string, string>>;

/** One record's fields with their canonical JSON and its SHA-256. */
type HashedEntry = {
  readonly fields: Fields;
  readonly size: number;
  readonly text: string;
  readonly hash: string;
};

/**
 * Record fields already written as canonical JSON and hashed, by record
 * key. Coded files of one scan repeat the same records, so when several
 * are read together (a merge) a record whose fields equal ones already
 * hashed takes that text and hash instead of writing and hashing them
 * again. Every entry is computed here from the fields it holds, never
 * taken from a file, so a file that was changed still fails its checks.
 */
export type HashedFields = {
  /**
   * The canonical JSON and hash of `fields`, the record `key`'s, and
   * equal fields to keep: the object first seen with them, so records
   * that several files repeat are held in memory once.
   */
  readonly hash: (
    key: string,
    fields: Fields,
  ) => {
    readonly text: string;
    readonly hash: string;
    readonly fields: Fields;
  };
};

/**
 * A store for the files of one merge. Keeps the first fields seen per
 * key (usually the base file's), so it holds at most one text per record.
 */
export function createHashedFields(): HashedFields {
  const entries = new Map<string, HashedEntry>();
  return {
    hash: (key, fields) => {
      const known = entries.get(key);
      if (known !== undefined && hasSameFields(known, fields)) return known;

      const entry = hashEntry(fields);
      if (known === undefined) entries.set(key, entry);
      return entry;
    },
  };
}

/** Hashes every time: reading one file alone. */
export const HASH_EVERY_TIME: HashedFields = {
  hash: (_key, fields) => hashEntry(fields),
};

function hashEntry(fields: Fields): HashedEntry {
  const text = canonicalJson(fields);
  return { fields, size: sizeOf(fields), text, hash: sha256Hex(text) };
}

/** The same names with the same texts; member order does not matter. */
function hasSameFields(entry: HashedEntry, fields: Fields): boolean {
  if (entry.fields === fields) return true;

  let size = 0;
  for (const name in fields) {
    if (!Object.hasOwn(fields, name)) continue;
    const value = entry.fields[name];
    if (value !== fields[name] || !Object.hasOwn(entry.fields, name)) {
      return false;
    }
    size += 1;
  }
  return size === entry.size;
}

function sizeOf(fields: Fields): number {
  let size = 0;
  for (const name in fields) if (Object.hasOwn(fields, name)) size += 1;
  return size;
}
