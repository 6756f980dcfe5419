import { useMemo, useState } from 'react';
import {
  computeSampleCount,
  drawReliabilitySample,
} from '../../../core/coding';
import type { ReliabilitySample } from '../../../core/model/coding';
import { asRecordKey, type ColumnKey } from '../../../core/model/ids';
import type { Problem } from '../../../core/model/problem';
import { plural } from '../../../core/scan';
import { useServices } from '../../app/services';
import type { GridRow } from '../grid/grid-row';
import { useProjectSession } from '../workspace/project-context';
import { CoderChoice } from './CoderChoice';
import {
  buildSampleRequest,
  createRandomSeed,
  pickStratumColumn,
  type SampleForm,
} from './sample-form';

type DrawSampleFormProps = {
  readonly rows: readonly GridRow[];
  readonly sampleCount: number;
  /** Saves the drawn sample; resolves false when saving failed. */
  readonly onDrawn: (sample: ReliabilitySample) => Promise<boolean>;
};

/**
 * The lead's form for a reliability sample: size, method, the seed that
 * makes the draw reproducible, and the coders who must all code it.
 */
export function DrawSampleForm(props: DrawSampleFormProps) {
  const { coder } = useServices();
  const { meta, coders } = useProjectSession();
  const [form, setForm] = useState<SampleForm>(() => ({
    name: `Reliability sample ${props.sampleCount + 1}`,
    sizeKind: 'percent',
    sizeText: '10',
    method: 'simple',
    stratifyBy: pickStratumColumn(meta.columns, meta.keyColumn),
    seedText: String(createRandomSeed()),
    coderIds: coders.map((each) => each.id),
  }));
  const [problem, setProblem] = useState<Problem | null>(null);
  const records = useMemo(
    () =>
      props.rows.map((row) => ({
        key: asRecordKey(row.key),
        fields: row.fields,
      })),
    [props.rows],
  );
  const request = buildSampleRequest(form);
  const count = computeSampleCount(records.length, request.size);
  const edit = (patch: Partial<SampleForm>) =>
    setForm((current) => ({ ...current, ...patch }));

  const draw = async () => {
    const drawn = drawReliabilitySample(records, request, {
      createdBy: coder.id,
      clock: () => new Date().toISOString(),
      newId: () => crypto.randomUUID(),
    });
    setProblem(drawn.ok ? null : drawn.error);
    if (drawn.ok && (await props.onDrawn(drawn.value))) {
      setForm((current) => ({
        ...current,
        name: `Reliability sample ${props.sampleCount + 2}`,
        seedText: String(createRandomSeed()),
      }));
    }
  };

  return (
    <form
      className="draw-sample"
      aria-label="Draw a reliability sample"
      onSubmit={(event) => {
        event.preventDefault();
        void draw();
      }}
    >
      <label className="field">
        Sample name
        <input
          value={form.name}
          onChange={(e) => edit({ name: e.target.value })}
        />
      </label>
      <div className="draw-sample-row">
        <label className="field-inline">
          Size
          <input
            className="number-input"
            inputMode="decimal"
            value={form.sizeText}
            onChange={(e) => edit({ sizeText: e.target.value })}
          />
        </label>
        <select
          aria-label="Size unit"
          value={form.sizeKind}
          onChange={(e) =>
            edit({ sizeKind: e.target.value as SampleForm['sizeKind'] })
          }
        >
          <option value="percent">% of the records</option>
          <option value="count">records</option>
        </select>
        <span className="muted" data-testid="draw-count">
          {Number.isFinite(count) && count > 0
            ? `Draws ${count} of ${records.length} ` +
              `${plural(records.length, 'record', 'records')}.`
            : ''}
        </span>
      </div>
      <MethodChoice form={form} edit={edit} />
      <div className="draw-sample-row">
        <label className="field-inline">
          Seed
          <input
            className="seed-input"
            inputMode="numeric"
            value={form.seedText}
            onChange={(e) => edit({ seedText: e.target.value })}
          />
        </label>
        <button
          type="button"
          onClick={() => edit({ seedText: String(createRandomSeed()) })}
        >
          New seed
        </button>
        <span className="hint">
          Note the seed: the same seed, size and method over the same records
          draw the same sample again.
        </span>
      </div>
      <CoderChoice
        chosen={form.coderIds}
        onChange={(coderIds) => edit({ coderIds })}
      />
      {problem !== null && (
        <p className="form-problem" role="alert">
          {problem.message}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          Draw sample
        </button>
      </div>
    </form>
  );
}

function MethodChoice(props: {
  readonly form: SampleForm;
  readonly edit: (patch: Partial<SampleForm>) => void;
}) {
  const { form, edit } = props;
  const { meta } = useProjectSession();
  return (
    <div className="draw-sample-row">
      <label className="field-inline">
        <input
          type="radio"
          name="sample-method"
          checked={form.method === 'simple'}
          onChange={() => edit({ method: 'simple' })}
        />
        Simple random
      </label>
      <label className="field-inline">
        <input
          type="radio"
          name="sample-method"
          checked={form.method === 'stratified'}
          onChange={() => edit({ method: 'stratified' })}
        />
        Stratified by
      </label>
      <select
        aria-label="Column to stratify by"
        value={form.stratifyBy}
        disabled={form.method !== 'stratified'}
        onChange={(e) => edit({ stratifyBy: e.target.value as ColumnKey })}
      >
        {meta.columns.map((column) => (
          <option key={column.key} value={column.key}>
            {column.label}
          </option>
        ))}
      </select>
    </div>
  );
}
