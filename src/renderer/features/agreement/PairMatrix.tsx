import { useState } from 'react';
import {
  flagLevelOf,
  type PairAgreement,
  type ReliabilityReport,
  type ReportNames,
} from '../../../core/agreement';
import { countOf } from '../../../core/scan';
import { formatInterval, formatValue } from './format';

const POOLED = '';

type PairMatrixProps = {
  readonly report: ReliabilityReport;
  readonly nameCode: ReportNames['nameCode'];
  readonly nameCoder: ReportNames['nameCoder'];
};

/**
 * Cohen's kappa of every coder pair as a heat map, for one code or for
 * all codes with each pair's tables summed.
 */
export function PairMatrix({ report, nameCode, nameCoder }: PairMatrixProps) {
  const [codeId, setCodeId] = useState(POOLED);
  const pairs =
    codeId === POOLED
      ? (report.pooled?.summedTables.pairs ?? [])
      : (report.codes.find((code) => code.codeId === codeId)?.agreement.pairs ??
        []);
  const names = report.coders.map(nameCoder);

  return (
    <section aria-label="Coder pairs" className="reliability-pairs">
      <h3>Coder pairs: Cohen&apos;s kappa</h3>
      <label className="field-inline">
        For
        <select
          aria-label="Code for the coder pairs"
          value={codeId}
          onChange={(event) => setCodeId(event.target.value)}
        >
          <option value={POOLED}>All codes (tables summed)</option>
          {report.codes.map((code) => (
            <option key={code.codeId} value={code.codeId}>
              {nameCode(code.codeId)}
            </option>
          ))}
        </select>
      </label>
      <table className="pair-matrix" aria-label="Kappa per coder pair">
        <thead>
          <tr>
            <td />
            {names.map((name, index) => (
              <th key={report.coders[index]} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {names.map((name, row) => (
            <tr key={report.coders[row]}>
              <th scope="row">{name}</th>
              {names.map((_, column) => (
                <PairCell
                  key={report.coders[column]}
                  pair={row === column ? null : findPair(pairs, row, column)}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function PairCell({ pair }: { readonly pair: PairAgreement | null }) {
  if (pair === null) return <td className="pair-self">—</td>;

  const { value, reason } = pair.cohenKappa;
  if (value === null) {
    return (
      <td className="stat-undefined" title={reason}>
        undefined
      </td>
    );
  }
  const level = flagLevelOf(value);
  return (
    <td
      className="num"
      style={{ backgroundColor: heatColor(value) }}
      title={describePairCell(pair, level)}
    >
      {formatValue(value)}
    </td>
  );
}

function describePairCell(
  pair: PairAgreement,
  level: ReturnType<typeof flagLevelOf>,
): string {
  const parts = [`${countOf(pair.units, 'record')} coded by both`];
  const { ci95 } = pair.cohenKappa;
  if (ci95) parts.push(`95% CI ${formatInterval(ci95)}`);
  if (level) parts.push(`below ${level === 'red' ? '0.667' : '0.800'}`);
  return parts.join('; ');
}

function findPair(
  pairs: readonly PairAgreement[],
  a: number,
  b: number,
): PairAgreement | null {
  const [first, second] = a < b ? [a, b] : [b, a];
  return (
    pairs.find(
      (pair) => pair.coders[0] === first && pair.coders[1] === second,
    ) ?? null
  );
}

/** Red at or below 0, amber near 0.667, green at 1: a light tint. */
function heatColor(value: number): string {
  const clamped = Math.max(0, Math.min(1, value));
  return `hsl(${Math.round(clamped * 120)}, 70%, 85%)`;
}
