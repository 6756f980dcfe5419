import { useMemo } from 'react';
import {
  compareWithConsensus,
  type CodeComparison,
  type DisagreementQueue,
  type ReliabilityReport,
  type ReportNames,
} from '../../../core/agreement';
import type { ConsensusDecision } from '../../../core/model/coding';
import { describeStatisticText, formatShare } from '../agreement/format';

type BeforeAfterProps = {
  readonly queue: DisagreementQueue;
  readonly report: ReliabilityReport;
  readonly decisions: readonly ConsensusDecision[];
  readonly nameCode: ReportNames['nameCode'];
  readonly nameCoder: ReportNames['nameCoder'];
};

/**
 * Agreement before adjudication (among the coders) and after (each coder
 * against the adjudicated reference), with the counts behind both.
 */
export function BeforeAfter(props: BeforeAfterProps) {
  const { queue, report } = props;
  // Recomputed only when a decision changes, not on every keystroke.
  const comparison = useMemo(
    () => compareWithConsensus(queue, props.decisions),
    [queue, props.decisions],
  );
  const alphaOf = (codeId: string | null) => {
    if (codeId === null) return report.pooled?.alphaOverUnits;
    return report.codes.find((code) => code.codeId === codeId)?.agreement.report
      .statistics.krippendorff_alpha;
  };
  const row = (entry: CodeComparison, label: string) => {
    const alpha = alphaOf(entry.codeId);
    return (
      <tr key={entry.codeId ?? 'overall'} data-code={entry.codeId ?? 'overall'}>
        <th scope="row">{label}</th>
        <td className="num">{entry.units}</td>
        <td className="num">{entry.disagreements}</td>
        <td>{alpha ? describeStatisticText(alpha) : '—'}</td>
        <td className="num">{entry.decidedPresent}</td>
        <td className="num">{entry.decidedAbsent}</td>
        <td className="num">{entry.needsWork}</td>
        <td className="num">{entry.pending}</td>
        <td>
          <ul className="versus-reference">
            {entry.coders.map((coder) => (
              <li key={coder.coderId}>
                {props.nameCoder(coder.coderId)}: kappa{' '}
                {describeStatisticText(coder.kappa)}, agreement{' '}
                {formatShare(coder.percentAgreement)} (n = {coder.units})
              </li>
            ))}
          </ul>
        </td>
      </tr>
    );
  };

  return (
    <section
      aria-label="Before and after adjudication"
      className="before-after"
    >
      <h3>Agreement before and after adjudication</h3>
      <p className="hint">
        Before: agreement among the coders on records two or more of them marked
        done (Krippendorff&apos;s alpha; for all codes, alpha over every record
        × code). After: each coder against the adjudicated reference — the
        lead&apos;s decision where coders differed, their shared decision where
        they agreed. Disagreements still pending or marked &quot;codebook needs
        work&quot; have no reference yet and are left out of &quot;after&quot;.
      </p>
      <table className="reliability-table" aria-label="Before and after">
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Units</th>
            <th scope="col">Disagreements</th>
            <th scope="col">Before: alpha</th>
            <th scope="col">Decided present</th>
            <th scope="col">Decided absent</th>
            <th scope="col">Needs work</th>
            <th scope="col">Pending</th>
            <th scope="col">After: coder vs reference</th>
          </tr>
        </thead>
        <tbody>
          {comparison.codes.map((entry) =>
            row(entry, props.nameCode(entry.codeId!)),
          )}
          {row(comparison.overall, 'All codes')}
        </tbody>
      </table>
    </section>
  );
}
