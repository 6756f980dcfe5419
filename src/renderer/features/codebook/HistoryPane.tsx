import { useMemo, useState } from 'react';
import {
  describeCodebookChange,
  reconstructCodebookVersions,
  type Codebook,
  type CodebookVersions,
} from '../../../core/codebook';
import { CodebookDiffView } from './CodebookDiffView';

/**
 * The codebook's history, newest first, and the differences between any
 * two versions that can be rebuilt from it. Mount with a key of the
 * codebook version so the comparison starts from the latest change.
 */
export function HistoryPane({ codebook }: { readonly codebook: Codebook }) {
  const rebuilt = useMemo(
    () => reconstructCodebookVersions(codebook),
    [codebook],
  );
  const numbers = rebuilt.versions.map((each) => each.codebook.version);
  const [from, setFrom] = useState(numbers[1] ?? codebook.version);
  const [to, setTo] = useState(codebook.version);
  const [older, newer] = [Math.min(from, to), Math.max(from, to)].map(
    (version) =>
      rebuilt.versions.find((each) => each.codebook.version === version),
  );

  return (
    <div className="history-pane">
      <section className="codebook-history" aria-label="Codebook history">
        <h3>Changes</h3>
        <ol reversed className="plain-list">
          {[...codebook.history].reverse().map((change) => (
            <li key={change.version} data-version={change.version}>
              <span className="history-meta">
                Version {change.version} · {change.actor} ·{' '}
                {formatTime(change.at)}
              </span>
              <div>{describeCodebookChange(change, codebook)}</div>
            </li>
          ))}
        </ol>
      </section>
      <section className="codebook-compare" aria-label="Compare versions">
        <h3>Compare versions</h3>
        <div className="compare-pickers">
          <VersionPicker
            label="From version"
            value={from}
            numbers={numbers}
            onChange={setFrom}
          />
          <VersionPicker
            label="To version"
            value={to}
            numbers={numbers}
            onChange={setTo}
          />
        </div>
        <RebuildNote rebuilt={rebuilt} />
        {older && newer && (
          <>
            {!older.isExact && (
              <p className="hint">
                Version {older.codebook.version} is rebuilt across a deleted
                code: the history does not record which sets held it, so set
                memberships of that code may be missing.
              </p>
            )}
            <CodebookDiffView older={older.codebook} newer={newer.codebook} />
          </>
        )}
      </section>
    </div>
  );
}

type VersionPickerProps = {
  readonly label: string;
  readonly value: number;
  readonly numbers: readonly number[];
  readonly onChange: (version: number) => void;
};

function VersionPicker(props: VersionPickerProps) {
  return (
    <label className="field-inline">
      {props.label}
      <select
        value={props.value}
        onChange={(event) => props.onChange(Number(event.target.value))}
      >
        {props.numbers.map((version) => (
          <option key={version} value={version}>
            {version}
          </option>
        ))}
      </select>
    </label>
  );
}

function RebuildNote({ rebuilt }: { readonly rebuilt: CodebookVersions }) {
  const stop = rebuilt.stoppedAt;
  if (stop === null) return null;

  const first = rebuilt.versions.at(-1)!.codebook;
  // Stopping at the first entry hides nothing: no version came before it.
  if (first.history.length <= 1) return null;

  const oldest = first.version;
  const reason =
    stop.detail.kind === 'merge_codes'
      ? 'a merge of two codes'
      : stop.detail.kind === 'import'
        ? 'an import'
        : 'the creation of the codebook';
  return (
    <p className="hint" data-testid="rebuild-note">
      Versions before {oldest} cannot be compared: version {stop.version} came
      from {reason}, and the history does not hold what the codebook was before
      it. Every version from {oldest} on can be compared.
    </p>
  );
}

function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}
