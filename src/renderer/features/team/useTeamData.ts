import { useCallback, useEffect, useState } from 'react';
import type {
  RecordCoding,
  ReliabilitySample,
} from '../../../core/model/coding';
import type { ProjectId } from '../../../core/model/ids';
import { describeError, useServices } from '../../app/services';

export type TeamData = {
  /** Null while loading. */
  readonly samples: readonly ReliabilitySample[] | null;
  readonly codings: readonly RecordCoding[];
  readonly reload: () => void;
};

/** The project's reliability samples and every layer, for progress. */
export function useTeamData(projectId: ProjectId): TeamData {
  const { repository, notify } = useServices();
  const [samples, setSamples] = useState<readonly ReliabilitySample[] | null>(
    null,
  );
  const [codings, setCodings] = useState<readonly RecordCoding[]>([]);
  const [token, setToken] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    Promise.all([
      repository.listSamples(projectId),
      repository.loadLayers(projectId),
    ])
      .then(([nextSamples, nextCodings]) => {
        if (!isCurrent) return;

        setSamples(nextSamples);
        setCodings(nextCodings);
      })
      .catch((error: unknown) =>
        notify('error', `Samples could not be read: ${describeError(error)}`),
      );
    return () => {
      isCurrent = false;
    };
  }, [repository, notify, projectId, token]);

  const reload = useCallback(() => setToken((value) => value + 1), []);
  return { samples, codings, reload };
}
