import { ProblemList } from './ProblemList';
import { countOf } from '../../../core/scan';
import type { ExportFlow } from './useExport';

/** What became of the last export: warnings to accept, saved, refused. */
export function ExportResult({ flow }: { readonly flow: ExportFlow }) {
  const { outcome } = flow;
  if (outcome === null) return null;

  switch (outcome.kind) {
    case 'warnings':
      return (
        <div className="exchange-outcome exchange-warnings" role="alert">
          <p>
            The export is ready, but read this before you save it (
            {countOf(outcome.prepared.warnings.length, 'warning')}):
          </p>
          <ProblemList
            problems={outcome.prepared.warnings}
            label="Export warnings"
          />
          <div className="actions">
            <button type="button" onClick={flow.dismiss}>
              Don’t save
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => void flow.saveAnyway()}
            >
              Save anyway…
            </button>
          </div>
        </div>
      );
    case 'saved':
      return (
        <div className="exchange-outcome" role="status">
          <p>Saved {outcome.location}.</p>
          {outcome.warnings.length > 0 && (
            <ProblemList problems={outcome.warnings} label="Export warnings" />
          )}
        </div>
      );
    case 'refused':
      return (
        <div className="exchange-outcome exchange-refused" role="alert">
          <p>The project cannot be exported in this format:</p>
          <ProblemList problems={outcome.problems} label="Export problems" />
        </div>
      );
    case 'failed':
      return (
        <p className="exchange-outcome exchange-refused" role="alert">
          The export was not saved: {outcome.message}
        </p>
      );
  }
}
