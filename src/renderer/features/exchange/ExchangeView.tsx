import { ProgressBar } from '../../components/ProgressBar';
import type { WorkspaceViewProps } from '../workspace/views';
import { ExportSection } from './ExportSection';
import { MergeSection } from './MergeSection';
import { useExchangeTasks } from './useExchangeTasks';

/**
 * The Exchange tab: export the project (coded file for the consortium,
 * analysis files), merge others' coded files, undo the latest merge. The
 * heavy work runs in the exchange worker, with progress and Cancel.
 */
export function ExchangeView({ onReload }: WorkspaceViewProps) {
  const tasks = useExchangeTasks();

  return (
    <div className="exchange-view">
      {tasks.progress && (
        <ProgressBar
          fraction={tasks.progress.fraction}
          label={tasks.progress.stage}
          onCancel={tasks.cancel}
        />
      )}
      <ExportSection tasks={tasks} />
      <MergeSection tasks={tasks} onReload={onReload} />
    </div>
  );
}
