import { useMemo } from 'react';
import {
  buildDisagreementLog,
  type DisagreementQueue,
  type ReportNames,
} from '../../../core/agreement';
import type { ConsensusDecision } from '../../../core/model/coding';
import { plural } from '../../../core/scan';

type NeedsWorkListProps = {
  readonly queue: DisagreementQueue;
  readonly decisions: readonly ConsensusDecision[];
  readonly nameCode: ReportNames['nameCode'];
};

/**
 * The disagreement log for codebook revision: per code, how many
 * disagreements and how they were decided, and every "codebook needs
 * work" rationale.
 */
export function NeedsWorkList({
  queue,
  decisions,
  nameCode,
}: NeedsWorkListProps) {
  const log = useMemo(
    () =>
      buildDisagreementLog(queue, decisions).filter(
        (entry) => entry.disagreements > 0,
      ),
    [queue, decisions],
  );
  if (log.length === 0) return null;

  return (
    <section aria-label="Disagreement log" className="disagreement-log">
      <h3>Disagreement log</h3>
      <ul>
        {log.map((entry) => {
          const needsWork = entry.decided.filter(
            (item) => item.decision.value === 'needs_work',
          );
          return (
            <li key={entry.codeId} data-code={entry.codeId}>
              <strong>{nameCode(entry.codeId)}</strong>: {entry.disagreements}{' '}
              {plural(entry.disagreements, 'disagreement', 'disagreements')} —{' '}
              {entry.decidedPresent} present, {entry.decidedAbsent} absent,{' '}
              {entry.needsWork} needs work, {entry.pending} pending
              {needsWork.length > 0 && (
                <ul>
                  {needsWork.map((item) => (
                    <li key={item.recordKey}>
                      {item.recordKey}: {item.decision.rationale}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
