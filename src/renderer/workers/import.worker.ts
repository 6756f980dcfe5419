/// <reference lib="webworker" />
import {
  buildImportTable,
  buildRecordKeys,
  buildRecords,
  buildReimportCommit,
  createImportBatch,
  diffReimport,
  parseScan,
  type ParsedScan,
  type ReimportPlan,
  type ScanEncoding,
} from '../../core/scan';
import {
  asCoderId,
  asColumnKey,
  asProjectId,
  type ProjectId,
} from '../../core/model/ids';
import { parseCodebookJson } from '../../core/codebook';
import { createProjectSettings } from '../../core/coding';
import { isWorkbookFile } from '../../core/exchange/xlsx-scan';
import starterCodebook from '../../../resources/codebooks/starter.codebook.json?raw';
import type { Problem } from '../../core/model/problem';
import type { ProjectRepository } from '../../core/repository/types';
import { openPersistence, type DexieRepository } from '../persistence';
import {
  type ImportRequest,
  type ImportResponse,
  type ReimportSummary,
  type ScanPreview,
} from './import-protocol';
import { describeScanPreview, limitProblems } from './scan-preview';

const KEY_LIST_LIMIT = 200;

declare const self: DedicatedWorkerGlobalScope;

type State = {
  parsed: ParsedScan | null;
  fileName: string;
  plan: ReimportPlan | null;
  /** Batch the planned re-import's records were built under. */
  planBatchId: string;
  repository: DexieRepository | null;
};

const state: State = {
  parsed: null,
  fileName: '',
  plan: null,
  planBatchId: '',
  repository: null,
};

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  handle(event.data)
    .then(post)
    .catch((error: unknown) =>
      post({
        type: 'failed',
        message: error instanceof Error ? error.message : String(error),
      }),
    );
};

function post(response: ImportResponse): void {
  self.postMessage(response);
}

function progress(stage: string): (fraction: number) => void {
  let last = -1;
  return (fraction) => {
    // Posting every tick would flood the window: one message per percent.
    const percent = Math.floor(fraction * 100);
    if (percent === last) return;
    last = percent;
    post({ type: 'progress', stage, fraction });
  };
}

async function handle(request: ImportRequest): Promise<ImportResponse> {
  switch (request.type) {
    case 'parse':
      return isWorkbookFile(request.fileName, request.bytes)
        ? parseWorkbook(request)
        : parse(request);
    case 'check-key':
      return checkKey(request);
    case 'commit-new':
      return commitNew(request);
    case 'plan-reimport':
      return planReimport(request);
    case 'commit-reimport':
      return commitReimport(request);
  }
}

function parse(
  request: Extract<ImportRequest, { type: 'parse' }>,
): ImportResponse {
  const parsed = parseScan(request.bytes, {
    ...(request.encoding ? { encoding: request.encoding as ScanEncoding } : {}),
    ...(request.delimiter ? { delimiter: request.delimiter } : {}),
    onProgress: progress('Reading file'),
  });
  return {
    type: 'parsed',
    preview: keepParsed(request.fileName, parsed, null),
  };
}

/**
 * An .xlsx workbook: one sheet read as the CSV import reads a file (cells
 * as Excel shows them), then the same preview, keys and problems.
 */
async function parseWorkbook(
  request: Extract<ImportRequest, { type: 'parse' }>,
): Promise<ImportResponse> {
  post({ type: 'progress', stage: 'Reading workbook', fraction: null });
  // exceljs is large; load it only when a workbook is imported.
  const { readXlsxScan } = await import('../../shared/xlsx/read-scan');
  const read = await readXlsxScan(request.bytes, {
    ...(request.sheet === null ? {} : { sheet: request.sheet }),
  });
  if (!read.ok) {
    return { type: 'failed', message: `${request.fileName}: ${read.message}` };
  }
  const workbook = { sheets: read.sheets, sheet: read.sheet };
  return {
    type: 'parsed',
    preview: keepParsed(request.fileName, read.scan, workbook),
  };
}

/** Keeps the parsed file for the commit and describes it for the preview. */
function keepParsed(
  fileName: string,
  parsed: ParsedScan,
  workbook: ScanPreview['workbook'],
): ScanPreview {
  state.parsed = parsed;
  state.fileName = fileName;
  state.plan = null;
  return describeScanPreview(fileName, parsed, workbook);
}

/**
 * The problems an import with this key column would stop at, found as
 * soon as the column is chosen; the keys themselves are thrown away.
 */
function checkKey(
  request: Extract<ImportRequest, { type: 'check-key' }>,
): ImportResponse {
  const keys = buildRecordKeys(requireParsed(), {
    keyColumn: asColumnKey(request.keyColumn),
  });
  return keyProblems(keys.ok ? [] : keys.error);
}

