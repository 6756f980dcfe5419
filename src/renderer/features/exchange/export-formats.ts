import type { FileFilter } from '../../platform/types';
import type {
  CsvChoice,
  ExportFormat,
  ExportKind,
} from '../../workers/exchange-protocol';

/** How the Export section offers one format. */
export type FormatInfo = {
  readonly kind: ExportKind;
  readonly label: string;
  readonly description: string;
  /** Takes the CSV options (BOM, delimiter, neutralisation). */
  readonly isCsv: boolean;
  /** Needs a coder or the consensus to read codings from. */
  readonly needsSource: boolean;
  /** Needs one code (the reliability matrix). */
  readonly needsCode: boolean;
};

export const EXPORT_FORMATS: readonly FormatInfo[] = [
  {
    kind: 'coded',
    label: 'Coded file (.podscan.json)',
    description:
      'The project with its codebook, coders and layers, for the ' +
      'consortium or another Podscan to merge.',
    isCsv: false,
    needsSource: false,
    needsCode: false,
  },
  {
    kind: 'wide',
    label: 'Wide CSV',
    description:
      'One row per record: its fields, then a 0/1 column per code for one ' +
      'coder or the consensus.',
    isCsv: true,
    needsSource: true,
    needsCode: false,
  },
  {
    kind: 'long',
    label: 'Long CSV',
    description:
      'One row per record × coder × code decision, with memo, status and ' +
      'time; podscan pack reads it back.',
    isCsv: true,
    needsSource: false,
    needsCode: false,
  },
  {
    kind: 'consensus',
    label: 'Consensus CSV',
    description: 'The adjudicated decisions with their rationales.',
    isCsv: true,
    needsSource: false,
    needsCode: false,
  },
  {
    kind: 'codebook',
    label: 'Codebook CSV',
    description: 'Every code with its path, definition and sets.',
    isCsv: true,
    needsSource: false,
    needsCode: false,
  },
  {
    kind: 'xlsx',
    label: 'XLSX workbook',
    description:
      'Data (the wide table), Codebook and Methods sheets for Excel.',
    isCsv: false,
    needsSource: true,
    needsCode: false,
  },
  {
    kind: 'qdpx',
    label: 'REFI-QDA project (.qdpx)',
    description: 'Records as sources with their codings, for other QDA tools.',
    isCsv: false,
    needsSource: false,
    needsCode: false,
  },
  {
    kind: 'qdc',
    label: 'REFI-QDA codebook (.qdc)',
    description: 'The codebook for other QDA tools.',
    isCsv: false,
    needsSource: false,
    needsCode: false,
  },
  {
    kind: 'matrix',
    label: 'Reliability matrix CSV',
    description:
      'One code: a row per coder, a column per record done, as R irr, ' +
      'irrCAC, krippendorff and ReCal read it.',
    isCsv: true,
    needsSource: false,
    needsCode: true,
  },
];

export function describeFormat(kind: ExportKind): FormatInfo {
  return EXPORT_FORMATS.find((format) => format.kind === kind)!;
}

/** The CSV options every export starts with: safe for Excel. */
export const DEFAULT_CSV: CsvChoice = {
  bom: true,
  delimiter: ',',
  neutralise: true,
};

/** Names for the parts of a file name: whose codings, which code. */
export type NameParts = {
  readonly source?: string;
  readonly code?: string;
};

/**
 * A file name for an export, e.g. `Tulsa-pilot-wide-Ana.csv`. CSV with a
 * tab delimiter is named `.tsv`.
 */
export function exportFileName(
  projectName: string,
  format: ExportFormat,
  csv: CsvChoice,
  parts: NameParts = {},
): string {
  const stem = safeStem(projectName);
  const table = csv.delimiter === '\t' ? 'tsv' : 'csv';
  const who = safeStem(parts.source ?? '');
  switch (format.kind) {
    case 'coded':
      return `${stem}.podscan.json`;
    case 'wide':
      return `${stem}-wide-${who}.${table}`;
    case 'xlsx':
      return `${stem}-${who}.xlsx`;
    case 'matrix':
      return `${stem}-matrix-${safeStem(parts.code ?? '')}.${table}`;
    case 'qdpx':
    case 'qdc':
      return `${stem}.${format.kind}`;
    default:
      return `${stem}-${format.kind}.${table}`;
  }
}

/** The save dialog's filter for an export's file. */
export function exportFilter(format: ExportFormat, csv: CsvChoice): FileFilter {
  switch (format.kind) {
    case 'coded':
      return { name: 'Podscan coded file', extensions: ['json'] };
    case 'xlsx':
      return { name: 'Excel workbook', extensions: ['xlsx'] };
    case 'qdpx':
      return { name: 'REFI-QDA project', extensions: ['qdpx'] };
    case 'qdc':
      return { name: 'REFI-QDA codebook', extensions: ['qdc'] };
    default:
      return csv.delimiter === '\t'
        ? { name: 'Tab-separated values', extensions: ['tsv'] }
        : { name: 'CSV', extensions: ['csv'] };
  }
}

/** Letters (accents dropped), digits, `.`, `_`, `-`; the rest become `-`. */
export function safeStem(name: string): string {
  const stem = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80);
  return stem === '' ? 'podscan' : stem;
}
