import type {
  ImportRequest,
  ImportResponse,
} from '../../workers/import-protocol';
import {
  createWorkerSession,
  type WorkerSession,
} from '../../workers/worker-session';

type FinalResponse = Exclude<ImportResponse, { type: 'progress' }>;

/**
 * One import worker for one wizard: it keeps the parsed file between the
 * preview and the commit.
 */
export type ImportSession = WorkerSession<ImportRequest, FinalResponse>;

export function createImportSession(): ImportSession {
  return createWorkerSession<ImportRequest, ImportResponse>({
    start: () =>
      new Worker(new URL('../../workers/import.worker.ts', import.meta.url), {
        type: 'module',
        name: 'podscan-import',
      }),
    label: 'import',
    cancelMessage: 'Cancelled; nothing was changed.',
    transfer: (request) =>
      request.type === 'parse' ? [request.bytes.buffer as ArrayBuffer] : [],
  });
}
