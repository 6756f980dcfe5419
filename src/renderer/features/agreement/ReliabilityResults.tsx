import { useState } from 'react';
import type { ReportNames } from '../../../core/agreement';
import { countDisagreements } from '../../../core/agreement';
import { countOf } from '../../../core/scan';
import { describeError, useServices } from '../../app/services';
import { AdjudicationPanel } from '../adjudication/AdjudicationPanel';
import type { GridRow } from '../grid/grid-row';
import { useProjectSession } from '../workspace/project-context';
import { AlphaChart } from './AlphaChart';
import { CodeTable } from './CodeTable';
import { PairMatrix } from './PairMatrix';
import { PooledSummary } from './PooledSummary';
import { saveReliabilityCsv, saveReliabilityHtml } from './report-export';
import type { ReliabilityResult } from './useReliability';

type ReliabilityResultsProps = {
  readonly result: ReliabilityResult;
  readonly rows: readonly GridRow[];
  readonly names: ReportNames;
  readonly isLead: boolean;
};

/** The computed report, and the disagreement queue for a lead. */
export function ReliabilityResults(props: ReliabilityResultsProps) {
  const { result, names } = props;
  const { report, queue } = result;
  const { meta, codebook } = useProjectSession();
  const { platform, notify, userName } = useServices();
  const [tab, setTab] = useState<'agreement' | 'disagreements'>('agreement');
  const canAdjudicate = props.isLead && queue !== null;
  const pairable = report.codes[0]?.agreement.report.pairableUnits ?? 0;
  const save = (write: typeof saveReliabilityCsv) => {
    write({ platform, meta, result, names, userName }).catch((error: unknown) =>
      notify('error', `The report was not saved: ${describeError(error)}`),
    );
  };

  return (
    <div className="reliability-results">
      <p className="reliability-summary" data-testid="reliability-summary">
        {report.coders.map(names.nameCoder).join(', ')} · {result.scope} ·{' '}
        {countOf(report.units, 'record')} marked done by a coder, {pairable} by
        two or more ·{' '}
        {report.bootstrap
          ? `95% intervals: percentile bootstrap over records, ${report.bootstrap.replicates} replicates, seed ${report.bootstrap.seed}`
          : 'no intervals'}
      </p>
      <nav className="reliability-tabs" aria-label="Reliability sections">
        <button
          type="button"
          aria-current={tab === 'agreement' ? 'page' : undefined}
          onClick={() => setTab('agreement')}
        >
          Agreement
        </button>
        {canAdjudicate && (
          <button
            type="button"
            aria-current={tab === 'disagreements' ? 'page' : undefined}
            onClick={() => setTab('disagreements')}
          >
            Disagreements ({countDisagreements(queue)})
          </button>
        )}
        <span className="reliability-export">
          <button type="button" onClick={() => save(saveReliabilityCsv)}>
            Export report (CSV)
          </button>
          <button type="button" onClick={() => save(saveReliabilityHtml)}>
            Export printable report (HTML)
          </button>
        </span>
      </nav>
      {tab === 'agreement' || !canAdjudicate ? (
        <>
          <CodeTable report={report} nameCode={names.nameCode} />
          {report.pooled && <PooledSummary pooled={report.pooled} />}
          <PairMatrix
            report={report}
            nameCode={names.nameCode}
            nameCoder={names.nameCoder}
          />
          <AlphaChart report={report} nameCode={names.nameCode} />
        </>
      ) : (
        <AdjudicationPanel
          meta={meta}
          codebook={codebook}
          rows={props.rows}
          queue={queue}
          report={report}
          names={names}
        />
      )}
    </div>
  );
}
