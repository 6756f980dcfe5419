import type { ProjectSnapshot } from '../../../../../src/core/model/snapshot';
import type { ProjectRepository } from '../../../../../src/core/repository/types';
import { T0, T1 } from '../../../core/exchange/snapshot-builder';

/** Stores `snapshot` as a project, as an import and a merge would. */
export async function storeSnapshot(
  repository: ProjectRepository,
  snapshot: ProjectSnapshot,
): Promise<ProjectSnapshot> {
  const event = {
    at: T0,
    actor: 'Lead',
    recordKey: null,
    detail: { kind: 'other', action: 'seed', summary: 'seed' },
  } as const;
  await repository.createProject(snapshot.meta, snapshot.records, event);
  await repository.replaceSnapshotParts(
    snapshot.meta.id,
    {
      codebook: snapshot.codebook,
      coders: snapshot.coders,
      layers: snapshot.layers,
      consensus: snapshot.consensus,
    },
    { ...event, at: T1 },
  );
  return repository.loadSnapshot(snapshot.meta.id);
}
