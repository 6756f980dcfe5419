import type { ReliabilitySample } from '../../../core/model/coding';
import type { ProjectSettings } from '../../../core/model/project';
import type { Problem, Result } from '../../../core/model/problem';
import { countOf } from '../../../core/scan';
import { describeError, useServices } from '../../app/services';
import type { GridRow } from '../grid/grid-row';
import { useProjectSession } from '../workspace/project-context';
import { BlindModeSection } from './BlindModeSection';
import { CodersSection } from './CodersSection';
import { DrawSampleForm } from './DrawSampleForm';
import { SampleList } from './SampleList';
import { saveSettingsChange } from './settings-change';
import { useTeamData } from './useTeamData';

/**
 * The Team tab: coders and leads, blind mode, and reliability samples.
 * Leads change them; other coders see them read-only.
 */
export function TeamView({ rows }: { readonly rows: readonly GridRow[] }) {
  const { repository, notify, userName } = useServices();
  const session = useProjectSession();
  const { meta, isLead, refreshMeta } = session;
  const data = useTeamData(meta.id);

  const changeSettings = (
    change: (settings: ProjectSettings) => Result<ProjectSettings, Problem>,
  ) => {
    const before = meta.settings;
    const result = change(before);
    if (!result.ok) {
      notify('error', result.error.message);
      return;
    }
    saveSettingsChange(repository, meta.id, before, result.value, userName)
      .then(refreshMeta)
      .catch((error: unknown) =>
        notify('error', `The setting was not saved: ${describeError(error)}`),
      );
  };

  const info = () => ({ at: new Date().toISOString(), actor: userName });

  const saveSample = async (sample: ReliabilitySample) => {
    try {
      await repository.saveSample(meta.id, sample, info());
      notify(
        'info',
        `Drew “${sample.name}”: ` +
          `${countOf(sample.recordKeys.length, 'record')}, seed ` +
          `${sample.seed}.`,
      );
      data.reload();
      return true;
    } catch (error) {
      notify('error', `The sample was not saved: ${describeError(error)}`);
      return false;
    }
  };

  const deleteSample = (sample: ReliabilitySample) => {
    repository
      .deleteSample(meta.id, sample.id, info())
      .then(data.reload)
      .catch((error: unknown) =>
        notify('error', `The sample was not deleted: ${describeError(error)}`),
      );
  };

  return (
    <div className="team-view">
      {!isLead && (
        <p className="read-only-note" role="note">
          Only a lead of this project can change these settings or draw samples;
          you can see them here.
        </p>
      )}
      <CodersSection onChange={changeSettings} />
      <BlindModeSection onChange={changeSettings} />
      <section className="team-section" aria-labelledby="team-samples">
        <h3 id="team-samples">Reliability samples</h3>
        {isLead && data.samples !== null && (
          <DrawSampleForm
            rows={rows}
            sampleCount={data.samples.length}
            onDrawn={saveSample}
          />
        )}
        {data.samples === null ? (
          <p className="muted">Reading samples…</p>
        ) : (
          <SampleList
            samples={data.samples}
            codings={data.codings}
            rows={rows}
            onDelete={isLead ? deleteSample : null}
          />
        )}
      </section>
    </div>
  );
}
