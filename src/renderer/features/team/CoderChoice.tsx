import type { CoderId } from '../../../core/model/ids';
import { plural } from '../../../core/scan';
import { useProjectSession } from '../workspace/project-context';

/** Which of the project's coders a sample is assigned to. */
export function CoderChoice(props: {
  readonly chosen: readonly CoderId[];
  readonly onChange: (coderIds: CoderId[]) => void;
}) {
  const { coders } = useProjectSession();
  return (
    <fieldset className="sample-coders">
      <legend>Assign to (two or more coders)</legend>
      {coders.map((each) => (
        <label key={each.id} className="field-inline">
          <input
            type="checkbox"
            checked={props.chosen.includes(each.id)}
            onChange={(e) =>
              props.onChange(
                e.target.checked
                  ? [...props.chosen, each.id]
                  : props.chosen.filter((id) => id !== each.id),
              )
            }
          />
          {each.name} ({each.initials})
        </label>
      ))}
      {coders.length < 2 && (
        <p className="hint">
          This project has {coders.length}{' '}
          {plural(coders.length, 'coder', 'coders')}. Other coders join it when
          they open it under their own name or when their coded file is merged
          in; then they can be assigned here.
        </p>
      )}
    </fieldset>
  );
}
