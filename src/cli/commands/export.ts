import { Option, type Command } from 'commander';
import { exportQdc } from '../../core/codebook';
import {
  buildExportWorkbook,
  exportCodebookCsv,
  exportConsensus,
  exportLong,
  exportQdpx,
  exportReliabilityMatrix,
  exportWide,
  listDecisionCodes,
  type CodingSource,
  type CsvOptions,
} from '../../core/export';
import type { CodeId, CoderId } from '../../core/model/ids';
import type { Problem } from '../../core/model/problem';
import type { ProjectSnapshot } from '../../core/model/snapshot';
import { writeXlsxWorkbook } from '../../shared/xlsx/write-workbook';
import { now, printProblems, readCodedInput } from '../coded-input';
import {
  CliError,
  EXIT_OK,
  EXIT_PROBLEMS,
  EXIT_USAGE,
  writeOutput,
  type CliIo,
} from '../io';
import type { SetExit } from './index';

const FORMATS = [
  'wide',
  'long',
  'consensus',
  'codebook',
  'xlsx',
  'qdc',
  'qdpx',
  'matrix',
] as const;

type Format = (typeof FORMATS)[number];

/** What each format's file is usually named with. */
const EXTENSIONS: Readonly<Record<Format, string>> = {
  wide: 'csv',
  long: 'csv',
  consensus: 'csv',
  codebook: 'csv',
  xlsx: 'xlsx',
  qdc: 'qdc',
  qdpx: 'qdpx',
  matrix: 'csv',
};

type ExportFlags = {
  readonly format: Format;
  readonly output: string;
  readonly coder?: string;
  readonly consensus?: boolean;
  readonly coders?: string;
  readonly code?: string;
  readonly bom?: boolean;
  readonly delimiter?: string;
  readonly neutralise: boolean;
  readonly json?: boolean;
};

const EXPORT_HELP = `
Formats:
  wide       record, fields, one 0/1 column per code (--coder or --consensus)
  long       record,coder,code_guid,code,value,memo,status,coded_at,
             codebook_version (--coders to choose layers); pack reads it
  consensus  the adjudicated decisions with their rationales
  codebook   the codebook as CSV
  xlsx       Data, Codebook and Methods sheets (--coder or --consensus)
  qdc        REFI-QDA codebook
  qdpx       REFI-QDA project
  matrix     reliability matrix of one code (--code; --coders to choose)

CSV cells starting with = + - @ TAB or CR get a leading apostrophe
(plain numbers such as -3.5 excepted); --no-neutralise turns this off.

Exit status:
  0  written (warnings, e.g. cells too long for Excel, go to stderr)
  1  the project cannot be exported in that format (problems listed)
  2  usage error, or a coded file that was refused (not readable, damaged
     or changed since it was written; problems listed)`;

/** Registers `podscan export` (PRODUCT.md §5). */
export function registerExport(
  program: Command,
  io: CliIo,
  setExit: SetExit,
): void {
  program
    .command('export')
    .description('export a coded file for analysis or another QDA tool')
    .argument('<file>', 'coded file (*.podscan.json)')
    .addOption(
      new Option('--format <format>', 'what to write')
        .choices(FORMATS)
        .makeOptionMandatory(),
    )
    .requiredOption('-o, --output <file>', 'file to write (atomically)')
    .option('--coder <name>', 'whose layer (name or id), for wide and xlsx')
    .option('--consensus', 'the consensus layer, for wide and xlsx')
    .option('--coders <list>', 'coders (names or ids, comma-separated)')
    .option('--code <code>', 'code name or GUID, for matrix')
    .option('--bom', 'start CSV with a UTF-8 byte-order mark (for Excel)')
    .option('--delimiter <char>', 'CSV delimiter: , ; | or tab', ',')
    .option('--no-neutralise', 'write formula-like cells as they are')
    .option('--json', 'print the summary as JSON')
    .addHelpText('after', EXPORT_HELP)
    .action(async (file: string, flags: ExportFlags) => {
      setExit(await runExport(file, flags, io));
    });
}

type Written = {
  readonly data: string | Uint8Array;
  readonly warnings: readonly Problem[];
};

async function runExport(
  file: string,
  flags: ExportFlags,
  io: CliIo,
): Promise<number> {
  const csv = readCsvOptions(flags);
  const { snapshot } = await readCodedInput(io, file, flags.output);
  const result = await render(snapshot, flags, csv);
  if ('problems' in result) {
    printProblems(io.err, `${file}: `, result.problems);
    io.err(`podscan: ${flags.output} was not written.\n`);
    return EXIT_PROBLEMS;
  }
  const example = `${flags.format}.${EXTENSIONS[flags.format]}`;
  await writeOutput(io, flags.output, result.data, example);
  printProblems(io.err, 'warning: ', result.warnings);
  io.out(
    flags.json
      ? `${JSON.stringify(
          {
            output: flags.output,
            format: flags.format,
            warnings: result.warnings,
          },
          null,
          2,
        )}\n`
      : `Wrote ${flags.output} (${flags.format}).\n`,
  );
  return EXIT_OK;
}

