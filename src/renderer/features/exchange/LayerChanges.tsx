import type { MergePreview } from './merge-preview';
import { countOf } from '../../../core/scan';

type LayerChangesProps = {
  readonly coders: MergePreview['coders'];
  readonly layers: MergePreview['layers'];
};

/**
 * Coders and their layers: new coders, shared ones, and every coding that
 * a more recent one of the same coder overwrites (nothing is dropped
 * without being listed here).
 */
export function LayerChanges({ coders, layers }: LayerChangesProps) {
  return (
    <div className="merge-part" aria-label="Coder layers" role="region">
      <h4>Coder layers</h4>
      {coders.added.length > 0 && (
        <p>
          New coders:{' '}
          {coders.added
            .map(
              (coder) =>
                `${coder.name} (${coder.initials}) from ${coder.source}`,
            )
            .join('; ')}
          .
        </p>
      )}
      {coders.shared.length > 0 && (
        <p>
          Coders the project already has:{' '}
          {coders.shared
            .map(
              (coder) =>
                `${coder.name}, ` +
                `${countOf(coder.incomingCodings, 'coding')} in ` +
                coder.source,
            )
            .join('; ')}
          . Where both sides coded a record, the most recent change is kept.
        </p>
      )}
      {layers.overwritten.length > 0 && (
        <table className="merge-table" aria-label="Overwritten codings">
          <thead>
            <tr>
              <th scope="col">Coder</th>
              <th scope="col">Record</th>
              <th scope="col">Overwritten</th>
              <th scope="col">Kept (more recent)</th>
            </tr>
          </thead>
          <tbody>
            {layers.overwritten.map((item) => (
              <tr key={`${item.coder}/${item.recordKey}/${item.from}`}>
                <td>{item.coder}</td>
                <td>{item.recordKey}</td>
                <td>
                  {item.overwritten}
                  <span className="hint">
                    {' '}
                    — {item.from}, {formatTime(item.overwrittenAt)}
                  </span>
                </td>
                <td>
                  {item.kept}
                  <span className="hint">
                    {' '}
                    — {item.keptFrom}, {formatTime(item.keptAt)}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {layers.overwrittenCount > layers.overwritten.length && (
        <p className="hint">
          {(
            layers.overwrittenCount - layers.overwritten.length
          ).toLocaleString()}{' '}
          more overwritten codings are in the merge report.
        </p>
      )}
    </div>
  );
}

export function formatTime(iso: string): string {
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? iso : time.toLocaleString();
}
