import { Fragment, useMemo, useState } from 'react';
import {
  describeCodeNotes,
  listShownStatistics,
  STATISTIC_LABELS,
  type CodeReliability,
  type ReliabilityReport,
  type StatisticName,
  type ReportNames,
} from '../../../core/agreement';
import { StatisticCell } from './StatisticCell';
import { formatShare } from './format';

type SortKey = 'code' | 'units' | 'prevalence' | StatisticName;

type Sort = { readonly key: SortKey; readonly ascending: boolean };

type CodeTableProps = {
  readonly report: ReliabilityReport;
  readonly nameCode: ReportNames['nameCode'];
};

/**
 * One row per code: units, prevalence and each coefficient with its
 * interval, sortable by any column. Flagged numbers are coloured and
 * explained in a notes row beneath, as are undefined ones.
 */
export function CodeTable({ report, nameCode }: CodeTableProps) {
  const [sort, setSort] = useState<Sort>({ key: 'code', ascending: true });
  const shown = listShownStatistics(report.coders.length);
  const rows = useMemo(
    () => sortCodes(report.codes, sort, nameCode),
    [report.codes, sort, nameCode],
  );
  const header = (key: SortKey, label: string) => (
    <th
      scope="col"
      aria-sort={
        sort.key === key
          ? sort.ascending
            ? 'ascending'
            : 'descending'
          : 'none'
      }
    >
      <button
        type="button"
        className="link-button"
        onClick={() =>
          setSort((current) => ({
            key,
            ascending:
              current.key === key ? !current.ascending : key === 'code',
          }))
        }
      >
        {label}
      </button>
    </th>
  );

  return (
    <table className="reliability-table" aria-label="Agreement per code">
      <thead>
        <tr>
          {header('code', 'Code')}
          {header('units', 'Units (2+ coders)')}
          {header('prevalence', 'Prevalence')}
          {shown.map((name) => (
            <Fragment key={name}>
              {header(name, STATISTIC_LABELS[name])}
            </Fragment>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((code) => (
          <CodeRows
            key={code.codeId}
            code={code}
            name={nameCode(code.codeId)}
            shown={shown}
          />
        ))}
      </tbody>
    </table>
  );
}

function CodeRows(props: {
  readonly code: CodeReliability;
  readonly name: string;
  readonly shown: readonly StatisticName[];
}) {
  const { code, name, shown } = props;
  const { statistics, pairableUnits } = code.agreement.report;
  const notes = describeCodeNotes(code, shown);

  return (
    <>
      <tr data-code={code.codeId}>
        <th scope="row">{name}</th>
        <td className="num">{pairableUnits}</td>
        <td className="num">{formatShare(code.agreement.prevalence)}</td>
        {shown.map((stat) => (
          <StatisticCell
            key={stat}
            name={stat}
            statistic={statistics[stat]}
            flag={code.flags.find((flag) => flag.statistic === stat) ?? null}
          />
        ))}
      </tr>
      {notes.length > 0 && (
        <tr className="reliability-notes">
          <td colSpan={3 + shown.length}>
            <ul>
              {notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </td>
        </tr>
      )}
    </>
  );
}

function sortCodes(
  codes: readonly CodeReliability[],
  sort: Sort,
  nameCode: ReportNames['nameCode'],
): CodeReliability[] {
  const valueOf = (code: CodeReliability): number | string | null => {
    if (sort.key === 'code') return nameCode(code.codeId).toLowerCase();
    if (sort.key === 'units') return code.agreement.report.pairableUnits;
    if (sort.key === 'prevalence') return code.agreement.prevalence;
    return code.agreement.report.statistics[sort.key].value;
  };
  const direction = sort.ascending ? 1 : -1;
  return [...codes].sort((a, b) => {
    const left = valueOf(a);
    const right = valueOf(b);
    // Undefined values go last whichever way the column is sorted.
    if (left === null || right === null) {
      return left === right ? 0 : left === null ? 1 : -1;
    }
    return (left < right ? -1 : left > right ? 1 : 0) * direction;
  });
}
