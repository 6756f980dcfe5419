import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { PROJECT_BOOTSTRAP, type ReportNames } from '../../../core/agreement';
import type { ReliabilitySample } from '../../../core/model/coding';
import { plural } from '../../../core/scan';
import { ProgressBar } from '../../components/ProgressBar';
import { describeError, useServices } from '../../app/services';
import type { GridRow } from '../grid/grid-row';
import { useProjectSession } from '../workspace/project-context';
import type { LayerSummary } from '../../workers/agreement-protocol';
import { ReliabilityResults } from './ReliabilityResults';
import { ScopeForm, type ScopeChoice } from './ScopeForm';
import { describeRecordScope, resolveCodes, resolveRecordKeys } from './scope';
import { useReliability } from './useReliability';

/** The reliability dashboard (and, for leads, adjudication). */
export function ReliabilityWorkbench({
  rows,
}: {
  readonly rows: readonly GridRow[];
}) {
  const { meta, codebook, coders, isLead } = useProjectSession();
  const { repository, notify } = useServices();
  const { state, compute, reload } = useReliability(meta.id);
  const [samples, setSamples] = useState<readonly ReliabilitySample[]>([]);
  const [chosen, setChosen] = useState<ScopeChoice | null>(null);
  const hasRun = useRef(false);

  useEffect(() => {
    repository
      .listSamples(meta.id)
      .then(setSamples)
      .catch((error: unknown) =>
        notify('error', `Samples could not be read: ${describeError(error)}`),
      );
  }, [repository, meta.id, notify]);

  const choice = useMemo(
    () =>
      chosen ?? (state.summary ? defaultChoice(coders, state.summary) : null),
    [chosen, coders, state.summary],
  );
  const names: ReportNames = useMemo(
    () => ({
      nameCode: (id) =>
        codebook.codes.find((code) => code.id === id)?.name ?? id,
      nameCoder: (id) => coders.find((coder) => coder.id === id)?.name ?? id,
    }),
    [codebook, coders],
  );

  const run = useCallback(
    (scope: ScopeChoice) => {
      const recordKeys = resolveRecordKeys(scope.records, rows, samples);
      const codes = resolveCodes(scope.codes, codebook);
      if (codes.length === 0) {
        notify('error', 'Choose at least one codable code to compare.');
        return;
      }
      void compute(
        {
          type: 'compute',
          coderIds: scope.coderIds,
          recordKeys,
          codeIds: codes.map((code) => code.id),
          bootstrap:
            scope.replicates > 0
              ? { ...PROJECT_BOOTSTRAP, replicates: scope.replicates }
              : null,
          withQueue: isLead,
        },
        describeRecordScope(scope.records, meta, samples, recordKeys.length),
      );
    },
    [rows, samples, codebook, compute, isLead, meta, notify],
  );

  // The first time the layers are read, compute with the defaults.
  useEffect(() => {
    if (hasRun.current || state.phase !== 'ready' || choice === null) return;

    hasRun.current = true;
    if (choice.coderIds.length >= 2) run(choice);
  }, [state.phase, choice, run]);

  return (
    <section className="reliability-view" aria-label="Reliability">
      <header className="reliability-header">
        <h2>Reliability</h2>
        <button
          type="button"
          onClick={reload}
          disabled={state.phase === 'loading'}
        >
          Read layers again
        </button>
      </header>
      {state.phase === 'failed' && <p role="alert">{state.message}</p>}
      {(state.phase === 'loading' || state.phase === 'computing') && (
        <ProgressBar
          fraction={state.fraction}
          label={state.stage}
          {...(state.phase === 'computing' ? { onCancel: reload } : {})}
        />
      )}
      {state.phase !== 'failed' && state.message && (
        <p role="alert" className="message-error">
          {state.message}
        </p>
      )}
      {state.summary && choice && (
        <>
          {countWithDone(state.summary) < 2 && (
            <p role="note">
              Agreement needs two or more coders who marked records done; so far{' '}
              {countWithDone(state.summary)}{' '}
              {plural(countWithDone(state.summary), 'coder has', 'coders have')}
              .
            </p>
          )}
          <ScopeForm
            meta={meta}
            codebook={codebook}
            coders={coders}
            summary={state.summary}
            samples={samples}
            rows={rows}
            value={choice}
            onChange={setChosen}
            onCompute={() => run(choice)}
            isBusy={state.phase !== 'ready'}
          />
        </>
      )}
      {state.result && (
        <ReliabilityResults
          result={state.result}
          rows={rows}
          names={names}
          isLead={isLead}
        />
      )}
    </section>
  );
}

function defaultChoice(
  coders: readonly { readonly id: string }[],
  summary: LayerSummary,
): ScopeChoice {
  return {
    coderIds: coders
      .filter((coder) => (summary.doneByCoder[coder.id] ?? 0) > 0)
      .map((coder) => coder.id),
    records: { kind: 'all' },
    codes: { kind: 'all' },
    replicates: PROJECT_BOOTSTRAP.replicates,
  };
}

function countWithDone(summary: LayerSummary): number {
  return Object.values(summary.doneByCoder).filter((count) => count > 0).length;
}
