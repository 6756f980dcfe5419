import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import {
  buildCodeMatrices,
  computeCodeAgreement,
  poolCodeAgreements,
} from '../../src/core/agreement';
import { asColumnKey } from '../../src/core/model/ids';
import type { ScanRecord } from '../../src/core/model/scan';
import { buildRecords, parseScanText } from '../../src/core/scan';
import type { ParsedScan } from '../../src/core/scan';
import {
  BENCH_BATCH_ID,
  makeBenchCodebook,
  makeBenchCoders,
  makeBenchLayers,
  makeBenchSnapshot,
  makeRecordKeys,
} from './coded-fixtures';
import type { BenchSizes } from './measurements';
import { ensureScanFile, readScanText } from './scan-file';
import { collectNow, timeOnce } from './timer';
import type { Samples } from './types';

export type CoreContext = {
  readonly root: string;
  readonly folder: string;
  readonly runs: number;
  readonly sizes: BenchSizes;
  readonly log: (line: string) => void;
};

/** Either samples, or why the measurement cannot run in this tree. */
export type CoreOutcome =
  | { readonly ok: true; readonly samples: Samples }
  | { readonly ok: false; readonly note: string };

/**
 * parseScanText against a bare `Papa.parse(text)` of the same string, in
 * alternating order run by run. Building the records (buildRecords, key
 * column `record_id`) is timed after it as a part.
 */
export async function measureImport(context: CoreContext): Promise<Samples> {
  const path = await ensureScanFile(context.folder, context.sizes.scanRows);
  const text = await readScanText(path);
  const subject: number[] = [];
  const baseline: number[] = [];
  const records: number[] = [];

  for (let run = 0; run < context.runs; run += 1) {
    const papa = () => timeOnce(() => Papa.parse<string[]>(text));
    let parsed: ParsedScan | null = null;
    const ours = () =>
      timeOnce(
        () => parseScanText(text),
        (result) => (parsed = result),
      );
    if (run % 2 === 0) {
      baseline.push(papa());
      subject.push(ours());
    } else {
      subject.push(ours());
      baseline.push(papa());
    }
    records.push(timeRecords(parsed!));
    context.log(`  import run ${run + 1}: ${describeRun(subject, baseline)}`);
  }

  return {
    subject,
    baseline,
    parts: { 'then build records': records },
    note:
      `${context.sizes.scanRows} generated records × 21 columns ` +
      `(${(text.length / 1e6).toFixed(0)} MB); baseline Papa.parse(text) ` +
      'with no options',
  };
}

/**
 * buildCodeMatrices, computeCodeAgreement for every code (every
 * coefficient, each coder pair's kappa; no bootstrap intervals) and
 * poolCodeAgreements, from coding layers as storage returns them.
 */
export function measureAgreement(context: CoreContext): Samples {
  const { agreementCoders, agreementRecords, codes } = context.sizes;
  const codebook = makeBenchCodebook(codes);
  const coders = makeBenchCoders(agreementCoders);
  const keys = makeRecordKeys(agreementRecords);
  const layers = makeBenchLayers(coders, keys, codebook, 7);
  const input = {
    coders: coders.map((coder) => coder.id),
    records: keys,
    codes: codebook.codes.map((code) => code.id),
    codings: layers,
  };
  const subject: number[] = [];
  const matrices: number[] = [];

  for (let run = 0; run < context.runs; run += 1) {
    let matricesTime = 0;
    subject.push(
      timeOnce(() => {
        const started = performance.now();
        const built = buildCodeMatrices(input);
        matricesTime = performance.now() - started;
        const perCode = built.matrices.map((matrix) =>
          computeCodeAgreement(matrix),
        );
        return poolCodeAgreements(perCode);
      }),
    );
    matrices.push(matricesTime);
    context.log(`  agreement run ${run + 1}: ${subject.at(-1)!.toFixed(0)} ms`);
  }

  return {
    subject,
    parts: { 'of which matrices': matrices },
    note:
      `${agreementCoders} coders × ${agreementRecords} records × ${codes} ` +
      `codes (${layers.length} codings); point estimates and analytic ` +
      'SEs, no bootstrap intervals',
  };
}

/**
 * What `podscan merge` does with coded files: readCodedFile on each
 * (JSON, schema, checksum, record hashes), planMerge, applyMerge, with
 * Node's native SHA-256 installed as the CLI installs it. The first file
 * is the base; every file holds the same records and one coder's layer
 * over all of them.
 */
