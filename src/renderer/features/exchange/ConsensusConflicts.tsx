import type { MergeResolutions, MergeSide } from '../../../core/merge';
import { choiceFor } from './merge-choices';
import type { MergePreview, PreviewDecision } from './merge-preview';
import { SIDE_OPTIONS, SideChoice } from './SideChoice';

type ConsensusConflictsProps = {
  readonly consensus: MergePreview['consensus'];
  readonly resolutions: MergeResolutions;
  readonly onAll: (side: MergeSide) => void;
  readonly onOne: (id: string, side: MergeSide) => void;
};

/** Decisions the project and a file made differently, with rationales. */
export function ConsensusConflicts(props: ConsensusConflictsProps) {
  const { conflicts } = props.consensus;
  if (conflicts.length === 0) return null;

  return (
    <div className="merge-part" aria-label="Consensus conflicts" role="region">
      <h4>Consensus decisions that differ ({conflicts.length})</h4>
      <p className="merge-all">
        For every decision:{' '}
        <button type="button" onClick={() => props.onAll('base')}>
          Keep project’s decisions
        </button>{' '}
        <button type="button" onClick={() => props.onAll('incoming')}>
          Take files’ decisions
        </button>
      </p>
      <table className="merge-table">
        <thead>
          <tr>
            <th scope="col">Record</th>
            <th scope="col">Code</th>
            <th scope="col">Project</th>
            <th scope="col">File</th>
            <th scope="col">Choice</th>
          </tr>
        </thead>
        <tbody>
          {conflicts.map((conflict) => (
            <tr key={`${conflict.source}/${conflict.id}`}>
              <td>{conflict.recordKey}</td>
              <td>{conflict.code}</td>
              <td>{describeDecision(conflict.base)}</td>
              <td>
                {describeDecision(conflict.incoming)}
                <span className="hint"> ({conflict.source})</span>
              </td>
              <td>
                <SideChoice
                  name={`consensus-${conflict.source}-${conflict.id}`}
                  label={`Decision ${conflict.recordKey} ${conflict.code}`}
                  value={choiceFor(props.resolutions, 'consensus', conflict.id)}
                  options={SIDE_OPTIONS}
                  onChange={(side) => props.onOne(conflict.id, side)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">
        The decision not kept, with its rationale, goes to the merge report.
      </p>
    </div>
  );
}

function describeDecision(decision: PreviewDecision): string {
  const rationale =
    decision.rationale === '' ? '' : ` — “${decision.rationale}”`;
  return `${decision.value.replace('_', ' ')} by ${decision.decidedBy}${rationale}`;
}
