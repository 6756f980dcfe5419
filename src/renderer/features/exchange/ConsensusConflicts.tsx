import type { MergeResolutions, MergeSide } from '../../../core/merge';
import { choiceFor } from './merge-choices';
import type { MergePreview, PreviewDecision } from './merge-preview';
import { ConflictSection } from './ConflictSection';
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
    <ConflictSection
      label="Consensus conflicts"
      heading={`Consensus decisions that differ (${conflicts.length})`}
      each="decision"
      what="decisions"
      detail="Code"
      onAll={props.onAll}
      footer={
        <p className="hint">
          The decision not kept, with its rationale, goes to the merge report.
        </p>
      }
    >
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
    </ConflictSection>
  );
}

function describeDecision(decision: PreviewDecision): string {
  const rationale =
    decision.rationale === '' ? '' : ` — “${decision.rationale}”`;
  return `${decision.value.replace('_', ' ')} by ${decision.decidedBy}${rationale}`;
}
