import { addCode, createCodebook, isGuid } from '../codebook';
import type { Code, Codebook } from '../codebook/types';
import type { Coder, RecordCoding } from '../model/coding';
import {
  asProjectId,
  type Clock,
  type CodeId,
  type ColumnKey,
  type IdGenerator,
} from '../model/ids';
import { fail, ok, type Problem, type Result } from '../model/problem';
import { DEFAULT_PROJECT_SETTINGS } from '../model/project';
import type { ProjectSnapshot } from '../model/snapshot';
import { buildRecords, createImportBatch } from '../scan';
import type { ParsedScan } from '../scan/types';
import { deriveGuid } from './canonical';
import { readCodingRows, type CodingRow } from './pack-codings';
import { groupCodings, rowProblem } from './pack-layers';
import { capProblems } from '../model/capped-problems';

export type PackInput = {
  /** The scan, read as an import reads it (parseScan or an XLSX sheet). */
  readonly scan: ParsedScan;
  readonly scanFileName: string;
  /**
   * Key column: its header label or its column key; null to generate
   * keys as the app's import does when no column is chosen.
   */
  readonly keyColumn: string | null;
  /** The codebook to code with; an empty one when null. */
  readonly codebook: Codebook | null;
  /** The codings table, read with parseScan; none when null. */
  readonly codings: ParsedScan | null;
  readonly actor: string;
  readonly clock: Clock;
  readonly newId: IdGenerator;
};

export type PackResult = {
  readonly snapshot: ProjectSnapshot;
  /** Codes added because the codings used them (severity info). */
  readonly notes: readonly Problem[];
};

/**
 * Turns spreadsheet-coded work into a project: the scan's records keyed
 * by `keyColumn` (or by generated keys, see generateRecordKeys), the
 * codebook, and one layer per coder named in the codings table. A
 * coder's codes on a record are the rows with value 1; a record listed
 * for a coder is `done` unless a `status` column says otherwise. Codes
 * are found by GUID, else by name (ignoring case); an unknown code is
 * added (GUID kept, or derived from its name so separate packs agree) and
 * noted. Coder ids are derived from names likewise. Fails with the
 * problems: scan errors, an unknown key column, empty or repeated keys,
 * unknown records, ambiguous names, or rows that contradict each other;
 * past 20 of one code, a summary counts the rest (see capProblems).
 */
export function packCodedProject(
  input: PackInput,
): Result<PackResult, readonly Problem[]> {
  const packed = packProject(input);
  return packed.ok ? packed : fail(capProblems(packed.error));
}

function packProject(input: PackInput): Result<PackResult, readonly Problem[]> {
  const blocking = input.scan.problems.filter((p) => p.severity === 'error');
  if (blocking.length > 0) return fail(blocking);

  const key = resolveKeyColumn(input);
  if (!key.ok) return fail([key.error]);

  const keyColumn = key.value;
  const batch = createImportBatch(input.scan, {
    id: input.newId(),
    kind: 'import',
    fileName: input.scanFileName,
    importedAt: input.clock(),
    importedBy: input.actor,
    keyColumn,
  });
  const records = buildRecords(input.scan, { keyColumn, batchId: batch.id });
  if (!records.ok) return records;

  const codebook =
    input.codebook ??
    createCodebook({ actor: input.actor, clock: input.clock });
  const layered = buildLayers(
    input,
    codebook,
    new Set(records.value.map((r) => r.key)),
  );
  if (!layered.ok) return layered;

  const snapshot: ProjectSnapshot = {
    meta: {
      id: asProjectId(input.newId()),
      name: input.scanFileName.replace(/\.[^.]+$/, ''),
      createdAt: batch.importedAt,
      updatedAt: batch.importedAt,
      columns: input.scan.columns,
      keyColumn,
      recordCount: records.value.length,
      batches: [batch],
      layout: null,
      settings: DEFAULT_PROJECT_SETTINGS,
    },
    records: records.value,
    codebook: layered.value.codebook,
    coders: layered.value.coders,
    layers: layered.value.layers,
    consensus: [],
  };
  return ok({ snapshot, notes: layered.value.notes });
}

type Layered = {
  readonly codebook: Codebook;
  readonly coders: readonly Coder[];
  readonly layers: readonly RecordCoding[];
  readonly notes: readonly Problem[];
};

