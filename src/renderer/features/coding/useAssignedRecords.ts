import { useEffect, useMemo, useState } from 'react';
import { listAssignedRecords } from '../../../core/coding';
import type { ReliabilitySample } from '../../../core/model/coding';
import type { CoderId, RecordKey } from '../../../core/model/ids';
import { asProjectId } from '../../../core/model/ids';
import { describeError, useServices } from '../../app/services';

export type Assignments = {
  readonly samples: readonly ReliabilitySample[];
  /** Records of every sample the coder is assigned to. */
  readonly assigned: ReadonlySet<RecordKey>;
};

/**
 * The reliability samples and the coder's "assigned to me" records, read
 * again whenever the view becomes active: a lead may have drawn a sample
 * in another view meanwhile.
 */
export function useAssignedRecords(
  projectId: string,
  coderId: CoderId,
  isActive: boolean,
): Assignments {
  const { repository, notify } = useServices();
  const [samples, setSamples] = useState<readonly ReliabilitySample[]>([]);

  useEffect(() => {
    if (!isActive) return;

    let isCurrent = true;
    repository
      .listSamples(asProjectId(projectId))
      .then((found) => {
        if (isCurrent) setSamples(found);
      })
      .catch((error: unknown) =>
        notify(
          'error',
          `Reliability samples could not be read: ${describeError(error)}`,
        ),
      );
    return () => {
      isCurrent = false;
    };
  }, [repository, notify, projectId, isActive]);

  const assigned = useMemo(
    () => new Set(listAssignedRecords(samples, coderId)),
    [samples, coderId],
  );
  return { samples, assigned };
}
