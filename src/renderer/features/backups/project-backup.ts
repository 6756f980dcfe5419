import { writeCodedFile } from '../../../core/exchange';
import type { ProjectId } from '../../../core/model/ids';
import { fail, ok, type Result } from '../../../core/model/problem';
import type { ProjectMeta } from '../../../core/model/project';
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
 * their edited values.
 */
export async function serialiseProject(
  repository: ProjectRepository,
  projectId: ProjectId,
  options: SerialiseOptions,
): Promise<Result<SerialisedProject, string>> {
  const started = performance.now();
  const snapshot = await repository.loadSnapshot(projectId);
  const written = writeCodedFile(snapshot, {
    exportedAt: options.now().toISOString(),
    exportedBy: options.exportedBy,
  });
  if (!written.ok) {
    log.warn('project not serialised', {
      project: projectId,
      problems: written.error.length,
      code: written.error[0]?.code ?? '',
    });
    const first = written.error[0]?.message ?? 'unknown problem';
    return fail(
      `Podscan could not write “${snapshot.meta.name}” as a coded file ` +
        `(${first}). Nothing was changed; report this with the diagnostics.`,
    );
  }

  log.info('project serialised', {
    project: projectId,
    records: snapshot.records.length,
    chars: written.value.length,
    ms: Math.round(performance.now() - started),
  });
  return ok({ meta: snapshot.meta, text: written.value });
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
