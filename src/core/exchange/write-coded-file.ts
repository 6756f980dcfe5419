import type { RecordCoding } from '../model/coding';
import type { CoderId, RecordKey } from '../model/ids';
import { fail, ok, type Result } from '../model/problem';
import type { ScanRecord } from '../model/scan';
import type { ProjectSnapshot } from '../model/snapshot';
import { canonicalJson, sha256Hex } from './canonical';
import { checkCodedFileConsistency } from './coded-file-checks';
import { checkCodedFileSchema } from './coded-file-schema';
import {
  CODED_FILE_FORMAT,
  CODED_FILE_VERSION,
  type CodedFile,
  type CodedFileCoding,
  type CodedFileLayer,
  type CodedFileProblem,
  type CodedFileRecord,
  type VisibilityFilter,
  type WriteCodedFileOptions,
} from './coded-file-types';
import { HASH_EVERY_TIME, type HashedFields } from './hashed-fields';

/**
 * The project as a coded file (`*.podscan.json`, docs/coded-file.md):
 * only what `visibility` lets out, every record with its content hash,
 * one layer per coder, and the checksum. Two-space indented, ending with
 * a newline. Refuses (with the reader's own problems) a snapshot the
 * reader would refuse, so no file is written that cannot be read back.
 */
export function writeCodedFile(
  snapshot: ProjectSnapshot,
  options: WriteCodedFileOptions,
): Result<string, readonly CodedFileProblem[]> {
  const file = buildCodedFile(snapshot, options);
  const problems = [
    ...checkCodedFileSchema(file),
    ...checkCodedFileConsistency(file),
  ].filter((problem) => problem.severity === 'error');
  if (problems.length > 0) return fail(problems);

  return ok(`${JSON.stringify(file, null, 2)}\n`);
}

/**
 * The coded file as a value, checksum included; `writeCodedFile` checks
 * and serialises it.
 */
export function buildCodedFile(
  snapshot: ProjectSnapshot,
  options: WriteCodedFileOptions,
): CodedFile {
  const visible = applyVisibility(snapshot, options.visibility);
  const { meta } = visible;
  // Each record's fields are written as canonical JSON once, for both
  // their content hash and the checksum.
  const fieldTexts = new Map<object, string>();
  const body: Omit<CodedFile, 'checksum'> = {
    format: CODED_FILE_FORMAT,
    version: CODED_FILE_VERSION,
    exportedAt: options.exportedAt,
    exportedBy: options.exportedBy,
    project: {
      id: meta.id,
      name: meta.name,
      createdAt: meta.createdAt,
      updatedAt: meta.updatedAt,
      columns: meta.columns,
      keyColumn: meta.keyColumn,
      batches: meta.batches,
      settings: meta.settings,
    },
    codebook: visible.codebook,
    coders: visible.coders,
    records: visible.records.map((record) =>
      toFileRecord(record, visible, fieldTexts),
    ),
    layers: groupLayers(visible),
    consensus: sortByRecord(visible.consensus, visible.records, (d) =>
      String(d.codeId),
    ),
  };
  return { ...body, checksum: sha256Hex(canonicalJson(body, fieldTexts)) };
}

/** SHA-256 of the canonical JSON of a coded file without its checksum. */
export function computeChecksum(file: object): string {
  const { checksum: _checksum, ...body } = file as { checksum?: unknown };
  return sha256Hex(canonicalJson(body));
}

/** A file's checksum and its records' content hashes, as computed. */
export type CodedFileSeal = {
  readonly checksum: string;
  /** One per record, in record order. */
  readonly contentHashes: readonly string[];
  /**
   * Each record's fields, in record order: equal to the file's, and the
   * same object as another file's where `hashed` had them already.
   */
  readonly fields: readonly Readonly<Record<string, string>>[];
};

