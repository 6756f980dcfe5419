import type { Code } from '../../../core/codebook';
import type { CodeId } from '../../../core/model/ids';
import { pickChipTextColor, toChipColor } from './chip-colors';
import { orderCodes, type CodeLookup } from './code-lookup';

type CodeChipsProps = {
  readonly codes: readonly CodeId[];
  readonly lookup: CodeLookup;
};

/**
 * Applied codes as small coloured chips in tree order; names are text,
 * never HTML.
 */
export function CodeChips({ codes, lookup }: CodeChipsProps) {
  if (codes.length === 0) return null;

  return (
    <span className="code-chips">
      {orderCodes(lookup, codes).map((id) => (
        <CodeChip key={id} code={lookup.byId.get(id)} />
      ))}
    </span>
  );
}

function CodeChip({ code }: { readonly code: Code | undefined }) {
  const background = toChipColor(code?.color);
  const name = code?.name ?? 'Unknown code';

  return (
    <span
      className={code?.retired ? 'code-chip code-chip-retired' : 'code-chip'}
      style={{ background, color: pickChipTextColor(background) }}
      title={code?.retired ? `${name} (retired)` : name}
    >
      {name}
    </span>
  );
}
