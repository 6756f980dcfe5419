import type { MergeResolutions, MergeSide } from '../../../core/merge';
import { plural } from '../../../core/scan';
import { choiceFor } from './merge-choices';
import type { MergePreview } from './merge-preview';
import { ConflictSection } from './ConflictSection';
import { SIDE_OPTIONS, SideChoice } from './SideChoice';

type RecordConflictsProps = {
  readonly records: MergePreview['records'];
  readonly resolutions: MergeResolutions;
  readonly onAll: (side: MergeSide) => void;
  readonly onOne: (recordKey: string, side: MergeSide) => void;
};

/** Records whose fields differ: both values side by side, and the choice. */
export function RecordConflicts(props: RecordConflictsProps) {
  const { conflicts, conflictRecords } = props.records;
  if (conflicts.length === 0) return null;

  const shown = new Set(conflicts.map((group) => group.recordKey)).size;
  return (
    <ConflictSection
      label="Field conflicts"
      heading={
        `Field conflicts (${conflictRecords.toLocaleString()} ` +
        `${plural(conflictRecords, 'record', 'records')})`
      }
      each="record"
      what="values"
      detail="Column"
      onAll={props.onAll}
      footer={
        conflictRecords > shown && (
          <p className="hint">
            {(conflictRecords - shown).toLocaleString()} more records conflict;
            choose for every record above to settle them.
          </p>
        )
      }
    >
      {conflicts.map((group) =>
        group.fields.map((field, index) => (
          <tr key={`${group.source}/${group.recordKey}/${field.column}`}>
            <td>{index === 0 ? group.recordKey : ''}</td>
            <td>{field.column}</td>
            <td className="merge-value">{field.base}</td>
            <td className="merge-value">
              {field.incoming}
              <span className="hint"> ({group.source})</span>
            </td>
            <td>
              {index === 0 && (
                <SideChoice
                  name={`field-${group.source}-${group.recordKey}`}
                  label={`Record ${group.recordKey}`}
                  value={choiceFor(
                    props.resolutions,
                    'fields',
                    group.recordKey,
                  )}
                  options={SIDE_OPTIONS}
                  onChange={(side) => props.onOne(group.recordKey, side)}
                />
              )}
            </td>
          </tr>
        )),
      )}
    </ConflictSection>
  );
}
