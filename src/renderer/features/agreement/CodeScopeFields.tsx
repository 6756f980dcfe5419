import { listApplicableCodes, type Codebook } from '../../../core/codebook';
import type { CodeScope } from './scope';

type CodeScopeFieldsProps = {
  readonly codebook: Codebook;
  readonly value: CodeScope;
  readonly onChange: (value: CodeScope) => void;
};

/** All codable codes, the codes of a set, or codes picked one by one. */
export function CodeScopeFields({
  codebook,
  value,
  onChange,
}: CodeScopeFieldsProps) {
  const codable = listApplicableCodes(codebook);
  const chosen = value.kind === 'chosen' ? value.codeIds : [];

  return (
    <fieldset>
      <legend>Codes</legend>
      <label className="field-inline">
        <input
          type="radio"
          name="code-scope"
          checked={value.kind === 'all'}
          onChange={() => onChange({ kind: 'all' })}
        />
        All codable codes ({codable.length})
      </label>
      <label className="field-inline">
        <input
          type="radio"
          name="code-scope"
          checked={value.kind === 'set'}
          disabled={codebook.sets.length === 0}
          onChange={() =>
            onChange({ kind: 'set', setId: codebook.sets[0]?.id ?? '' })
          }
        />
        A set
        {value.kind === 'set' && (
          <select
            aria-label="Code set"
            value={value.setId}
            onChange={(event) =>
              onChange({ kind: 'set', setId: event.target.value })
            }
          >
            {codebook.sets.map((set) => (
              <option key={set.id} value={set.id}>
                {set.name}
              </option>
            ))}
          </select>
        )}
      </label>
      <label className="field-inline">
        <input
          type="radio"
          name="code-scope"
          checked={value.kind === 'chosen'}
          onChange={() => onChange({ kind: 'chosen', codeIds: [] })}
        />
        Chosen codes
      </label>
      {value.kind === 'chosen' && (
        <ul className="reliability-code-choice">
          {codable.map((code) => (
            <li key={code.id}>
              <label className="field-inline">
                <input
                  type="checkbox"
                  checked={chosen.includes(code.id)}
                  onChange={(event) =>
                    onChange({
                      kind: 'chosen',
                      codeIds: event.target.checked
                        ? codable
                            .map((each) => each.id as string)
                            .filter(
                              (id) => id === code.id || chosen.includes(id),
                            )
                        : chosen.filter((id) => id !== code.id),
                    })
                  }
                />
                {code.name}
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
