import { writeCodedFile } from '../../../core/exchange';
import type { ProjectId } from '../../../core/model/ids';
import type { ProjectMeta } from '../../../core/model/project';
import type { ProjectSnapshot } from '../../../core/model/snapshot';
import type { ProjectRepository } from '../../../core/repository/types';
import { createLogger } from '../../../shared/logger';

const log = createLogger('export');

/** A project written out whole, ready for a backup or an exported copy. */
export type SerialisedProject = {
  readonly meta: ProjectMeta;
  /** A coded file (`*.podscan.json`) with every layer and the consensus. */
  readonly text: string;
};

export type SerialiseOptions = {
  /** Recorded in the file as who exported it. */
  readonly exportedBy: string;
  readonly now: () => Date;
};

/**
 * Reads the whole project in one transaction and writes it as a coded
 * file, the format every Podscan opens, with nothing left out: a backup
 * must hold every coder's layer, blind mode or not. The audit history and
 * which values were user edits are not part of that format; records carry
 * their edited values. Rejects when the writer refuses the project (a
 * file it could not read back), saying why.
 */
export async function serialiseProject(
  repository: ProjectRepository,
  projectId: ProjectId,
  options: SerialiseOptions,
): Promise<SerialisedProject> {
  const started = performance.now();
  const snapshot = withCodebookVersion(
    await repository.loadSnapshot(projectId),
  );
  const written = writeCodedFile(snapshot, {
    exportedAt: options.now().toISOString(),
    exportedBy: options.exportedBy,
  });
  if (!written.ok) {
    const first = written.error[0];
    log.warn('project not serialised', {
      project: projectId,
      problems: written.error.length,
      code: first?.code ?? '',
    });
    throw new Error(
      `Podscan could not write “${snapshot.meta.name}” as a coded file ` +
        `(${first?.message ?? 'unknown problem'}). Nothing was changed; ` +
        'copy the diagnostics from the Help menu and report this.',
    );
  }
  const text = written.value;

  log.info('project serialised', {
    project: projectId,
    records: snapshot.records.length,
    chars: text.length,
    ms: Math.round(performance.now() - started),
  });
  return { meta: snapshot.meta, text };
}

/**
 * Coded files number codebooks from 1, while a project that has no
 * codebook yet holds an empty one at version 0: such a project (and any
 * status or memo saved before its codebook) is written at version 1.
 * `restoreProject` turns an empty, historyless codebook back into none.
 */
export function withCodebookVersion(
  snapshot: ProjectSnapshot,
): ProjectSnapshot {
  if (snapshot.codebook.version >= 1) return snapshot;

  return {
    ...snapshot,
    codebook: { ...snapshot.codebook, version: 1 },
    layers: snapshot.layers.map((coding) => ({
      ...coding,
      codebookVersion: Math.max(1, coding.codebookVersion),
    })),
  };
}

/** A file name for the project's coded file, e.g. `Tulsa pilot.podscan.json`. */
export function codedFileName(projectName: string): string {
  const safe = projectName
    // eslint-disable-next-line no-control-regex -- control characters go
    .replace(/[\u0000-\u001f<>:"/\\|?*]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^\.+/u, '')
    .slice(0, 120)
    .trim();

  return `${safe === '' ? 'project' : safe}.podscan.json`;
}
