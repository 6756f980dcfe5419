import { useCallback, useState } from 'react';
import { plural } from '../../../core/scan';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { describeError, useServices } from '../../app/services';
import { useProjectSession } from '../workspace/project-context';
import { formatTime } from './LayerChanges';
import type { MergeEntry } from './merge-history';
import { recallMergeLog } from './merge-logs';
import { ReportButtons } from './ReportButtons';
import type { ExchangeTasks } from './useExchangeTasks';
import { useMergeHistory } from './useMergeHistory';
import { useUndoKeys } from './useUndoKeys';

type MergeHistoryPanelProps = {
  readonly tasks: ExchangeTasks;
  readonly onReload: () => void;
};

/**
 * The latest merge: its report, and Undo merge (also Ctrl+Z on this tab)
 * while nothing has changed the project since.
 */
export function MergeHistoryPanel({ tasks, onReload }: MergeHistoryPanelProps) {
  const { notify, userName } = useServices();
  const session = useProjectSession();
  const { history, reload } = useMergeHistory(session.meta.id);
  const [asking, setAsking] = useState<MergeEntry | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const isBusy = tasks.progress !== null;
  const undoable = history?.kind === 'undoable' ? history.merge : null;

  const ask = useCallback(() => {
    if (undoable && !isBusy) setAsking(undoable);
  }, [undoable, isBusy]);
  useUndoKeys(ask, undoable !== null && asking === null);

  if (history === null || history.kind === 'none') return null;

  const undo = async (merge: MergeEntry) => {
    setAsking(null);
    setAlert(null);
    const response = await tasks.run(
      {
        type: 'undo-merge',
        projectId: session.meta.id,
        seq: merge.seq,
        actor: userName,
      },
      'Undoing the merge',
    );
    if (response.type !== 'reverted') {
      setAlert(
        response.type === 'failed' ? response.message : 'The undo failed.',
      );
      reload();
      return;
    }
    await Promise.all([
      session.refreshMeta(),
      session.refreshCodebook(),
      session.refreshCoders(),
    ]);
    notify('info', `Undid the merge of ${merge.sources.join(', ')}.`);
    onReload();
  };

  const { merge } = history;
  const applied = recallMergeLog(session.meta.id, merge.seq);
  return (
    <div className="merge-history" aria-label="Last merge" role="region">
      <h4>Last merge</h4>
      <p>
        {merge.sources.join(', ')} — merged by {merge.actor} on{' '}
        {formatTime(merge.at)}. <span className="hint">{merge.summary}</span>
      </p>
      {history.kind === 'blocked' && (
        <p className="hint">
          It can no longer be undone as a whole: {history.changesSince}{' '}
          {plural(history.changesSince, 'change was', 'changes were')} made
          after it, and undoing the merge would discard them.
        </p>
      )}
      {alert && (
        <p className="exchange-outcome exchange-refused" role="alert">
          {alert}
        </p>
      )}
      <div className="actions exchange-actions">
        {applied && (
          <ReportButtons
            tasks={tasks}
            stem={session.meta.name}
            disabled={isBusy}
            loadLog={() => Promise.resolve(applied.log)}
            onError={setAlert}
            label="Save merge report"
          />
        )}
        {history.kind === 'undoable' && (
          <button type="button" disabled={isBusy} onClick={ask}>
            Undo merge
          </button>
        )}
      </div>
      {asking && (
        <ConfirmDialog
          title="Undo the merge?"
          message={
            `Everything the merge of ${asking.sources.join(', ')} added or ` +
            'changed goes back to how it was before: records, codebook, ' +
            'coders, their layers and the consensus.'
          }
          confirmLabel="Undo merge"
          onConfirm={() =>
            void undo(asking).catch((error: unknown) =>
              setAlert(describeError(error)),
            )
          }
          onCancel={() => setAsking(null)}
        />
      )}
    </div>
  );
}
