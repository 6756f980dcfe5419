import { useState } from 'react';
import { conflictId } from '../../../core/scan';
import type {
  ConflictResolution,
  ReimportConflict,
  ReimportSummary,
} from '../../workers/import-protocol';

type Choice = 'keep-edit' | 'take-incoming';

type ReimportReviewProps = {
  readonly summary: ReimportSummary;
  readonly onApply: (resolution: ConflictResolution) => void;
  readonly onCancel: () => void;
};

/** Where to show at most this many keys per list; the rest are counted. */
const KEY_LIST_LIMIT = 50;

/**
 * What the newer file would change, before anything is stored. Fields the
 * user edited are never overwritten without a choice made here.
 */
export function ReimportReview({
  summary,
  onApply,
  onCancel,
}: ReimportReviewProps) {
  const [defaultChoice, setDefaultChoice] = useState<Choice>('keep-edit');
  const [overrides, setOverrides] = useState<Record<string, Choice>>({});

  return (
    <div className="reimport-review">
      <dl className="preview-facts" aria-label="Re-import summary">
        <dt>Added</dt>
        <dd data-testid="reimport-added">{summary.added}</dd>
        <dt>Changed</dt>
        <dd data-testid="reimport-changed">{summary.changed}</dd>
        <dt>Unchanged</dt>
        <dd data-testid="reimport-unchanged">{summary.unchanged}</dd>
        <dt>Missing from the new file (kept)</dt>
        <dd data-testid="reimport-missing">{summary.missing}</dd>
        <dt>Conflicts with your edits</dt>
        <dd data-testid="reimport-conflicts">{summary.conflicts.length}</dd>
      </dl>
      {summary.newColumns.length > 0 && (
        <p>New columns: {summary.newColumns.join(', ')}</p>
      )}
      {summary.absentColumns.length > 0 && (
        <p>
          Not in the new file (old values kept):{' '}
          {summary.absentColumns.join(', ')}
        </p>
      )}
      <KeyList title="Added" keys={summary.addedKeys} total={summary.added} />
      <KeyList
        title="Changed"
        keys={summary.changedKeys}
        total={summary.changed}
      />
      <KeyList
        title="Missing"
        keys={summary.missingKeys}
        total={summary.missing}
      />
      {summary.conflicts.length > 0 && (
        <section>
          <h3>Conflicts</h3>
          <p>These fields were edited here and also changed in the new file.</p>
          <label className="field-inline">
            For all conflicts
            <select
              value={defaultChoice}
              onChange={(event) => {
                setDefaultChoice(event.target.value as Choice);
                setOverrides({});
              }}
            >
              <option value="keep-edit">keep my edits</option>
              <option value="take-incoming">take the new file's values</option>
            </select>
          </label>
          <ConflictTable
            conflicts={summary.conflicts}
            choiceOf={(id) => overrides[id] ?? defaultChoice}
            onChoose={(id, choice) =>
              setOverrides((previous) => ({ ...previous, [id]: choice }))
            }
          />
        </section>
      )}
      <div className="actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => onApply({ defaultChoice, overrides })}
        >
          Apply re-import
        </button>
      </div>
    </div>
  );
}

type ConflictTableProps = {
  readonly conflicts: readonly ReimportConflict[];
  readonly choiceOf: (id: string) => Choice;
  readonly onChoose: (id: string, choice: Choice) => void;
};

function ConflictTable({ conflicts, choiceOf, onChoose }: ConflictTableProps) {
  return (
    <table className="conflict-table">
      <thead>
        <tr>
          <th scope="col">Record</th>
          <th scope="col">Column</th>
          <th scope="col">Your edit</th>
          <th scope="col">New file</th>
          <th scope="col">Keep</th>
        </tr>
      </thead>
      <tbody>
        {conflicts.map((conflict) => {
          const id = conflictId(conflict.recordKey, conflict.column);
          return (
            <tr key={id}>
              <td>{conflict.recordKey}</td>
              <td>{conflict.column}</td>
              <td>{conflict.editedValue}</td>
              <td>{conflict.incomingValue}</td>
              <td>
                <select
                  aria-label={`Choice for ${conflict.recordKey} ${conflict.column}`}
                  value={choiceOf(id)}
                  onChange={(event) =>
                    onChoose(id, event.target.value as Choice)
                  }
                >
                  <option value="keep-edit">my edit</option>
                  <option value="take-incoming">new value</option>
                </select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

type KeyListProps = {
  readonly title: string;
  readonly keys: readonly string[];
  readonly total: number;
};

function KeyList({ title, keys, total }: KeyListProps) {
  if (total === 0) return null;

  const shown = keys.slice(0, KEY_LIST_LIMIT);
  return (
    <details>
      <summary>
        {title}: {total.toLocaleString()}
      </summary>
      <p className="key-list">
        {shown.join(', ')}
        {total > shown.length ? ` … and ${total - shown.length} more` : ''}
      </p>
    </details>
  );
}
