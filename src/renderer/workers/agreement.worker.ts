/// <reference lib="webworker" />
import {
  buildDisagreementQueue,
  computeReliability,
  listDoneRecords,
} from '../../core/agreement';
import { resolveCodeId } from '../../core/codebook';
import type { RecordCoding } from '../../core/model/coding';
import {
  asCodeId,
  asCoderId,
  asProjectId,
  asRecordKey,
} from '../../core/model/ids';
import type { ProjectRepository } from '../../core/repository/types';
import { openPersistence } from '../persistence';
import type {
  AgreementRequest,
  AgreementResponse,
  LayerSummary,
} from './agreement-protocol';

declare const self: DedicatedWorkerGlobalScope;

type State = {
  repository: ProjectRepository | null;
  codings: RecordCoding[];
};

const state: State = { repository: null, codings: [] };

/** Progress messages at most this often, so posting never dominates. */
const PROGRESS_INTERVAL_MS = 100;

self.onmessage = (event: MessageEvent<AgreementRequest>) => {
  handle(event.data)
    .then(post)
    .catch((error: unknown) =>
      post({
        type: 'failed',
        message: error instanceof Error ? error.message : String(error),
      }),
    );
};

function post(response: AgreementResponse): void {
  self.postMessage(response);
}

async function handle(request: AgreementRequest): Promise<AgreementResponse> {
  if (request.type === 'load') return load(request.projectId);

  return compute(request);
}

async function load(projectId: string): Promise<AgreementResponse> {
  post({ type: 'progress', stage: 'Reading coding layers', fraction: null });
  state.repository ??= (await openPersistence()).repository;
  const id = asProjectId(projectId);
  const [layers, codebook] = await Promise.all([
    state.repository.loadLayers(id),
    state.repository.loadCodebook(id),
  ]);
  const { aliases } = codebook;
  const hasAliases = Object.keys(aliases).length > 0;
  // Codings made before two codes were merged count for the merged code.
  state.codings = hasAliases
    ? layers.map((coding) => ({
        ...coding,
        codes: coding.codes.map((code) => resolveCodeId(code, aliases)),
      }))
    : layers;
  return { type: 'loaded', summary: summarise(state.codings) };
}

function compute(
  request: Extract<AgreementRequest, { type: 'compute' }>,
): AgreementResponse {
  const input = {
    coders: request.coderIds.map(asCoderId),
    records: request.recordKeys.map(asRecordKey),
    codes: request.codeIds.map(asCodeId),
    codings: state.codings,
  };
  let last = 0;
  const report = computeReliability({
    ...input,
    bootstrap: request.bootstrap,
    onProgress: (fraction) => {
      const now = Date.now();
      if (now - last < PROGRESS_INTERVAL_MS && fraction < 1) return;

      last = now;
      post({ type: 'progress', stage: 'Computing agreement', fraction });
    },
  });
  if (!request.withQueue) return { type: 'computed', report, queue: null };

  post({ type: 'progress', stage: 'Listing disagreements', fraction: null });
  const queue = buildDisagreementQueue({
    ...input,
    records: listDoneRecords(input),
  });
  return { type: 'computed', report, queue };
}

function summarise(codings: readonly RecordCoding[]): LayerSummary {
  const doneByCoder: Record<string, number> = {};
  for (const coding of codings) {
    if (coding.status !== 'done') continue;

    doneByCoder[coding.coderId] = (doneByCoder[coding.coderId] ?? 0) + 1;
  }
  return { doneByCoder };
}
