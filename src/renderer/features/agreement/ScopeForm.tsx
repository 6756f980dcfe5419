import type { Codebook } from '../../../core/codebook';
import type { Coder, ReliabilitySample } from '../../../core/model/coding';
import type { ProjectMeta } from '../../../core/model/project';
import type { LayerSummary } from '../../workers/agreement-protocol';
import type { GridRow } from '../grid/grid-row';
import { CodeScopeFields } from './CodeScopeFields';
import { RecordScopeFields } from './RecordScopeFields';
import type { CodeScope, RecordScope } from './scope';

/** What the lead asked to compare. */
export type ScopeChoice = {
  readonly coderIds: readonly string[];
  readonly records: RecordScope;
  readonly codes: CodeScope;
  /** Bootstrap replicates; 0 = no intervals. */
  readonly replicates: number;
};

type ScopeFormProps = {
  readonly meta: ProjectMeta;
  readonly codebook: Codebook;
  readonly coders: readonly Coder[];
  readonly summary: LayerSummary;
  readonly samples: readonly ReliabilitySample[];
  readonly rows: readonly GridRow[];
  readonly value: ScopeChoice;
  readonly onChange: (value: ScopeChoice) => void;
  readonly onCompute: () => void;
  readonly isBusy: boolean;
};

/** Coders, records, codes and intervals of a reliability computation. */
export function ScopeForm(props: ScopeFormProps) {
  const { value, onChange } = props;
  const toggleCoder = (id: string, isOn: boolean) =>
    onChange({
      ...value,
      coderIds: isOn
        ? props.coders
            .map((coder) => coder.id as string)
            .filter((each) => each === id || value.coderIds.includes(each))
        : value.coderIds.filter((each) => each !== id),
    });
  const canCompute = value.coderIds.length >= 2 && !props.isBusy;

  return (
    <form
      className="reliability-scope"
      aria-label="What to compare"
      onSubmit={(event) => {
        event.preventDefault();
        if (canCompute) props.onCompute();
      }}
    >
      <fieldset>
        <legend>Coders</legend>
        {props.coders.map((coder) => (
          <label key={coder.id} className="field-inline">
            <input
              type="checkbox"
              checked={value.coderIds.includes(coder.id)}
              onChange={(event) => toggleCoder(coder.id, event.target.checked)}
            />
            {coder.name}{' '}
            <span className="muted">
              ({props.summary.doneByCoder[coder.id] ?? 0} done)
            </span>
          </label>
        ))}
        {value.coderIds.length < 2 && (
          <p className="hint">Choose two or more coders.</p>
        )}
      </fieldset>
      <RecordScopeFields
        meta={props.meta}
        rows={props.rows}
        samples={props.samples}
        value={value.records}
        onChange={(records) => onChange({ ...value, records })}
      />
      <CodeScopeFields
        codebook={props.codebook}
        value={value.codes}
        onChange={(codes) => onChange({ ...value, codes })}
      />
      <fieldset>
        <legend>95% intervals</legend>
        <label className="field-inline">
          <select
            aria-label="Bootstrap replicates"
            value={value.replicates}
            onChange={(event) =>
              onChange({ ...value, replicates: Number(event.target.value) })
            }
          >
            <option value={500}>Bootstrap, 500 replicates</option>
            <option value={1000}>Bootstrap, 1,000 replicates (slower)</option>
            <option value={0}>No intervals (fastest)</option>
          </select>
        </label>
        <p className="hint">
          Percentile bootstrap over records, fixed seed: the same data give the
          same intervals, here and in <code>podscan agreement</code>.
        </p>
      </fieldset>
      <div className="actions">
        <button type="submit" className="primary" disabled={!canCompute}>
          Compute agreement
        </button>
      </div>
    </form>
  );
}
