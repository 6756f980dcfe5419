import { countSampleStrata } from '../../../core/coding';
import type { ReliabilitySample } from '../../../core/model/coding';
import type { ColumnKey, RecordKey } from '../../../core/model/ids';

/**
 * How a sample spreads over the values of a column, beside the project's
 * own spread, so the lead can check a stratified draw.
 */
export function StrataTable(props: {
  readonly sample: ReliabilitySample;
  readonly records: readonly {
    key: RecordKey;
    fields: Readonly<Record<string, string>>;
  }[];
  readonly column: ColumnKey;
  readonly label: string;
}) {
  const strata = countSampleStrata(
    props.sample.recordKeys,
    props.records,
    props.column,
  );
  return (
    <table
      className="problem-table strata-table"
      aria-label={`Strata of ${props.sample.name}`}
    >
      <thead>
        <tr>
          <th scope="col">{props.label}</th>
          <th scope="col">In the sample</th>
          <th scope="col">In the project</th>
        </tr>
      </thead>
      <tbody>
        {strata.map((stratum) => (
          <tr key={stratum.value}>
            <td>{stratum.value === '' ? '(blank)' : stratum.value}</td>
            <td>{stratum.sampled}</td>
            <td>{stratum.total}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
