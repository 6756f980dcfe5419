import { resolveCodeId } from '../codebook/merge';
import type { Code } from '../codebook/types';
import type { ConsensusValue, RecordCoding } from '../model/coding';
import type { CodeId, RecordKey } from '../model/ids';
import type { ScanRecord } from '../model/scan';
import type { ProjectSnapshot } from '../model/snapshot';
import {
  createCsvWriter,
  createLongCellTally,
  type CsvOptions,
  type CsvWriter,
  type ExportOutput,
} from './csv';
import {
  indexLayer,
  listExportCodes,
  readAppliedCodes,
  type CodingSource,
} from './layer-view';
import { nameCodeColumns, nameFieldColumns } from './names';

/** One row per record: key, fields, one cell per code. */
export type WideTable = {
  readonly header: readonly string[];
  readonly rows: readonly string[][];
  /** The code behind each code column, in column order. */
  readonly codeColumns: readonly {
    readonly codeId: CodeId;
    readonly header: string;
  }[];
  /** How many leading columns are `record` and the fields. */
  readonly fieldCount: number;
};

/**
 * The wide CSV (docs/coded-file.md, "Exports"): `record`, then every
 * column by its key, then one column per code named by the code. A
 * coder's cell is 1 (applied) or 0 (not) on records that coder marked
 * done, empty otherwise; a consensus cell is 1 (present), 0 (absent) or
 * empty (needs work or no decision).
 */
export function exportWide(
  snapshot: ProjectSnapshot,
  options: CsvOptions & { readonly source: CodingSource },
): ExportOutput {
  const layout = planWideTable(snapshot, options.source);
  const csv = createCsvWriter(options);
  const codeCells = layout.fill.text(csv);
  const longCells = createLongCellTally(layout.header);
  const { columns } = layout;

  // Lines are written straight from the records: building every row as
  // cells first (as buildWideTable does) costs more than the writing.
  const lines = [layout.header.map(csv.cell).join(csv.delimiter)];
  snapshot.records.forEach((record, index) => {
    const row = index + 1;
    longCells.check(row, 0, record.key);
    let line = csv.cell(record.key);
    for (let c = 0; c < columns.length; c += 1) {
      const value = record.fields[columns[c]!] ?? '';
      longCells.check(row, c + 1, value);
      line += csv.delimiter + csv.cell(value);
    }
    lines.push(line + codeCells(record.key));
  });

  return { text: csv.finish(lines), warnings: longCells.finish() };
}

/** The wide layout as a table, for CSV and the XLSX data sheet. */
export function buildWideTable(
  snapshot: ProjectSnapshot,
  source: CodingSource,
): WideTable {
  const layout = planWideTable(snapshot, source);
  return {
    header: layout.header,
    rows: buildWideRows(layout, snapshot.records),
    codeColumns: layout.fill.codes.map((code, index) => ({
      codeId: code.id,
      header: layout.header[layout.first + index]!,
    })),
    fieldCount: layout.first,
  };
}

/** Header and cell sources of a wide table, before any row is built. */
type WideLayout = {
  readonly header: readonly string[];
  /** Column keys of the field cells, in order. */
  readonly columns: readonly string[];
  /** Index of the first code cell. */
  readonly first: number;
  readonly fill: CellFill;
};

function planWideTable(
  snapshot: ProjectSnapshot,
  source: CodingSource,
): WideLayout {
  const fill =
    source.kind === 'coder'
      ? coderCells(snapshot, indexLayer(snapshot, source.coderId))
      : consensusCells(snapshot);
  const fields = nameFieldColumns(snapshot.meta.columns);
  const codeHeaders = nameCodeColumns(fill.codes, new Set(fields));
  const columns = snapshot.meta.columns.map((column) => column.key);
  return {
    header: ['record', ...fields, ...codeHeaders],
    columns,
    first: 1 + columns.length,
    fill,
  };
}

function buildWideRows(
  layout: WideLayout,
  records: readonly ScanRecord[],
): string[][] {
  const { columns, first, fill } = layout;
  const width = layout.header.length;
  return records.map((record) => {
    const row = new Array<string>(width);
    row[0] = record.key;
    for (let c = 0; c < columns.length; c += 1) {
      row[c + 1] = record.fields[columns[c]!] ?? '';
    }
    fill.write(record.key, row, first);
    return row;
  });
}

type CellFill = {
  readonly codes: readonly Pick<Code, 'id' | 'name'>[];
  /** Writes the code cells of one record from `row[first]` on. */
  readonly write: (key: RecordKey, row: string[], first: number) => void;
  /**
   * For a CSV line: a function giving one record's code cells as CSV,
   * each after a delimiter.
   */
  readonly text: (csv: CsvWriter) => (key: RecordKey) => string;
};

function coderCells(
  snapshot: ProjectSnapshot,
  byRecord: ReadonlyMap<RecordKey, RecordCoding>,
): CellFill {
  const appliedIds = new Map<RecordKey, readonly CodeId[]>();
  for (const [key, coding] of byRecord) {
    if (coding.status === 'done') {
      appliedIds.set(key, readAppliedCodes(coding, snapshot.codebook));
    }
  }
  const codes = listExportCodes(snapshot.codebook, appliedIds.values());
  const position = new Map(codes.map((code, index) => [code.id, index]));
  return {
    codes,
    // Positions are looked up per row rather than kept per record: at
    // 100,000 records a second map of arrays costs more than the lookups.
    write: (key, row, first) => {
      const applied = appliedIds.get(key);
      row.fill(applied === undefined ? '' : '0', first);
      for (const id of applied ?? []) row[first + position.get(id)!] = '1';
    },
    text: (csv) => {
      const zeros = codes.map(() => csv.cell('0'));
      const one = csv.cell('1');
      const notDone = csv.delimiter.repeat(codes.length);
      const none = joinCells(zeros, csv);
      return (key) => {
        const applied = appliedIds.get(key);
        if (applied === undefined) return notDone;
        if (applied.length === 0) return none;

        const cells = zeros.slice();
        for (const id of applied) cells[position.get(id)!] = one;
        return joinCells(cells, csv);
      };
    },
  };
}

const CONSENSUS_CELL: Readonly<Record<ConsensusValue, string>> = {
  present: '1',
  absent: '0',
  needs_work: '',
};

function consensusCells(snapshot: ProjectSnapshot): CellFill {
  const { codebook } = snapshot;
  const decided = new Map<RecordKey, Map<CodeId, string>>();
  for (const decision of snapshot.consensus) {
    const codeId = resolveCodeId(decision.codeId, codebook.aliases);
    const cells = decided.get(decision.recordKey) ?? new Map<CodeId, string>();
    cells.set(codeId, CONSENSUS_CELL[decision.value]);
    decided.set(decision.recordKey, cells);
  }
  const codes = listExportCodes(
    codebook,
    [...decided.values()].map((cells) => [...cells.keys()]),
  );
  return {
    codes,
    write: (key, row, first) => {
      const cells = decided.get(key);
      for (let index = 0; index < codes.length; index += 1) {
        row[first + index] = cells?.get(codes[index]!.id) ?? '';
      }
    },
    text: (csv) => (key) => {
      const cells = decided.get(key);
      return joinCells(
        codes.map((code) => csv.cell(cells?.get(code.id) ?? '')),
        csv,
      );
    },
  };
}

/** Cells as the end of a CSV line: each after a delimiter. */
function joinCells(cells: readonly string[], csv: CsvWriter): string {
  return cells.length === 0 ? '' : csv.delimiter + cells.join(csv.delimiter);
}
