import type { MergeSide } from '../../../core/merge';
import type { PreviewDifference } from './merge-preview';
import { SIDE_OPTIONS, SideChoice } from './SideChoice';

/** A code both sides have but describe differently, field by field. */
export function CodeDifference(props: {
  readonly difference: PreviewDifference;
  readonly choice: MergeSide | undefined;
  readonly onChoose: (side: MergeSide) => void;
}) {
  const { difference } = props;
  return (
    <div className="merge-item">
      <p>
        “{difference.name}” differs in {difference.source} (
        {difference.kinds.join(', ')}).{' '}
        {difference.winner === null
          ? `A choice is needed: ${difference.reason}.`
          : `${difference.winner === 'base' ? 'The project’s' : 'The file’s'} version is kept: ${difference.reason}.`}
      </p>
      <table className="merge-table">
        <tbody>
          {difference.fields.map((field) => (
            <tr key={field.field}>
              <th scope="row">{field.field}</th>
              <td className="merge-value">{String(field.base ?? '—')}</td>
              <td className="merge-value">{String(field.incoming ?? '—')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {difference.winner === null && (
        <SideChoice
          name={`code-${difference.guid}`}
          label={`Code ${difference.name}`}
          value={props.choice}
          options={SIDE_OPTIONS}
          onChange={props.onChoose}
        />
      )}
    </div>
  );
}
