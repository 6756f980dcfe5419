import type {
  AgreementFlag,
  Statistic,
  StatisticName,
} from '../../../core/agreement';
import { formatInterval, formatValue } from './format';

type StatisticCellProps = {
  readonly name: StatisticName;
  readonly statistic: Statistic;
  readonly flag: AgreementFlag | null;
};

/** A coefficient with its interval; undefined ones say so, never NaN. */
export function StatisticCell({ name, statistic, flag }: StatisticCellProps) {
  if (statistic.value === null) {
    return (
      <td
        className="num stat-undefined"
        data-statistic={name}
        title={statistic.reason}
      >
        undefined
      </td>
    );
  }

  return (
    <td
      className={flag ? `num stat-flag-${flag.level}` : 'num'}
      data-statistic={name}
      title={flag?.explanation}
    >
      <span className="stat-value">{formatValue(statistic.value)}</span>
      {statistic.ci95 && (
        <span className="stat-ci"> {formatInterval(statistic.ci95)}</span>
      )}
      {flag && (
        <span className="visually-hidden">
          {flag.level === 'red' ? ' (below 0.667)' : ' (below 0.800)'}
        </span>
      )}
    </td>
  );
}
