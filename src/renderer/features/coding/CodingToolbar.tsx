import { useMemo } from 'react';
import type { Codebook } from '../../../core/codebook';
import { getCodePath, sortCodesInTreeOrder } from '../../../core/codebook';
import type { CodingProgress } from '../../../core/coding';
import type { Coder, CodingStatus } from '../../../core/model/coding';
import { CODING_STATUSES } from '../../../core/model/coding';
import type { CodeId, CoderId } from '../../../core/model/ids';
import type { CodingFilters } from './useCodingFilters';
import { STATUS_LABELS } from './status-labels';

type CodingToolbarProps = {
  readonly codebook: Codebook;
  readonly coder: Coder;
  readonly visibleCoders: readonly Coder[];
  readonly filters: CodingFilters;
  readonly progress: CodingProgress;
};

/** Progress of the local coder, and the grid's coding filters. */
export function CodingToolbar(props: CodingToolbarProps) {
  const { filters, progress } = props;
  const codeOptions = useMemo(
    () => listCodeOptions(props.codebook),
    [props.codebook],
  );

  return (
    <div className="toolbar coding-toolbar" role="toolbar" aria-label="Coding">
      <ProgressFigure
        label="Records done"
        done={progress.done}
        total={progress.total}
        text={`${progress.done} of ${progress.total} done`}
      />
      {progress.assigned > 0 && (
        <ProgressFigure
          label="Assigned records done"
          done={progress.assignedDone}
          total={progress.assigned}
          text={`${progress.assignedDone} of ${progress.assigned} assigned done`}
        />
      )}
      <label className="toggle">
        <input
          type="checkbox"
          checked={filters.isAssignedOnly}
          disabled={progress.assigned === 0 && !filters.isAssignedOnly}
          onChange={(event) => filters.setAssignedOnly(event.target.checked)}
        />
        Assigned to me
      </label>
      <label className="toolbar-field">
        Layer
        <select
          value={filters.viewedCoderId}
          onChange={(event) =>
            filters.setViewedCoderId(event.target.value as CoderId)
          }
        >
          {props.visibleCoders.map((each) => (
            <option key={each.id} value={each.id}>
              {`${each.name} (${each.initials})` +
                (each.id === props.coder.id ? ' — you' : '')}
            </option>
          ))}
        </select>
      </label>
      <label className="toolbar-field">
        Code
        <select
          value={filters.filter.codeId ?? ''}
          onChange={(event) =>
            filters.setFilter({
              ...filters.filter,
              codeId: (event.target.value as CodeId) || null,
            })
          }
        >
          <option value="">any</option>
          {codeOptions.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <label className="toolbar-field">
        Status
        <select
          value={filters.filter.status ?? ''}
          onChange={(event) =>
            filters.setFilter({
              ...filters.filter,
              status: (event.target.value as CodingStatus) || null,
            })
          }
        >
          <option value="">any</option>
          {CODING_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

type ProgressFigureProps = {
  readonly label: string;
  readonly done: number;
  readonly total: number;
  readonly text: string;
};

function ProgressFigure({ label, done, total, text }: ProgressFigureProps) {
  return (
    <span className="coding-progress">
      <progress max={Math.max(total, 1)} value={done} aria-label={label} />
      <span aria-live="polite">{text}</span>
    </span>
  );
}

type CodeOption = { readonly id: CodeId; readonly label: string };

/** Every code in tree order, indented, retired ones marked. */
function listCodeOptions(codebook: Codebook): CodeOption[] {
  return sortCodesInTreeOrder(codebook.codes).map((code) => {
    const depth = getCodePath(codebook, code.id).length - 1;
    const indent = '\u00a0\u00a0'.repeat(Math.max(0, depth));
    const retired = code.retired ? ' (retired)' : '';
    return { id: code.id, label: `${indent}${code.name}${retired}` };
  });
}
