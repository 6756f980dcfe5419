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
      /**
       * While the rest of the records are still being read: the fraction
       * read so far, and `rows` holds only the first ones. Null once
       * `rows` holds every record.
       */
      readonly loading: number | null;
    };

/**
 * Loads a project's metadata and records; `reloadToken` forces a reload.
 * The first records are shown as soon as they are read (a large project
 * takes seconds to read whole); `rows` then changes once more, to every
 * record, keeping the first rows' objects so edits made meanwhile stay.
 */
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
      const rows: GridRow[] = [];
      let firstRows: readonly GridRow[] | null = null;
      const show = (fraction: number) => {
        if (!isCurrent) return;
        setData(
          firstRows
            ? { status: 'ready', meta, rows: firstRows, loading: fraction }
            : { status: 'loading', fraction },
        );
      };
      await repository.loadRecords(id, show, (batch) => {
        for (const row of toGridRows(batch)) rows.push(row);
        firstRows ??= rows.slice();
      });
      return { status: 'ready', meta, rows, loading: null };
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
