import { useMemo } from 'react';
import type { CodebookRead } from '../../../core/codebook';
import { countOf } from '../../../core/scan';
import { ProblemTable } from '../import/ProblemTable';
import { listTreeRows } from './tree-rows';

/** Codes listed in the preview; the summary counts them all. */
const PREVIEW_CODES = 200;

/** What an imported codebook holds, and what its reader fixed or noticed. */
export function ImportPreview({ read }: { readonly read: CodebookRead }) {
  const { codebook, problems } = read;
  const rows = useMemo(() => listTreeRows(codebook, new Set()), [codebook]);
  const grouping = codebook.codes.filter((code) => !code.isCodable).length;

  return (
    <div className="import-preview">
      <p data-testid="import-summary">
        {countOf(codebook.codes.length, 'code')} (
        {codebook.codes.length - grouping} codable, {grouping} grouping) and{' '}
        {countOf(codebook.sets.length, 'set')}
        {codebook.sets.length > 0 &&
          `: ${codebook.sets.map((set) => set.name).join(', ')}`}
        .
      </p>
      <ul className="import-tree plain-list" aria-label="Codes in the file">
        {rows.slice(0, PREVIEW_CODES).map((row) => (
          <li key={row.code.id} style={{ paddingLeft: (row.level - 1) * 16 }}>
            <span
              className="code-tree-swatch"
              aria-hidden="true"
              style={{ backgroundColor: row.code.color }}
            />
            {row.code.name}
            {!row.code.isCodable && (
              <span className="code-tree-badge">grouping</span>
            )}
          </li>
        ))}
      </ul>
      {rows.length > PREVIEW_CODES && (
        <p className="hint">
          and {rows.length - PREVIEW_CODES} more codes not listed here.
        </p>
      )}
      <h3>What Podscan fixed or noticed</h3>
      <ProblemTable
        problems={problems}
        moreProblems={0}
        labelOf={(column) => column}
      />
    </div>
  );
}