export async function measureMerge(context: CoreContext): Promise<CoreOutcome> {
  const missing = missingModules(context.root, ['merge', 'exchange']);
  if (missing) return { ok: false, note: missing };

  const exchange = await import('../../src/core/exchange');
  const merge = await import('../../src/core/merge');
  const { installNodeSha256 } = await import('../../src/cli/node-sha256');
  installNodeSha256();
  const { mergeFiles, mergeRecords, codes } = context.sizes;
  const scan = await loadScanRecords(context, mergeRecords);
  const codebook = makeBenchCodebook(codes);
  const keys = scan.records.map((record) => record.key);
  const files = Array.from({ length: mergeFiles }, (_, index) => {
    const coders = makeBenchCoders(1, index);
    const layers = makeBenchLayers(coders, keys, codebook, 100 + index);
    const snapshot = makeBenchSnapshot({ ...scan, codebook, coders, layers });
    const written = exchange.writeCodedFile(snapshot, {
      exportedAt: '2021-03-02T09:00:00.000Z',
      exportedBy: 'Bench',
    });
    if (!written.ok) throw new Error(written.error[0]?.message);
    return written.value;
  });
  collectNow();

  const subject: number[] = [];
  const reading: number[] = [];
  let isUnresolved = false;
  for (let run = 0; run < context.runs; run += 1) {
    let read = 0;
    subject.push(
      timeOnce(
        () => {
          const started = performance.now();
          const hashed = exchange.createHashedFields();
          const snapshots = files.map((text) => {
            const result = exchange.readCodedFile(text, { hashed });
            if (!result.ok) throw new Error(result.error[0]?.message);
            return result.value.snapshot;
          });
          read = performance.now() - started;
          const [base, ...rest] = snapshots;
          const sources = rest.map((snapshot, index) => ({
            name: `coder-${index + 2}.podscan.json`,
            snapshot,
          }));
          const report = merge.planMerge(base!, sources);
          return merge.applyMerge(
            base!,
            report,
            {},
            {
              actor: 'Bench',
              clock: () => '2021-03-03T09:00:00.000Z',
            },
          );
        },
        (result) => (isUnresolved ||= !result.ok),
      ),
    );
    reading.push(read);
    context.log(`  merge run ${run + 1}: ${subject.at(-1)!.toFixed(0)} ms`);
  }
  if (isUnresolved) throw new Error('the benchmark merge left choices open');

  const megabytes = files.reduce((sum, text) => sum + text.length, 0) / 1e6;
  return {
    ok: true,
    samples: {
      subject,
      parts: {
        'of which reading files': reading,
        'of which plan + apply': subject.map(
          (total, run) => total - reading[run]!,
        ),
      },
      note:
        `${mergeFiles} files × ${mergeRecords} records × ${codes} codes ` +
        `(${megabytes.toFixed(0)} MB of JSON), one coder per file`,
    },
  };
}

/**
 * exportWide of one coder's layer against a bare `Papa.unparse` of the
 * same header and rows (as buildWideTable makes them), alternating.
 */
export async function measureExport(
  context: CoreContext,
): Promise<CoreOutcome> {
  const missing = missingModules(context.root, ['export']);
  if (missing) return { ok: false, note: missing };

  const exporter = await import('../../src/core/export');
  const { exportRecords, codes } = context.sizes;
  const scan = await loadScanRecords(context, exportRecords);
  const codebook = makeBenchCodebook(codes);
  const coders = makeBenchCoders(1);
  const keys = scan.records.map((record) => record.key);
  const layers = makeBenchLayers(coders, keys, codebook, 11);
  const snapshot = makeBenchSnapshot({ ...scan, codebook, coders, layers });
  const source = { kind: 'coder', coderId: coders[0]!.id } as const;
  const table = exporter.buildWideTable(snapshot, source);
  const rows = [table.header, ...table.rows] as string[][];
  collectNow();

  const subject: number[] = [];
  const baseline: number[] = [];
  for (let run = 0; run < context.runs; run += 1) {
    const papa = () => timeOnce(() => Papa.unparse(rows));
    const ours = () =>
      timeOnce(() => exporter.exportWide(snapshot, { source }));
    if (run % 2 === 0) {
      baseline.push(papa());
      subject.push(ours());
    } else {
      subject.push(ours());
      baseline.push(papa());
    }
    context.log(`  export run ${run + 1}: ${describeRun(subject, baseline)}`);
  }

  return {
    ok: true,
    samples: {
      subject,
      baseline,
      note:
        `${exportRecords} records × (1 + 21 fields + ${codes} codes); ` +
        'ours builds the table too, the baseline only writes it',
    },
  };
}

function timeRecords(parsed: ParsedScan): number {
  return timeOnce(() =>
    buildRecords(parsed, {
      keyColumn: asColumnKey('record_id'),
      batchId: BENCH_BATCH_ID,
    }),
  );
}

/** The first `rows` generated records, imported as the app imports them. */
async function loadScanRecords(
  context: CoreContext,
  rows: number,
): Promise<{ columns: ParsedScan['columns']; records: ScanRecord[] }> {
  const path = await ensureScanFile(context.folder, rows);
  const parsed = parseScanText(await readScanText(path));
  const built = buildRecords(parsed, {
    keyColumn: asColumnKey('record_id'),
    batchId: BENCH_BATCH_ID,
  });
  if (!built.ok) throw new Error(built.error[0]?.message);

  return { columns: parsed.columns, records: built.value };
}

function missingModules(root: string, names: readonly string[]): string | null {
  const missing = names.filter(
    (name) => !existsSync(join(root, 'src/core', name, 'index.ts')),
  );
  return missing.length === 0
    ? null
    : `src/core/${missing.join(', src/core/')} not in this tree yet`;
}

function describeRun(subject: number[], baseline: number[]): string {
  const ours = subject.at(-1) ?? NaN;
  const base = baseline.at(-1) ?? NaN;
  return `${ours.toFixed(0)} ms vs ${base.toFixed(0)} ms (${(ours / base).toFixed(2)}×)`;
}
