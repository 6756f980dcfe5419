import { useId, useState } from 'react';
import { useServices } from '../../app/services';
import { useProjectSession } from '../workspace/project-context';
import { countMissingChoices, findApplyBlock } from './merge-choices';
import type { MergePreview } from './merge-preview';
import { MergePreviewView } from './MergePreviewView';
import { ReportButtons } from './ReportButtons';
import type { ExchangeTasks } from './useExchangeTasks';
import type { MergeFlow } from './useMerge';

type MergePreviewStepProps = {
  readonly flow: MergeFlow;
  readonly preview: MergePreview;
  readonly tasks: ExchangeTasks;
};

/** The preview with its choices, Apply, and the dry-run report. */
export function MergePreviewStep(props: MergePreviewStepProps) {
  const { flow, preview, tasks } = props;
  const { meta } = useProjectSession();
  const { userName } = useServices();
  const [reportAlert, setReportAlert] = useState<string | null>(null);
  const missing = countMissingChoices(preview, flow.resolutions);
  const block = findApplyBlock(preview, missing);
  const blockId = useId();
  const isBusy = tasks.progress !== null;

  return (
    <div className="merge-step" aria-label="Merge preview" role="region">
      <h4>Preview (nothing has changed yet)</h4>
      <MergePreviewView
        preview={preview}
        resolutions={flow.resolutions}
        onResolutions={flow.setResolutions}
      />
      {flow.missing && (
        <div className="exchange-outcome exchange-refused" role="alert">
          <p>The merge needs more choices:</p>
          <ul>
            {flow.missing.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      {(flow.alert ?? reportAlert) && (
        <p className="exchange-outcome exchange-refused" role="alert">
          {flow.alert ?? reportAlert}
        </p>
      )}
      <div className="actions exchange-actions">
        <button type="button" onClick={flow.close}>
          Cancel
        </button>
        <ReportButtons
          tasks={tasks}
          stem={meta.name}
          disabled={isBusy || missing > 0}
          loadLog={async () => {
            const response = await tasks.run(
              {
                type: 'dry-run-log',
                projectId: meta.id,
                resolutions: flow.resolutions,
                actor: userName,
              },
              'Preparing the merge report',
            );
            if (response.type === 'log') return response.log;
            throw new Error(
              response.type === 'failed'
                ? response.message
                : 'The merge needs more choices first.',
            );
          }}
          onError={setReportAlert}
          label="Save dry-run report"
        />
        {block !== null && (
          <p
            id={blockId}
            className={missing > 0 ? 'merge-missing' : 'merge-empty'}
            role="status"
          >
            {block}
          </p>
        )}
        <button
          type="button"
          className="primary"
          disabled={isBusy || block !== null}
          aria-describedby={block === null ? undefined : blockId}
          onClick={() => void flow.apply()}
        >
          Apply merge
        </button>
      </div>
    </div>
  );
}