/**
 * The checksum and every record's content hash of `file`, as
 * computeChecksum and hashRecordFields compute them, but writing each
 * record's fields as canonical JSON once for both, or taking them from
 * `hashed` when it holds the same fields.
 */
export function computeSeal(
  file: CodedFile,
  hashed: HashedFields = HASH_EVERY_TIME,
): CodedFileSeal {
  const known = new Map<object, string>();
  const fields: Readonly<Record<string, string>>[] = [];
  const contentHashes = file.records.map((record) => {
    const entry = hashed.hash(record.key, record.fields);
    known.set(record.fields, entry.text);
    fields.push(entry.fields);
    return entry.hash;
  });
  const { checksum: _checksum, ...body } = file;
  const checksum = sha256Hex(canonicalJson(body, known));
  return { checksum, contentHashes, fields };
}

/** The part of the snapshot `visibility` lets out of the machine. */
export function applyVisibility(
  snapshot: ProjectSnapshot,
  visibility: VisibilityFilter | undefined,
): ProjectSnapshot {
  if (visibility === undefined) return snapshot;

  if (typeof visibility === 'function') return visibility(snapshot);

  const allowed = new Set<string>(visibility);
  return {
    ...snapshot,
    layers: snapshot.layers.filter((coding) => allowed.has(coding.coderId)),
    consensus: [],
  };
}

function toFileRecord(
  record: ScanRecord,
  snapshot: ProjectSnapshot,
  fieldTexts: Map<object, string>,
): CodedFileRecord {
  const fields: Record<string, string> = {};
  // Fields in column order so the file reads like the scan.
  for (const column of snapshot.meta.columns) {
    const value = record.fields[column.key];
    if (value !== undefined) fields[column.key] = value;
  }
  for (const [name, value] of Object.entries(record.fields)) {
    if (!(name in fields)) fields[name] = value;
  }
  const text = canonicalJson(fields);
  fieldTexts.set(fields, text);
  return {
    key: record.key,
    fields,
    batchId: record.batchId,
    sourceRow: record.sourceRow,
    contentHash: sha256Hex(text),
  };
}

/**
 * One layer per coder, in coder-list order; a coder missing from the list
 * still gets a layer (the reader then names the gap), so nothing is lost.
 */
function groupLayers(snapshot: ProjectSnapshot): CodedFileLayer[] {
  const byCoder = new Map<CoderId, RecordCoding[]>();
  for (const coder of snapshot.coders) byCoder.set(coder.id, []);
  for (const coding of snapshot.layers) {
    const list = byCoder.get(coding.coderId);
    if (list) list.push(coding);
    else byCoder.set(coding.coderId, [coding]);
  }
  return [...byCoder.entries()].map(([coderId, codings]) => ({
    coderId,
    codings: sortByRecord(codings, snapshot.records, () => '').map(
      toFileCoding,
    ),
  }));
}

function toFileCoding(coding: RecordCoding): CodedFileCoding {
  return {
    recordKey: coding.recordKey,
    codes: [...new Set(coding.codes)].sort(),
    memo: coding.memo,
    status: coding.status,
    createdAt: coding.createdAt,
    updatedAt: coding.updatedAt,
    codebookVersion: coding.codebookVersion,
  };
}

/** Items in the records' order, then by `tieBreak`; unknown keys last. */
function sortByRecord<T extends { readonly recordKey: RecordKey }>(
  items: readonly T[],
  records: readonly ScanRecord[],
  tieBreak: (item: T) => string,
): T[] {
  const position = new Map<string, number>();
  records.forEach((record, index) => position.set(record.key, index));
  const placeOf = (item: T): number =>
    position.get(item.recordKey) ?? records.length;
  return [...items].sort((a, b) => {
    const byPlace = placeOf(a) - placeOf(b);
    if (byPlace !== 0) return byPlace;

    const [x, y] = [tieBreak(a), tieBreak(b)];
    return x < y ? -1 : x > y ? 1 : 0;
  });
}
