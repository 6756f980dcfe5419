import { useProjectSession } from '../workspace/project-context';
import { MergeHistoryPanel } from './MergeHistoryPanel';
import { MergePreviewStep } from './MergePreviewStep';
import { RefusedFiles } from './RefusedFiles';
import type { ExchangeTasks } from './useExchangeTasks';
import { useMerge, type MergeFlow } from './useMerge';

type MergeSectionProps = {
  readonly tasks: ExchangeTasks;
  readonly onReload: () => void;
};

/**
 * The Merge section: coded files in, a dry-run preview, the choices, then
 * one transaction; and the undo of the latest merge as a whole.
 */
export function MergeSection({ tasks, onReload }: MergeSectionProps) {
  const { meta, isLead } = useProjectSession();
  const flow = useMerge(tasks, onReload);
  const canMerge = !meta.settings.blindMode || isLead;
  const isBusy = tasks.progress !== null;

  return (
    <section className="exchange-section" aria-labelledby="exchange-merge">
      <h3 id="exchange-merge">Merge coded files</h3>
      {canMerge ? (
        <p className="hint">
          Pick one or more coded files (*.podscan.json) from other coders or
          sites. Records are matched by key and codes by GUID; you see
          everything the merge would change before anything changes.
        </p>
      ) : (
        <p className="read-only-note" role="note">
          Blind mode is on, so only a lead of this project merges: a merge
          preview shows how others coded.
        </p>
      )}
      {canMerge && (
        <div className="actions exchange-actions">
          <button
            type="button"
            disabled={isBusy}
            onClick={() => void flow.pick()}
          >
            Choose coded files…
          </button>
        </div>
      )}
      <MergeStepView flow={flow} tasks={tasks} />
      {canMerge && <MergeHistoryPanel tasks={tasks} onReload={onReload} />}
    </section>
  );
}

function MergeStepView(props: {
  readonly flow: MergeFlow;
  readonly tasks: ExchangeTasks;
}) {
  const { step } = props.flow;
  switch (step.kind) {
    case 'idle':
      return null;
    case 'failed':
      return (
        <p className="exchange-outcome exchange-refused" role="alert">
          {step.message}
        </p>
      );
    case 'refused':
      return <RefusedFiles files={step.files} />;
    case 'preview':
      return (
        <MergePreviewStep
          flow={props.flow}
          preview={step.preview}
          tasks={props.tasks}
        />
      );
  }
}
