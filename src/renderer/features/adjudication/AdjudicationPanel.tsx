import { useEffect, useMemo, useRef, useState } from 'react';
import {
  createConsensusDecision,
  describeDisagreement,
  type DisagreementQueue,
  type ReliabilityReport,
  type ReportNames,
} from '../../../core/agreement';
import type { ConsensusValue } from '../../../core/model/coding';
import type { ProjectMeta } from '../../../core/model/project';
import type { Codebook } from '../../../core/codebook';
import { useServices } from '../../app/services';
import type { GridRow } from '../grid/grid-row';
import { AdjudicationToolbar } from './AdjudicationToolbar';
import { BeforeAfter } from './BeforeAfter';
import { DecisionForm } from './DecisionForm';
import { DisagreementCard } from './DisagreementCard';
import { NeedsWorkList } from './NeedsWorkList';
import { handleQueueKey } from './queue-keys';
import {
  findNextItem,
  indexDecisions,
  keyOfItem,
  listQueueItems,
  type QueueFilter,
} from './queue-view';
import { useConsensus } from './useConsensus';

type AdjudicationPanelProps = {
  readonly meta: ProjectMeta;
  readonly codebook: Codebook;
  readonly rows: readonly GridRow[];
  readonly queue: DisagreementQueue;
  readonly report: ReliabilityReport;
  readonly names: ReportNames;
};

type Draft = {
  readonly item: number;
  readonly value: ConsensusValue | null;
  readonly rationale: string;
};

/**
 * The lead's review of every record × code the coders differ on, one at a
 * time, with keyboard navigation; decisions go to the consensus layer.
 */
export function AdjudicationPanel(props: AdjudicationPanelProps) {
  const { queue, meta, names } = props;
  const { coder, notify } = useServices();
  const consensus = useConsensus(meta.id);
  const [filter, setFilter] = useState<QueueFilter>({
    codeId: null,
    undecidedOnly: false,
  });
  const [hideNames, setHideNames] = useState(false);
  const [current, setCurrent] = useState<number | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const rationaleRef = useRef<HTMLTextAreaElement>(null);

  const decided = useMemo(
    () => indexDecisions(consensus.decisions ?? []),
    [consensus.decisions],
  );
  const items = useMemo(
    () => listQueueItems(queue, filter, decided),
    [queue, filter, decided],
  );
  const fieldsByKey = useMemo(
    () => new Map(props.rows.map((row) => [row.key, row.fields])),
    [props.rows],
  );
  const item =
    current !== null && items.includes(current) ? current : (items[0] ?? null);
  const position = item === null ? -1 : items.indexOf(item);
  const existing =
    item === null ? undefined : decided.get(keyOfItem(queue, item));
  const shown: Draft =
    draft !== null && draft.item === item
      ? draft
      : {
          item: item ?? -1,
          value: existing?.value ?? null,
          rationale: existing?.rationale ?? '',
        };

  const isLoaded = consensus.decisions !== null;
  // The review keys work as soon as the queue shows.
  useEffect(() => {
    if (isLoaded) panelRef.current?.focus();
  }, [isLoaded]);

  const goTo = (next: number | undefined) => {
    if (next === undefined) return;
    setCurrent(next);
    setDraft(null);
    setProblem(null);
  };

  const save = async () => {
    if (item === null) return;
    if (shown.value === null) {
      setProblem('Choose present, absent or codebook needs work (P, A or W).');
      return;
    }
    const { recordKey, codeId } = describeDisagreement(queue, item);
    const decision = createConsensusDecision({
      recordKey,
      codeId,
      value: shown.value,
      rationale: shown.rationale,
      decidedBy: coder.id,
      decidedAt: new Date().toISOString(),
    });
    if (!decision.ok) {
      setProblem(decision.error.message);
      rationaleRef.current?.focus();
      return;
    }
    if (!(await consensus.save(decision.value))) return;

    goTo(
      findNextItem(
        items,
        item,
        (each) => each === item || decided.has(keyOfItem(queue, each)),
      ),
    );
    panelRef.current?.focus();
  };

  const choose = (value: ConsensusValue) => {
    if (item === null) return;
    setDraft({ ...shown, item, value });
    setProblem(null);
    rationaleRef.current?.focus();
  };

  if (consensus.decisions === null) {
    return <p className="muted">Reading the consensus layer…</p>;
  }

  return (
    <div
      ref={panelRef}
      className="adjudication"
      tabIndex={-1}
      aria-label="Adjudication"
      onKeyDown={(event) =>
        handleQueueKey(event, {
          next: () => goTo(items[position + 1]),
          previous: () => goTo(items[position - 1]),
          choose,
          focusRationale: () => rationaleRef.current?.focus(),
          undo: () => void consensus.undo(),
          redo: () => void consensus.redo(),
        })
      }
    >
      <AdjudicationToolbar
        queue={queue}
        names={names}
        filter={filter}
        onFilter={(next) => {
          setFilter(next);
          setDraft(null);
        }}
        hideNames={hideNames}
        onHideNames={setHideNames}
        position={position}
        count={items.length}
        onPrevious={() => goTo(items[position - 1])}
        onNext={() => goTo(items[position + 1])}
        consensus={consensus}
        meta={meta}
        onFailure={(message) => notify('error', message)}
      />
      {item === null ? (
        <p className="muted">
          {queue.recordIndex.length === 0
            ? 'The coders agree on every record × code in scope: nothing to adjudicate.'
            : 'No disagreement matches the filter.'}
        </p>
      ) : (
        <div className="adjudication-item">
          <DisagreementCard
            queue={queue}
            item={item}
            code={props.codebook.codes.find(
              (code) => code.id === queue.codes[queue.codeIndex[item]!],
            )}
            columns={meta.columns}
            fields={fieldsByKey.get(queue.records[queue.recordIndex[item]!]!)}
            nameCoder={names.nameCoder}
            hideNames={hideNames}
            decision={existing}
          />
          <DecisionForm
            value={shown.value}
            rationale={shown.rationale}
            problem={problem}
            rationaleRef={rationaleRef}
            onValue={choose}
            onRationale={(rationale) => setDraft({ ...shown, item, rationale })}
            onSave={() => void save()}
            onLeave={() => panelRef.current?.focus()}
          />
        </div>
      )}
      <BeforeAfter
        queue={queue}
        report={props.report}
        decisions={consensus.decisions}
        nameCode={names.nameCode}
        nameCoder={names.nameCoder}
      />
      <NeedsWorkList
        queue={queue}
        decisions={consensus.decisions}
        nameCode={names.nameCode}
      />
    </div>
  );
}
