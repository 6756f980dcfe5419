import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Codebook } from '../../../core/codebook';
import { claimProjectLead, isProjectLead } from '../../../core/coding';
import { createSettingsEvent } from '../../../core/coding';
import type { Coder } from '../../../core/model/coding';
import type { ProjectMeta } from '../../../core/model/project';
import { describeError, useServices } from '../../app/services';
import type { ProjectSession } from './project-context';

type Loaded = {
  readonly meta: ProjectMeta;
  readonly codebook: Codebook;
  readonly coders: readonly Coder[];
};

/**
 * Opens a project for the local coder: adds them to its coders, makes them
 * lead of a project that has none yet, and loads codebook and coders.
 */
export function useOpenProject(initial: ProjectMeta): ProjectSession | null {
  const { repository, coder, notify } = useServices();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const id = initial.id;

  const refreshMeta = useCallback(async () => {
    const meta = await repository.getProject(id);
    if (meta) setLoaded((current) => current && { ...current, meta });
  }, [repository, id]);

  const refreshCodebook = useCallback(async () => {
    const codebook = await repository.loadCodebook(id);
    setLoaded((current) => current && { ...current, codebook });
  }, [repository, id]);

  const refreshCoders = useCallback(async () => {
    const coders = await repository.listCoders(id);
    setLoaded((current) => current && { ...current, coders });
  }, [repository, id]);

  useEffect(() => {
    let isCurrent = true;
    const open = async () => {
      const info = { at: new Date().toISOString(), actor: coder.name };
      await repository.saveCoder(id, coder, info);
      const meta = (await repository.getProject(id)) ?? initial;
      const claimed = claimProjectLead(meta.settings, coder.id);
      if (claimed) {
        await repository.updateProject(
          id,
          { settings: claimed },
          createSettingsEvent(meta.settings, claimed, info),
        );
      }
      const [fresh, codebook, coders] = await Promise.all([
        repository.getProject(id),
        repository.loadCodebook(id),
        repository.listCoders(id),
      ]);
      if (isCurrent) setLoaded({ meta: fresh ?? meta, codebook, coders });
    };
    open().catch((error: unknown) =>
      notify(
        'error',
        `The project could not be opened: ${describeError(error)}`,
      ),
    );
    return () => {
      isCurrent = false;
    };
    // Opening happens once per project and coder.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [repository, id, coder, notify]);

  // One object per change, so views that read the session draw again
  // only when it changed.
  return useMemo(
    () =>
      loaded && {
        ...loaded,
        isLead: isProjectLead(loaded.meta.settings, coder.id),
        refreshMeta,
        refreshCodebook,
        refreshCoders,
      },
    [loaded, coder.id, refreshMeta, refreshCodebook, refreshCoders],
  );
}