async function render(
  snapshot: ProjectSnapshot,
  flags: ExportFlags,
  csv: CsvOptions,
): Promise<Written | { readonly problems: readonly Problem[] }> {
  switch (flags.format) {
    case 'wide':
      return asWritten(
        exportWide(snapshot, { ...csv, source: pickSource(snapshot, flags) }),
      );
    case 'long':
      return asWritten(
        exportLong(snapshot, { ...csv, coders: pickCoders(snapshot, flags) }),
      );
    case 'consensus':
      return asWritten(exportConsensus(snapshot, csv));
    case 'codebook':
      return asWritten(exportCodebookCsv(snapshot.codebook, csv));
    case 'xlsx':
      return renderXlsx(snapshot, flags);
    case 'qdc': {
      const qdc = exportQdc(snapshot.codebook);
      return qdc.ok
        ? { data: qdc.value, warnings: [] }
        : { problems: qdc.error };
    }
    case 'qdpx': {
      const qdpx = exportQdpx(snapshot, { exportedAt: now() });
      return { data: qdpx.bytes, warnings: qdpx.warnings };
    }
    case 'matrix': {
      const matrix = exportReliabilityMatrix(snapshot, {
        ...csv,
        codeId: pickCode(snapshot, flags.code),
        coders: pickCoders(snapshot, flags),
      });
      return matrix.ok ? asWritten(matrix.value) : { problems: [matrix.error] };
    }
  }
}

async function renderXlsx(
  snapshot: ProjectSnapshot,
  flags: ExportFlags,
): Promise<Written> {
  const exportedAt = now();
  const workbook = buildExportWorkbook(snapshot, {
    source: pickSource(snapshot, flags),
    exportedAt,
    exportedBy: 'podscan CLI',
  });
  const bytes = await writeXlsxWorkbook(workbook, {
    created: new Date(exportedAt),
  });
  return { data: bytes, warnings: workbook.warnings };
}

function asWritten(output: {
  readonly text: string;
  readonly warnings: readonly Problem[];
}): Written {
  return { data: output.text, warnings: output.warnings };
}

function readCsvOptions(flags: ExportFlags): CsvOptions {
  const delimiter = DELIMITERS[(flags.delimiter ?? ',').toLowerCase()];
  if (delimiter === undefined) {
    throw new CliError(
      `unknown delimiter "${flags.delimiter}": use , ; | or tab`,
      EXIT_USAGE,
    );
  }
  return {
    bom: flags.bom === true,
    delimiter,
    neutralise: flags.neutralise,
  };
}

const DELIMITERS: Readonly<Record<string, string>> = {
  ',': ',',
  ';': ';',
  '|': '|',
  '\t': '\t',
  '\\t': '\t',
  tab: '\t',
  comma: ',',
  semicolon: ';',
  pipe: '|',
};

/** --consensus, --coder, or the only coder who has codings. */
function pickSource(
  snapshot: ProjectSnapshot,
  flags: ExportFlags,
): CodingSource {
  if (flags.consensus === true) {
    if (flags.coder !== undefined) {
      throw new CliError('give --coder or --consensus, not both', EXIT_USAGE);
    }
    return { kind: 'consensus' };
  }
  if (flags.coder !== undefined) {
    return { kind: 'coder', coderId: findCoder(snapshot, flags.coder) };
  }
  const withCodings = snapshot.coders.filter((coder) =>
    snapshot.layers.some((coding) => coding.coderId === coder.id),
  );
  if (withCodings.length === 1) {
    return { kind: 'coder', coderId: withCodings[0]!.id };
  }
  throw new CliError(
    `choose whose codings: --consensus or --coder NAME (${describeCoders(snapshot)})`,
    EXIT_USAGE,
  );
}

function pickCoders(
  snapshot: ProjectSnapshot,
  flags: ExportFlags,
): CoderId[] | undefined {
  if (flags.coders === undefined) return undefined;

  return flags.coders
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .map((name) => findCoder(snapshot, name));
}

function findCoder(snapshot: ProjectSnapshot, wanted: string): CoderId {
  const lower = wanted.toLowerCase();
  const coder =
    snapshot.coders.find((each) => each.id === wanted) ??
    snapshot.coders.find((each) => each.name.toLowerCase() === lower);
  if (coder !== undefined) return coder.id;

  throw new CliError(
    `no coder "${wanted}" in the file (${describeCoders(snapshot)})`,
    EXIT_USAGE,
  );
}

function describeCoders(snapshot: ProjectSnapshot): string {
  const names = snapshot.coders.map((coder) => coder.name);
  return names.length === 0
    ? 'it has no coders'
    : `coders: ${names.join(', ')}`;
}

function pickCode(
  snapshot: ProjectSnapshot,
  wanted: string | undefined,
): CodeId {
  const codes = listDecisionCodes(snapshot.codebook);
  if (wanted === undefined) {
    if (codes.length === 1) return codes[0]!.id;

    throw new CliError(
      `choose the code with --code NAME|GUID (codes: ${codes.map((c) => c.name).join(', ')})`,
      EXIT_USAGE,
    );
  }
  const lower = wanted.toLowerCase();
  const code =
    snapshot.codebook.codes.find((each) => each.id.toLowerCase() === lower) ??
    snapshot.codebook.codes.find((each) => each.name.toLowerCase() === lower);
  if (code !== undefined) return code.id;

  throw new CliError(`no code "${wanted}" in the codebook`, EXIT_USAGE);
}
