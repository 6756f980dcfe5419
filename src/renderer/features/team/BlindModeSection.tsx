import { setBlindMode } from '../../../core/coding';
import type { ProjectSettings } from '../../../core/model/project';
import type { Problem, Result } from '../../../core/model/problem';
import { useServices } from '../../app/services';
import { useProjectSession } from '../workspace/project-context';

type BlindModeSectionProps = {
  readonly onChange: (
    change: (settings: ProjectSettings) => Result<ProjectSettings, Problem>,
  ) => void;
};

/** The blind-mode switch, with what it hides and from whom. */
export function BlindModeSection({ onChange }: BlindModeSectionProps) {
  const { coder } = useServices();
  const { meta, isLead } = useProjectSession();
  const isOn = meta.settings.blindMode;

  return (
    <section className="team-section" aria-labelledby="team-blind">
      <h3 id="team-blind">Blind mode</h3>
      <label className="field-inline">
        <input
          type="checkbox"
          checked={isOn}
          disabled={!isLead}
          onChange={(event) =>
            onChange((settings) =>
              setBlindMode(settings, coder.id, event.target.checked),
            )
          }
        />
        Blind mode
      </label>
      <span className="blind-status" data-testid="blind-status">
        {isOn ? 'On' : 'Off'}
      </span>
      <p className="hint">
        While blind mode is on, a coder who is not a lead sees only their own
        codes, memos and statuses: other coders’ layers and the consensus
        decisions are hidden from them in the grid and left out of what they
        export. Leads still see every layer. Turn it on before coders start a
        reliability sample so that their judgements stay independent, and off
        once the agreement has been computed.
      </p>
      {!isLead && (
        <p className="muted">Only a lead can turn blind mode on or off.</p>
      )}
    </section>
  );
}
