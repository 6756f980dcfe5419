import type {
  MergeResolutions,
  MergeSide,
  SameNameChoice,
} from '../../../core/merge';
import { choiceFor } from './merge-choices';
import { CodeDifference } from './CodeDifference';
import type { MergePreview } from './merge-preview';
import { SideChoice } from './SideChoice';

type CodebookChangesProps = {
  readonly codebook: MergePreview['codebook'];
  readonly resolutions: MergeResolutions;
  readonly onDifference: (guid: string, side: MergeSide) => void;
  readonly onSameName: (guid: string, choice: SameNameChoice) => void;
};

const SAME_NAME_OPTIONS = [
  { value: 'map', label: 'Map onto the project’s code' },
  { value: 'keep', label: 'Keep as a separate code' },
] as const;

/** The codebooks reconciled by GUID: what is added, differs or clashes. */
export function CodebookChanges(props: CodebookChangesProps) {
  const { added, differences, sameName, sets } = props.codebook;
  const total =
    added.length + differences.length + sameName.length + sets.length;
  if (total === 0) return null;

  return (
    <div className="merge-part" aria-label="Codebook" role="region">
      <h4>Codebook</h4>
      {added.length > 0 && (
        <>
          <p>New codes ({added.length}):</p>
          <ul>
            {added.map((code) => (
              <li key={code.guid}>
                {code.name} <span className="hint">from {code.source}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {differences.map((difference) => (
        <CodeDifference
          key={`${difference.source}/${difference.guid}`}
          difference={difference}
          choice={choiceFor(props.resolutions, 'codebook', difference.guid)}
          onChoose={(side) => props.onDifference(difference.guid, side)}
        />
      ))}
      {sameName.map((item) => (
        <div key={item.incomingGuid} className="merge-item">
          <p>
            “{item.name}” in {item.source} has another GUID than the project’s
            code “{item.existingName}”.
          </p>
          <SideChoice
            name={`same-name-${item.incomingGuid}`}
            label={`Code ${item.name}`}
            value={choiceFor(props.resolutions, 'sameName', item.incomingGuid)}
            options={SAME_NAME_OPTIONS}
            onChange={(choice) => props.onSameName(item.incomingGuid, choice)}
          />
        </div>
      ))}
      {sets.length > 0 && (
        <ul>
          {sets.map((change, index) => (
            <li key={index}>
              Set “{change.name}”: {SET_WORDS[change.kind]}{' '}
              <span className="hint">from {change.source}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const SET_WORDS = {
  added: 'added',
  members_added: 'new members',
  mapped: 'joined to the project’s set of that name',
} as const;