async function commitNew(
  request: Extract<ImportRequest, { type: 'commit-new' }>,
): Promise<ImportResponse> {
  const parsed = requireParsed();
  const batch = createImportBatch(parsed, {
    id: crypto.randomUUID(),
    kind: 'import',
    fileName: state.fileName,
    importedAt: new Date().toISOString(),
    importedBy: request.userName,
    keyColumn:
      request.keyColumn === null ? null : asColumnKey(request.keyColumn),
  });
  // The rows go to storage as they are, without a record object per row.
  const table = buildImportTable(parsed, {
    id: asProjectId(crypto.randomUUID()),
    name: request.projectName,
    batch,
    onProgress: progress('Preparing records'),
  });
  if (!table.ok) return keyProblems(table.error);

  const repository = await openRepository();
  const meta = {
    ...table.value.meta,
    settings: createProjectSettings(asCoderId(request.coderId)),
  };
  await repository.createProjectFromTable(
    { ...table.value, meta },
    progress('Saving'),
  );
  if (request.useStarterCodebook) {
    await saveStarterCodebook(repository, meta.id, request.userName);
  }
  return { type: 'committed', projectId: meta.id };
}

async function planReimport(
  request: Extract<ImportRequest, { type: 'plan-reimport' }>,
): Promise<ImportResponse> {
  const parsed = requireParsed();
  const blocking = parsed.problems.filter((p) => p.severity === 'error');
  if (blocking.length > 0) return keyProblems(blocking);

  const batchId = crypto.randomUUID();
  const incoming = buildRecords(parsed, {
    keyColumn:
      request.keyColumn === null ? null : asColumnKey(request.keyColumn),
    batchId,
  });
  if (!incoming.ok) return keyProblems(incoming.error);

  const repository = await openRepository();
  const id = asProjectId(request.projectId);
  const meta = await repository.getProject(id);
  if (!meta) throw new Error('The project no longer exists.');

  post({
    type: 'progress',
    stage: 'Comparing with the project',
    fraction: null,
  });
  const plan = diffReimport({
    columns: meta.columns,
    current: await repository.loadRecords(id),
    editedBase: await repository.loadEditedBase(id),
    incoming: { columns: parsed.columns, records: incoming.value },
  });
  state.plan = plan;
  state.planBatchId = batchId;
  return { type: 'planned', summary: summarise(plan) };
}

async function commitReimport(
  request: Extract<ImportRequest, { type: 'commit-reimport' }>,
): Promise<ImportResponse> {
  const parsed = requireParsed();
  const plan = state.plan;
  if (!plan) throw new Error('Compare the file with the project first.');

  const repository = await openRepository();
  const id = asProjectId(request.projectId);
  const meta = await repository.getProject(id);
  if (!meta) throw new Error('The project no longer exists.');

  const batch = createImportBatch(parsed, {
    id: state.planBatchId,
    kind: 'reimport',
    fileName: state.fileName,
    importedAt: new Date().toISOString(),
    importedBy: request.userName,
    keyColumn: meta.keyColumn,
  });
  const commit = buildReimportCommit(plan, request.resolution, { meta, batch });
  await repository.applyReimport(id, commit, progress('Saving'));
  return { type: 'committed', projectId: id };
}

async function saveStarterCodebook(
  repository: ProjectRepository,
  id: ProjectId,
  actor: string,
): Promise<void> {
  const starter = parseCodebookJson(starterCodebook);
  if (!starter.ok) throw new Error('The starter codebook is damaged.');

  const codebook = starter.value.codebook;
  const at = new Date().toISOString();
  await repository.saveCodebook(id, codebook, {
    baseVersion: 0,
    event: {
      at,
      actor,
      recordKey: null,
      detail: {
        kind: 'codebook',
        fromVersion: 0,
        toVersion: codebook.version,
        remappedCodings: 0,
      },
    },
  });
}

function requireParsed(): ParsedScan {
  if (!state.parsed) throw new Error('No file has been read yet.');
  return state.parsed;
}

async function openRepository(): Promise<DexieRepository> {
  state.repository ??= (await openPersistence()).repository;
  return state.repository;
}

function keyProblems(problems: readonly Problem[]): ImportResponse {
  return { type: 'key-problems', ...limitProblems(problems) };
}

function summarise(plan: ReimportPlan): ReimportSummary {
  return {
    added: plan.added.length,
    changed: plan.changed.length,
    unchanged: plan.unchanged,
    missing: plan.missing.length,
    addedKeys: plan.added.slice(0, KEY_LIST_LIMIT),
    changedKeys: plan.changed.slice(0, KEY_LIST_LIMIT).map((c) => c.recordKey),
    missingKeys: plan.missing.slice(0, KEY_LIST_LIMIT),
    newColumns: plan.newColumns.map((c) => c.label || c.key),
    absentColumns: plan.absentColumns.map((c) => c.label || c.key),
    conflicts: plan.conflicts,
  };
}
