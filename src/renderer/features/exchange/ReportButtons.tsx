import type { MergeLogEntry } from '../../../core/merge';
import { describeError, useServices } from '../../app/services';
import { safeStem } from './export-formats';
import { saveMergeReport } from './save-report';
import type { ExchangeTasks } from './useExchangeTasks';

type ReportButtonsProps = {
  readonly tasks: ExchangeTasks;
  /** The start of the file name (the project's name). */
  readonly stem: string;
  readonly disabled: boolean;
  readonly loadLog: () => Promise<readonly MergeLogEntry[]>;
  readonly onError: (message: string | null) => void;
  /** e.g. "Save merge report". */
  readonly label: string;
};

/** Saves a merge log as CSV or JSON: what came from where, every choice. */
export function ReportButtons(props: ReportButtonsProps) {
  const { platform, notify } = useServices();

  const save = async (format: 'csv' | 'json') => {
    props.onError(null);
    try {
      const log = await props.loadLog();
      const stem = safeStem(props.stem);
      const saved = await saveMergeReport(props.tasks, platform, {
        log,
        format,
        stem,
      });
      if (saved) notify('info', `Merge report saved (${log.length} entries).`);
    } catch (error) {
      props.onError(`The merge report was not saved: ${describeError(error)}`);
    }
  };

  return (
    <>
      <button
        type="button"
        disabled={props.disabled}
        onClick={() => void save('csv')}
      >
        {props.label} (CSV)…
      </button>
      <button
        type="button"
        disabled={props.disabled}
        onClick={() => void save('json')}
      >
        {props.label} (JSON)…
      </button>
    </>
  );
}
