/// <reference lib="webworker" />
import {
  writeMergeLogCsv,
  writeMergeLogJson,
  type MergeSource,
} from '../../core/merge';
import { asProjectId } from '../../core/model/ids';
import type { ProjectRepository } from '../../core/repository/types';
import {
  applyStoredMerge,
  dryRunMergeLog,
  previewStoredMerge,
  readMergeFiles,
  toSources,
  undoStoredMerge,
} from '../features/exchange/merge-tasks';
import { renderExport } from '../features/exchange/render-export';
import { openPersistence } from '../persistence';
import type { ExchangeRequest, ExchangeResponse } from './exchange-protocol';

declare const self: DedicatedWorkerGlobalScope;

type State = {
  repository: ProjectRepository | null;
  /** The files of the planned merge, kept until the next plan. */
  sources: readonly MergeSource[];
};

const state: State = { repository: null, sources: [] };

/** Progress messages at most this often, so posting never dominates. */
const PROGRESS_INTERVAL_MS = 100;

self.onmessage = (event: MessageEvent<ExchangeRequest>) => {
  handle(event.data)
    .then(post)
    .catch((error: unknown) =>
      post({
        type: 'failed',
        message: error instanceof Error ? error.message : String(error),
      }),
    );
};

function post(response: ExchangeResponse): void {
  const transfer =
    response.type === 'exported' || response.type === 'written'
      ? [response.bytes.buffer as ArrayBuffer]
      : [];
  self.postMessage(response, transfer);
}

function stage(name: string): void {
  post({ type: 'progress', stage: name, fraction: null });
}

function progress(name: string): (fraction: number) => void {
  let last = 0;
  return (fraction) => {
    const now = Date.now();
    if (now - last < PROGRESS_INTERVAL_MS && fraction < 1) return;

    last = now;
    post({ type: 'progress', stage: name, fraction });
  };
}

async function handle(request: ExchangeRequest): Promise<ExchangeResponse> {
  switch (request.type) {
    case 'export':
      return exportProject(request);
    case 'plan-merge':
      return planMerge(request);
    case 'apply-merge':
      return applyMerge(request);
    case 'dry-run-log':
      return dryRunLog(request);
    case 'write-log':
      return writeLog(request);
    case 'undo-merge':
      return undoMerge(request);
  }
}

async function exportProject(
  request: Extract<ExchangeRequest, { type: 'export' }>,
): Promise<ExchangeResponse> {
  const repository = await open();
  const snapshot = await repository.loadSnapshot(
    asProjectId(request.projectId),
    progress('Reading the project'),
  );
  stage('Writing the file');
  const rendered = await renderExport(snapshot, request);
  return rendered.ok
    ? { type: 'exported', bytes: rendered.bytes, warnings: rendered.warnings }
    : { type: 'export-refused', problems: rendered.problems };
}

async function planMerge(
  request: Extract<ExchangeRequest, { type: 'plan-merge' }>,
): Promise<ExchangeResponse> {
  state.sources = [];
  stage('Checking the files');
  const read = readMergeFiles(request.files);
  if (!read.ok) return { type: 'refused', files: read.refused };

  const preview = await previewStoredMerge(
    await open(),
    request.projectId,
    read.reads,
    progress('Reading the project'),
  );
  state.sources = toSources(read.reads);
  return { type: 'planned', preview };
}

async function applyMerge(
  request: Extract<ExchangeRequest, { type: 'apply-merge' }>,
): Promise<ExchangeResponse> {
  const sources = requireSources();
  const outcome = await applyStoredMerge(
    await open(),
    request.projectId,
    sources,
    request.resolutions,
    {
      actor: request.actor,
      clock: () => new Date().toISOString(),
      onProgress: progress('Reading the project'),
    },
  );
  if (outcome.kind === 'unresolved') {
    return {
      type: 'unresolved',
      count: outcome.count,
      messages: outcome.messages,
    };
  }
  return {
    type: 'merged',
    seq: outcome.seq,
    sources: sources.map((source) => source.name),
    log: outcome.log,
  };
}

async function dryRunLog(
  request: Extract<ExchangeRequest, { type: 'dry-run-log' }>,
): Promise<ExchangeResponse> {
  stage('Preparing the merge report');
  const outcome = await dryRunMergeLog(
    await open(),
    request.projectId,
    requireSources(),
    request.resolutions,
    { actor: request.actor, clock: () => new Date().toISOString() },
  );
  return outcome.kind === 'log'
    ? { type: 'log', log: outcome.log }
    : { type: 'unresolved', count: outcome.count, messages: outcome.messages };
}

function writeLog(
  request: Extract<ExchangeRequest, { type: 'write-log' }>,
): Promise<ExchangeResponse> {
  const text =
    request.format === 'json'
      ? writeMergeLogJson(request.log)
      : writeMergeLogCsv(request.log, request.csv).text;
  return Promise.resolve({
    type: 'written',
    bytes: new TextEncoder().encode(text),
  });
}

async function undoMerge(
  request: Extract<ExchangeRequest, { type: 'undo-merge' }>,
): Promise<ExchangeResponse> {
  stage('Undoing the merge');
  await undoStoredMerge(await open(), request.projectId, request.seq, {
    at: new Date().toISOString(),
    actor: request.actor,
  });
  return { type: 'reverted', seq: request.seq };
}

function requireSources(): readonly MergeSource[] {
  if (state.sources.length === 0) {
    throw new Error('Pick the coded files to merge first.');
  }
  return state.sources;
}

async function open(): Promise<ProjectRepository> {
  state.repository ??= (await openPersistence()).repository;
  return state.repository;
}
