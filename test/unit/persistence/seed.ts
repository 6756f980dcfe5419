import type { ProjectMeta } from '../../../src/core/model/project';
import type { ScanRecord } from '../../../src/core/model/scan';
import type {
  ProgressFn,
  ProjectRepository,
} from '../../../src/core/repository/types';
import { buildMeta, buildRecords, importEvent } from './fixtures';

export type Seeded = {
  readonly meta: ProjectMeta;
  readonly records: ScanRecord[];
};

/** Creates project `id` with `count` generated records (or `records`). */
export async function seedProject(
  repository: ProjectRepository,
  id: string,
  options: {
    readonly count?: number;
    readonly records?: ScanRecord[];
    readonly meta?: Partial<ProjectMeta>;
    readonly onProgress?: ProgressFn;
  } = {},
): Promise<Seeded> {
  const records = options.records ?? buildRecords(options.count ?? 3);
  const meta = buildMeta(id, {
    recordCount: records.length,
    ...options.meta,
  });
  await repository.createProject(
    meta,
    records,
    importEvent(records.length),
    options.onProgress,
  );
  return { meta, records };
}

/** The errors an error was built from: its `cause` and `inner` chain. */
export function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let next: unknown = error;
  while (typeof next === 'object' && next !== null && chain.length < 6) {
    const { cause, inner } = next as { cause?: unknown; inner?: unknown };
    next = cause ?? inner;
    if (next !== undefined && next !== null) chain.push(next);
  }
  return chain;
}
