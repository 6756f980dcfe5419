import type { Codebook } from '../../../core/codebook/types';
import { readCodedFile } from '../../../core/exchange';
import type { NewAuditEvent } from '../../../core/model/audit';
import type { ProjectId } from '../../../core/model/ids';
import { fail, ok, type Result } from '../../../core/model/problem';
import type { ProjectMeta } from '../../../core/model/project';
import { createEmptyCodebook } from '../../../core/repository/coding-store';
import type { ProjectRepository } from '../../../core/repository/types';
import { createLogger } from '../../../shared/logger';

const log = createLogger('persistence');

export type RestoreOptions = {
  /** The new project's id: a restore never replaces a project. */
  readonly newId: ProjectId;
  readonly actor: string;
  readonly now: () => Date;
  /** When the backup was taken, for the project's name and history. */
  readonly takenAt: string;
};

/**
 * Creates a new project from a backup (a coded file): records, codebook,
 * coders, layers and consensus. The records go in first under a name that
 * says the restore is incomplete; the rest and the final name follow in a
 * second transaction, so an interrupted restore is plain to see and the
 * backup can simply be restored again. Existing projects are not touched.
 */
export async function restoreProject(
  repository: ProjectRepository,
  text: string,
  options: RestoreOptions,
): Promise<Result<ProjectMeta, string>> {
  const read = readCodedFile(text);
  if (!read.ok) {
    const first = read.error[0];
    log.warn('backup refused', { code: first?.code ?? '' });
    return fail(
      `This backup cannot be restored: ${first?.message ?? 'it is damaged'} ` +
        'Pick an earlier backup.',
    );
  }

  const { snapshot } = read.value;
  const at = options.now().toISOString();
  const meta: ProjectMeta = {
    ...snapshot.meta,
    id: options.newId,
    name: `${snapshot.meta.name} (restored from ${describeTime(options.takenAt)})`,
    createdAt: at,
    updatedAt: at,
    recordCount: snapshot.records.length,
  };
  await repository.createProject(
    { ...meta, name: `${meta.name} – restore incomplete` },
    snapshot.records,
    restoreEvent(at, options.actor, 'records', snapshot.records.length),
  );
  await repository.replaceSnapshotParts(
    meta.id,
    {
      meta,
      codebook: isUnused(snapshot.codebook)
        ? createEmptyCodebook()
        : snapshot.codebook,
      coders: snapshot.coders,
      layers: snapshot.layers,
      consensus: snapshot.consensus,
    },
    restoreEvent(at, options.actor, 'codings', snapshot.layers.length),
  );
  log.info('backup restored', {
    project: meta.id,
    records: snapshot.records.length,
    codings: snapshot.layers.length,
  });
  return ok(meta);
}

// See withCodebookVersion: the project had no codebook when backed up.
function isUnused(codebook: Codebook): boolean {
  return codebook.codes.length === 0 && codebook.history.length === 0;
}

function restoreEvent(
  at: string,
  actor: string,
  part: 'records' | 'codings',
  count: number,
): NewAuditEvent {
  return {
    at,
    actor,
    recordKey: null,
    detail: {
      kind: 'other',
      action: 'restore',
      summary: `Restored ${count.toLocaleString('en')} ${part} from a backup`,
    },
  };
}

/** `2025-03-01T09:00:00.000Z` → `2025-03-01 09:00 UTC`: unambiguous. */
function describeTime(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}
