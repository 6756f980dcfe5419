import type { DisagreementQueue, ReportNames } from '../../../core/agreement';
import type { ProjectMeta } from '../../../core/model/project';
import { describeError, useServices } from '../../app/services';
import { saveConsensusCsv, saveDisagreementLog } from './adjudication-export';
import type { QueueFilter } from './queue-view';
import type { ConsensusStore } from './useConsensus';

type AdjudicationToolbarProps = {
  readonly queue: DisagreementQueue;
  readonly names: ReportNames;
  readonly filter: QueueFilter;
  readonly onFilter: (filter: QueueFilter) => void;
  readonly hideNames: boolean;
  readonly onHideNames: (hide: boolean) => void;
  /** Position of the shown item in the filtered list; -1 for none. */
  readonly position: number;
  readonly count: number;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
  readonly consensus: ConsensusStore;
  readonly meta: ProjectMeta;
  readonly onFailure: (message: string) => void;
};

/** Filter, navigation, undo and the exports of the adjudication queue. */
export function AdjudicationToolbar(props: AdjudicationToolbarProps) {
  const { platform, repository } = useServices();
  const { filter, queue, consensus } = props;
  const exportWith = (save: () => Promise<boolean>) => {
    save().catch((error: unknown) =>
      props.onFailure(`The export failed: ${describeError(error)}`),
    );
  };

  return (
    <div className="toolbar adjudication-toolbar">
      <label className="field-inline">
        Code
        <select
          aria-label="Show disagreements on"
          value={filter.codeId ?? ''}
          onChange={(event) =>
            props.onFilter({
              ...filter,
              codeId: event.target.value === '' ? null : event.target.value,
            })
          }
        >
          <option value="">All codes</option>
          {queue.codes.map((codeId) => (
            <option key={codeId} value={codeId}>
              {props.names.nameCode(codeId)}
            </option>
          ))}
        </select>
      </label>
      <label className="field-inline">
        <input
          type="checkbox"
          checked={filter.undecidedOnly}
          onChange={(event) =>
            props.onFilter({ ...filter, undecidedOnly: event.target.checked })
          }
        />
        Only undecided
      </label>
      <label className="field-inline">
        <input
          type="checkbox"
          checked={props.hideNames}
          onChange={(event) => props.onHideNames(event.target.checked)}
        />
        Hide coder names
      </label>
      <span className="queue-position" aria-live="polite">
        {props.count === 0
          ? 'No disagreements'
          : `Disagreement ${props.position + 1} of ${props.count}`}
      </span>
      <button
        type="button"
        onClick={props.onPrevious}
        disabled={props.position <= 0}
      >
        Previous <kbd>K</kbd>
      </button>
      <button
        type="button"
        onClick={props.onNext}
        disabled={props.position < 0 || props.position >= props.count - 1}
      >
        Next <kbd>J</kbd>
      </button>
      <button
        type="button"
        onClick={() => void consensus.undo()}
        disabled={!consensus.canUndo}
      >
        Undo decision
      </button>
      <button
        type="button"
        onClick={() => void consensus.redo()}
        disabled={!consensus.canRedo}
      >
        Redo
      </button>
      <button
        type="button"
        onClick={() =>
          exportWith(() =>
            saveDisagreementLog({
              platform,
              meta: props.meta,
              queue,
              decisions: consensus.decisions ?? [],
              names: props.names,
            }),
          )
        }
      >
        Export disagreement log (CSV)
      </button>
      <button
        type="button"
        onClick={() =>
          exportWith(() =>
            saveConsensusCsv({ platform, repository, meta: props.meta }),
          )
        }
      >
        Export consensus (CSV)
      </button>
    </div>
  );
}
