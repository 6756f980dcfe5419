import type { Codebook } from '../../../core/codebook';
import type { Coder } from '../../../core/model/coding';
import type { Column } from '../../../core/model/scan';
import { EditHistory } from '../grid/EditHistory';
import { RecordFields } from '../grid/RecordFields';
import type { GridRow } from '../grid/grid-row';
import { CodedBy } from './CodedBy';
import { CodeTree } from './CodeTree';
import { MemoEditor } from './MemoEditor';
import { StatusPicker } from './StatusPicker';
import type { CodingWorkbench } from './useCoding';

type CodingPanelProps = {
  readonly projectId: string;
  readonly columns: readonly Column[];
  readonly row: GridRow | null;
  readonly codebook: Codebook;
  readonly coder: Coder;
  readonly coding: CodingWorkbench;
  /** Changes whenever a save may have added history. */
  readonly revision: number;
  readonly isSaving: boolean;
  readonly isBlind: boolean;
};

const NO_CODES: readonly never[] = [];

/**
 * Beside the grid: the selected record in full, and the local coder's
 * coding of it — status, codes, memo — with who else coded it and the
 * record's edit history.
 */
export function CodingPanel(props: CodingPanelProps) {
  const { row, coding } = props;
  if (!row) {
    return (
      <aside className="coding-panel" aria-label="Record and coding">
        <p className="muted">
          Select a record to read and code it, or press J for the first.
        </p>
        <KeyHelp />
      </aside>
    );
  }

  const { actions, own, canCode } = coding;
  return (
    <aside className="coding-panel" aria-label="Record and coding">
      <header className="coding-panel-header">
        <h3 className="detail-key">{row.key}</h3>
        <StatusPicker
          status={own?.status ?? 'not_started'}
          canCode={canCode}
          onChange={(status) => actions.changeStatus(row.key, status)}
        />
      </header>
      <section className="record-section" aria-label="Record fields">
        <RecordFields columns={props.columns} row={row} />
      </section>
      <CodeTree
        codebook={props.codebook}
        applied={own?.codes ?? NO_CODES}
        keymap={coding.keymap}
        canCode={canCode}
        onToggle={(codeId) => actions.toggle(row.key, codeId)}
      />
      <MemoEditor
        key={row.key}
        recordKey={row.key}
        memo={own?.memo ?? ''}
        isSaving={props.isSaving}
        canCode={canCode}
        onSave={actions.changeMemo}
      />
      <CodedBy
        coder={props.coder}
        own={own}
        others={coding.others}
        lookup={coding.lookup}
        isBlind={props.isBlind}
      />
      <KeyHelp />
      <EditHistory
        projectId={props.projectId}
        recordKey={row.key}
        columns={props.columns}
        revision={props.revision}
      />
    </aside>
  );
}

function KeyHelp() {
  return (
    <p className="key-help">
      Keys (outside text fields): <kbd>1</kbd>–<kbd>9</kbd> or a code’s key
      toggle it · <kbd>J</kbd>/<kbd>K</kbd> next/previous · <kbd>D</kbd> done
      and next · <kbd>F</kbd> flag · <kbd>Ctrl</kbd>+<kbd>Z</kbd> undo
    </p>
  );
}