function buildLayers(
  input: PackInput,
  codebook: Codebook,
  recordKeys: ReadonlySet<string>,
): Result<Layered, readonly Problem[]> {
  if (input.codings === null) {
    return ok({ codebook, coders: [], layers: [], notes: [] });
  }
  const blocking = input.codings.problems.filter((p) => p.severity === 'error');
  if (blocking.length > 0) return fail(blocking);

  const read = readCodingRows(input.codings);
  const problems = [...read.problems];
  const codes = resolveCodes(read.rows, codebook, input, problems);
  for (const row of read.rows) {
    if (!recordKeys.has(row.record)) {
      problems.push(
        rowProblem(
          row,
          'record',
          'CODINGS_RECORD_UNKNOWN',
          `Row ${row.row} names record "${row.record}", which the scan does not have; check the key.`,
        ),
      );
    }
  }
  const grouped = groupCodings(read.rows, problems, {
    ids: codes.ids,
    at: input.clock(),
    version: codes.codebook.version,
  });
  if (problems.length > 0) return fail(problems);

  return ok({
    codebook: codes.codebook,
    coders: grouped.coders,
    layers: grouped.layers,
    notes: codes.notes,
  });
}

type ResolvedCodes = {
  readonly codebook: Codebook;
  /** Row number → the GUID of its code. */
  readonly ids: ReadonlyMap<number, CodeId>;
  readonly notes: readonly Problem[];
};

function resolveCodes(
  rows: readonly CodingRow[],
  start: Codebook,
  input: PackInput,
  problems: Problem[],
): ResolvedCodes {
  let codebook = start;
  const ids = new Map<number, CodeId>();
  const notes: Problem[] = [];
  for (const row of rows) {
    if (row.code === '' && row.codeGuid === '') continue;

    const found = findRowCode(codebook, row);
    if (found === 'ambiguous') {
      problems.push(
        rowProblem(
          row,
          'code',
          'CODINGS_CODE_AMBIGUOUS',
          `Row ${row.row}: several codes are called "${row.code}"; give the code's GUID instead.`,
        ),
      );
      continue;
    }
    if (found !== undefined) {
      ids.set(row.row, found.id);
      continue;
    }
    const added = addRowCode(codebook, row, input);
    codebook = added.codebook;
    ids.set(row.row, added.code.id);
    notes.push({
      row: row.row,
      column: 'code',
      code: 'CODINGS_CODE_ADDED',
      message: `Code "${added.code.name}" (${added.code.id}) was not in the codebook; it was added.`,
      severity: 'info',
    });
  }
  return { codebook, ids, notes };
}

function findRowCode(
  codebook: Codebook,
  row: CodingRow,
): Code | 'ambiguous' | undefined {
  const guid =
    row.codeGuid !== '' ? row.codeGuid : isGuid(row.code) ? row.code : '';
  if (guid !== '') {
    const lower = guid.toLowerCase();
    return codebook.codes.find((code) => code.id.toLowerCase() === lower);
  }
  const name = normaliseName(row.code);
  const matches = codebook.codes.filter(
    (code) => normaliseName(code.name) === name,
  );
  return matches.length > 1 ? 'ambiguous' : matches[0];
}

function addRowCode(
  codebook: Codebook,
  row: CodingRow,
  input: PackInput,
): { readonly codebook: Codebook; readonly code: Code } {
  const guid =
    row.codeGuid !== '' ? row.codeGuid : isGuid(row.code) ? row.code : '';
  const name = row.code !== '' ? row.code : guid;
  const id = guid !== '' ? guid : deriveGuid('code', normaliseName(name));
  const context = { actor: input.actor, clock: input.clock, newId: () => id };
  const added = addCode(codebook, { name }, context);
  if (!added.ok) throw new Error(added.error.message);

  return added.value;
}

function normaliseName(name: string): string {
  return name.trim().normalize('NFC').toLowerCase();
}

/** The key column's key, or null to generate keys. */
function resolveKeyColumn(input: PackInput): Result<ColumnKey | null> {
  if (input.keyColumn === null) return ok(null);

  const column = findKeyColumn(input.scan, input.keyColumn);
  return column === undefined
    ? fail(unknownKeyColumn(input.scan, input.keyColumn))
    : ok(column.key);
}

/** By exact label or key, else by label ignoring case when unique. */
function findKeyColumn(
  scan: ParsedScan,
  wanted: string,
): ParsedScan['columns'][number] | undefined {
  const exact = scan.columns.find(
    (each) => each.label === wanted || each.key === wanted,
  );
  if (exact !== undefined) return exact;

  const lower = wanted.trim().toLowerCase();
  const loose = scan.columns.filter(
    (each) => each.label.trim().toLowerCase() === lower,
  );
  return loose.length === 1 ? loose[0] : undefined;
}

function unknownKeyColumn(scan: ParsedScan, wanted: string): Problem {
  const labels = scan.columns.map((column) => `"${column.label}"`);
  return {
    row: null,
    column: null,
    code: 'PACK_KEY_COLUMN_UNKNOWN',
    message: `The scan has no column "${wanted}"; use one of ${labels.join(', ')}.`,
    severity: 'error',
  };
}
