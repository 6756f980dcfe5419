import { useState } from 'react';
import { useServices } from '../../app/services';
import { useProjectSession } from '../workspace/project-context';
import { countMissingChoices } from './merge-choices';
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
  const isEmpty = preview.wouldChange === false;
  const isBusy = tasks.progress !== null;

  return (
    <div className="merge-step" aria-label="Merge preview" role="region">
      <h4>Preview (nothing has changed yet)</h4>
      <MergePreviewView
        preview={preview}
        resolutions={flow.resolutions}
        onResolutions={flow.setResolutions}
      />
      {isEmpty && (
        <p className="merge-empty" role="status">
          Nothing to change: the project already holds everything in these
          files.
        </p>
      )}
      {missing > 0 && (
        <p className="merge-missing" role="status">
          {missing} choice{missing === 1 ? '' : 's'} still needed before the
          merge can be applied.
        </p>
      )}
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
        <button
          type="button"
          className="primary"
          disabled={isBusy || missing > 0 || isEmpty}
          onClick={() => void flow.apply()}
        >
          Apply merge
        </button>
      </div>
    </div>
  );
}
