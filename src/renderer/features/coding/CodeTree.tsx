import { useId, useMemo, useState } from 'react';
import type { Codebook } from '../../../core/codebook';
import { findCode } from '../../../core/codebook';
import {
  listCodeRows,
  type CodeRow,
  type CodingKeyAction,
} from '../../../core/coding';
import type { CodeId } from '../../../core/model/ids';
import { CodeDefinition } from './CodeDefinition';
import { toChipColor } from './chip-colors';

type CodeTreeProps = {
  readonly codebook: Codebook;
  /** Codes applied to the record now. */
  readonly applied: readonly CodeId[];
  readonly keymap: ReadonlyMap<string, CodingKeyAction>;
  readonly canCode: boolean;
  readonly onToggle: (codeId: CodeId) => void;
};

/**
 * The codebook as checkboxes for the selected record, with a search and
 * the definition of the code under the pointer or focus. Grouping nodes
 * are headings; retired codes show only where applied, locked.
 */
export function CodeTree(props: CodeTreeProps) {
  const { codebook, applied, keymap } = props;
  const [query, setQuery] = useState('');
  const [shownId, setShownId] = useState<CodeId | null>(null);
  const definitionId = useId();
  const rows = useMemo(
    () => listCodeRows(codebook, applied, query),
    [codebook, applied, query],
  );
  const keysOf = useMemo(() => listKeysByCode(keymap), [keymap]);
  const shown = shownId === null ? null : (findCode(codebook, shownId) ?? null);

  return (
    <section className="coding-codes" aria-label="Codes">
      <input
        type="search"
        className="code-search"
        placeholder="Search codes"
        aria-label="Search codes"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <CodeDefinition id={definitionId} codebook={codebook} code={shown} />
      {rows.length === 0 && (
        <p className="muted">
          {codebook.codes.length === 0
            ? 'This project has no codebook yet.'
            : 'No code name contains that text.'}
        </p>
      )}
      <ul className="code-rows">
        {rows.map((row) => (
          <CodeRowItem
            key={row.code.id}
            row={row}
            keys={keysOf.get(row.code.id) ?? []}
            canCode={props.canCode}
            describedBy={definitionId}
            onToggle={props.onToggle}
            onShow={setShownId}
          />
        ))}
      </ul>
    </section>
  );
}

type CodeRowItemProps = {
  readonly row: CodeRow;
  readonly keys: readonly string[];
  readonly canCode: boolean;
  readonly describedBy: string;
  readonly onToggle: (codeId: CodeId) => void;
  readonly onShow: (codeId: CodeId) => void;
};

function CodeRowItem({ row, keys, ...props }: CodeRowItemProps) {
  const { code } = row;
  const indent = { paddingLeft: `${row.depth * 14}px` };
  if (!code.isCodable) {
    return (
      <li
        className="code-row code-group"
        style={indent}
        onMouseEnter={() => props.onShow(code.id)}
      >
        {code.name}
        {row.isRetired && <span className="code-retired"> retired</span>}
      </li>
    );
  }

  return (
    <li
      className="code-row"
      style={indent}
      onMouseEnter={() => props.onShow(code.id)}
    >
      <label>
        <input
          type="checkbox"
          checked={row.isApplied}
          disabled={!row.isCheckable || !props.canCode}
          aria-describedby={props.describedBy}
          onFocus={() => props.onShow(code.id)}
          onChange={() => props.onToggle(code.id)}
        />
        <span
          className="code-swatch"
          style={{ background: toChipColor(code.color) }}
          aria-hidden="true"
        />
        <span className="code-name">{code.name}</span>
        {row.isRetired && <span className="code-retired">retired</span>}
        {keys.map((key) => (
          <kbd key={key} aria-label={`key ${key}`}>
            {key.toUpperCase()}
          </kbd>
        ))}
      </label>
    </li>
  );
}

/** The keys that toggle each code, its number (1–9) first. */
function listKeysByCode(
  keymap: ReadonlyMap<string, CodingKeyAction>,
): Map<CodeId, string[]> {
  const keysOf = new Map<CodeId, string[]>();
  for (const [key, action] of keymap) {
    if (action.kind !== 'toggle') continue;

    const keys = keysOf.get(action.codeId) ?? [];
    keys.push(key);
    keysOf.set(action.codeId, keys);
  }
  const isNumber = (key: string) => Number(/^[1-9]$/.test(key));
  for (const keys of keysOf.values()) {
    keys.sort((a, b) => isNumber(b) - isNumber(a));
  }
  return keysOf;
}
