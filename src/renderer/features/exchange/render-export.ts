import { exportQdc } from '../../../core/codebook';
import { filterSnapshotForViewer } from '../../../core/coding';
import { writeCodedFile } from '../../../core/exchange';
import {
  buildExportWorkbook,
  exportCodebookCsv,
  exportConsensus,
  exportLong,
  exportQdpx,
  exportReliabilityMatrix,
  exportWide,
  type CodingSource,
  type CsvOptions,
  type ExportOutput,
} from '../../../core/export';
import { asCodeId, asCoderId } from '../../../core/model/ids';
import type { Problem } from '../../../core/model/problem';
import type { ProjectSnapshot } from '../../../core/model/snapshot';
import type {
  CsvChoice,
  ExportFormat,
  ExportSource,
} from '../../workers/exchange-protocol';
import { withCodebookVersion } from '../backups/project-backup';

export type ExportInput = {
  readonly format: ExportFormat;
  readonly csv: CsvChoice;
  /** Blind mode: what this coder may see is all that is exported. */
  readonly viewerId: string;
  readonly exportedAt: string;
  readonly exportedBy: string;
};

export type RenderedExport =
  | {
      readonly ok: true;
      readonly bytes: Uint8Array;
      readonly warnings: readonly Problem[];
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Writes the project in the chosen format, as the viewer may see it
 * (filterSnapshotForViewer: under blind mode a coder who is not a lead
 * exports only their own layer and no consensus). Text comes out as
 * UTF-8 bytes; a format the project cannot be written in is refused with
 * the problems that stop it.
 */
export async function renderExport(
  snapshot: ProjectSnapshot,
  input: ExportInput,
): Promise<RenderedExport> {
  const visible = filterSnapshotForViewer(snapshot, asCoderId(input.viewerId));
  const csv = toCsvOptions(input.csv);
  const { format } = input;
  switch (format.kind) {
    case 'coded':
      return renderCodedFile(visible, input);
    case 'wide':
      return fromText(
        exportWide(visible, { ...csv, source: toSource(format.source) }),
      );
    case 'long':
      return fromText(exportLong(visible, csv));
    case 'consensus':
      return fromText(exportConsensus(visible, csv));
    case 'codebook':
      return fromText(exportCodebookCsv(visible.codebook, csv));
    case 'xlsx':
      return renderWorkbook(visible, format.source, input);
    case 'qdpx': {
      const qdpx = exportQdpx(visible, { exportedAt: input.exportedAt });
      return { ok: true, bytes: qdpx.bytes, warnings: qdpx.warnings };
    }
    case 'qdc': {
      const qdc = exportQdc(visible.codebook);
      return qdc.ok
        ? { ok: true, bytes: encode(qdc.value), warnings: [] }
        : { ok: false, problems: qdc.error };
    }
    case 'matrix': {
      const matrix = exportReliabilityMatrix(visible, {
        ...csv,
        codeId: asCodeId(format.codeId),
      });
      return matrix.ok
        ? fromText(matrix.value)
        : { ok: false, problems: [matrix.error] };
    }
  }
}

function renderCodedFile(
  visible: ProjectSnapshot,
  input: ExportInput,
): RenderedExport {
  // Coded files number codebooks from 1; see withCodebookVersion.
  const written = writeCodedFile(withCodebookVersion(visible), {
    exportedAt: input.exportedAt,
    exportedBy: input.exportedBy,
  });
  return written.ok
    ? { ok: true, bytes: encode(written.value), warnings: [] }
    : { ok: false, problems: written.error };
}

async function renderWorkbook(
  visible: ProjectSnapshot,
  source: ExportSource,
  input: ExportInput,
): Promise<RenderedExport> {
  const workbook = buildExportWorkbook(visible, {
    source: toSource(source),
    exportedAt: input.exportedAt,
    exportedBy: input.exportedBy,
  });
  // exceljs is large: it loads only when a workbook is written.
  const { writeXlsxWorkbook } =
    await import('../../../shared/xlsx/write-workbook');
  const bytes = await writeXlsxWorkbook(workbook, {
    creator: input.exportedBy,
    created: new Date(input.exportedAt),
  });
  return { ok: true, bytes, warnings: workbook.warnings };
}

function toCsvOptions(choice: CsvChoice): CsvOptions {
  return {
    bom: choice.bom,
    delimiter: choice.delimiter,
    neutralise: choice.neutralise,
  };
}

function toSource(source: ExportSource): CodingSource {
  return source.kind === 'consensus'
    ? source
    : { kind: 'coder', coderId: asCoderId(source.coderId) };
}

function fromText(output: ExportOutput): RenderedExport {
  return { ok: true, bytes: encode(output.text), warnings: output.warnings };
}

function encode(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
