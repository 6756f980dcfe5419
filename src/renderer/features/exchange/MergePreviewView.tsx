import type {
  MergeResolutions,
  MergeSide,
  SameNameChoice,
} from '../../../core/merge';
import { plural } from '../../../core/scan';
import { CodebookChanges } from './CodebookChanges';
import { ConsensusConflicts } from './ConsensusConflicts';
import { LayerChanges, formatTime } from './LayerChanges';
import { chooseForAll, chooseOne } from './merge-choices';
import type { MergePreview } from './merge-preview';
import { MergeCounts } from './MergeCounts';
import { RecordConflicts } from './RecordConflicts';

type MergePreviewViewProps = {
  readonly preview: MergePreview;
  readonly resolutions: MergeResolutions;
  readonly onResolutions: (next: MergeResolutions) => void;
};

/** The dry run: what the merge would change, and the choices it needs. */
export function MergePreviewView(props: MergePreviewViewProps) {
  const { preview, resolutions, onResolutions } = props;
  const setAll = (kind: 'fields' | 'consensus', side: MergeSide) =>
    onResolutions(chooseForAll(resolutions, kind, side));

  return (
    <div className="merge-preview">
      <ul className="merge-files" aria-label="Files to merge">
        {preview.files.map((file) => (
          <li key={file.name}>
            <strong>{file.name}</strong>: “{file.projectName}”, exported by{' '}
            {file.exportedBy} on {formatTime(file.exportedAt)};{' '}
            {file.records.toLocaleString()}{' '}
            {plural(file.records, 'record', 'records')},{' '}
            {file.codings.toLocaleString()}{' '}
            {plural(file.codings, 'coding', 'codings')}, codebook version{' '}
            {file.codebookVersion}
          </li>
        ))}
      </ul>
      {preview.warnings.length > 0 && (
        <ul className="exchange-problems" aria-label="Merge warnings">
          {preview.warnings.map((warning, index) => (
            <li key={index} className="severity-warning">
              {warning}
            </li>
          ))}
        </ul>
      )}
      <MergeCounts preview={preview} />
      <RecordConflicts
        records={preview.records}
        resolutions={resolutions}
        onAll={(side) => setAll('fields', side)}
        onOne={(key, side) =>
          onResolutions(chooseOne(resolutions, 'fields', key, side))
        }
      />
      {preview.records.columnsAdded.length > 0 && (
        <p>
          New columns:{' '}
          {preview.records.columnsAdded
            .map((column) => `${column.label} (${column.source})`)
            .join(', ')}
          ; other records get them empty.
        </p>
      )}
      <CodebookChanges
        codebook={preview.codebook}
        resolutions={resolutions}
        onDifference={(guid, side) =>
          onResolutions(chooseOne(resolutions, 'codebook', guid, side))
        }
        onSameName={(guid, choice: SameNameChoice) =>
          onResolutions(chooseOne(resolutions, 'sameName', guid, choice))
        }
      />
      <LayerChanges coders={preview.coders} layers={preview.layers} />
      <ConsensusConflicts
        consensus={preview.consensus}
        resolutions={resolutions}
        onAll={(side) => setAll('consensus', side)}
        onOne={(id, side) =>
          onResolutions(chooseOne(resolutions, 'consensus', id, side))
        }
      />
    </div>
  );
}
