import { useEffect, useState } from 'react';
import type { ProjectMeta } from '../../../core/model/project';
import { asProjectId } from '../../../core/model/ids';
import { toGridRows, type GridRow } from '../grid/grid-row';
import { describeError, useServices } from '../../app/services';

export type ProjectData =
  | { readonly status: 'loading'; readonly fraction: number | null }
  | { readonly status: 'failed'; readonly message: string }
  | {
      readonly status: 'ready';
      readonly meta: ProjectMeta;
      readonly rows: readonly GridRow[];
    };

/** Loads a project's metadata and records; `reloadToken` forces a reload. */
export function useProjectData(projectId: string, reloadToken: number) {
  const { repository } = useServices();
  const [data, setData] = useState<ProjectData>({
    status: 'loading',
    fraction: null,
  });

  useEffect(() => {
    let isCurrent = true;
    const id = asProjectId(projectId);
    setData({ status: 'loading', fraction: null });

    const load = async (): Promise<ProjectData> => {
      const meta = await repository.getProject(id);
      if (!meta) {
        return {
          status: 'failed',
          message:
            'This project no longer exists; it may have been deleted in another window.',
        };
      }
      const records = await repository.loadRecords(id, (fraction) => {
        if (isCurrent) setData({ status: 'loading', fraction });
      });
      return { status: 'ready', meta, rows: toGridRows(records) };
    };

    load()
      .then((loaded) => {
        if (isCurrent) setData(loaded);
      })
      .catch((error: unknown) => {
        if (isCurrent) {
          setData({
            status: 'failed',
            message: `The project could not be opened: ${describeError(error)}`,
          });
        }
      });
    return () => {
      isCurrent = false;
    };
  }, [repository, projectId, reloadToken]);

  return [data, setData] as const;
}
