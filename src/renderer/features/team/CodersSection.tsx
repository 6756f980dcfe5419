import {
  addProjectLead,
  listProjectLeads,
  removeProjectLead,
} from '../../../core/coding';
import type { Coder } from '../../../core/model/coding';
import type { ProjectSettings } from '../../../core/model/project';
import type { Problem, Result } from '../../../core/model/problem';
import { useServices } from '../../app/services';
import { useProjectSession } from '../workspace/project-context';

type CodersSectionProps = {
  readonly onChange: (
    change: (settings: ProjectSettings) => Result<ProjectSettings, Problem>,
  ) => void;
};

/** The project's coders and who leads; leads can pass lead rights on. */
export function CodersSection({ onChange }: CodersSectionProps) {
  const { coder: me } = useServices();
  const { meta, coders, isLead } = useProjectSession();
  const leads = listProjectLeads(meta.settings);
  const isLastLead = leads.length <= 1;

  return (
    <section className="team-section" aria-labelledby="team-coders">
      <h3 id="team-coders">Coders</h3>
      <table className="projects-table team-coders" aria-label="Coders">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Initials</th>
            <th scope="col">Role</th>
            {isLead && <th scope="col">Lead rights</th>}
          </tr>
        </thead>
        <tbody>
          {coders.map((coder) => {
            const isCoderLead = leads.includes(coder.id);
            return (
              <tr key={coder.id} data-coder-id={coder.id}>
                <td>
                  {coder.name}
                  {coder.id === me.id && <span className="muted"> (you)</span>}
                </td>
                <td>{coder.initials}</td>
                <td>
                  {isCoderLead ? (
                    <span className="lead-badge">Lead</span>
                  ) : (
                    'Coder'
                  )}
                </td>
                {isLead && (
                  <td>
                    <LeadButton
                      coder={coder}
                      isCoderLead={isCoderLead}
                      isLastLead={isLastLead}
                      onChange={onChange}
                      actor={me}
                    />
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="hint">
        A coder is listed once they have opened this project in Podscan under
        their own name — on this computer, switch coder and open the project —
        or once a coded file of theirs has been merged into it. Only listed
        coders can be made leads or assigned a sample.
      </p>
    </section>
  );
}

function LeadButton(props: {
  readonly coder: Coder;
  readonly isCoderLead: boolean;
  readonly isLastLead: boolean;
  readonly actor: Coder;
  readonly onChange: CodersSectionProps['onChange'];
}) {
  const { coder, actor } = props;
  const { coders } = useProjectSession();
  if (!props.isCoderLead) {
    return (
      <button
        type="button"
        onClick={() =>
          props.onChange((settings) =>
            addProjectLead(settings, actor.id, coder.id, coders),
          )
        }
      >
        Make {coder.name} a lead
      </button>
    );
  }
  return (
    <button
      type="button"
      disabled={props.isLastLead}
      title={
        props.isLastLead
          ? 'A project keeps at least one lead; make another coder a lead first.'
          : undefined
      }
      onClick={() =>
        props.onChange((settings) =>
          removeProjectLead(settings, actor.id, coder.id),
        )
      }
    >
      Remove lead rights from {coder.name}
    </button>
  );
}
