import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import {
  planCodeDrop,
  planCodeMove,
  type Codebook,
  type CodeDropPosition,
  type CodeMoveDirection,
  type CodeMoveTarget,
} from '../../../core/codebook';
import type { CodeId } from '../../../core/model/ids';
import { CodeTreeItem } from './CodeTreeItem';
import { listTreeRows, resolveTreeKey } from './tree-rows';

type CodeTreeProps = {
  readonly codebook: Codebook;
  readonly selectedId: CodeId | null;
  readonly onSelect: (id: CodeId) => void;
  /** Enter on a code: edit it in the detail form. */
  readonly onEdit: (id: CodeId) => void;
  /** Null when the user may not move codes. */
  readonly onMove: ((id: CodeId, target: CodeMoveTarget) => void) | null;
};

const MOVE_KEYS: Readonly<Record<string, CodeMoveDirection>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'outdent',
  ArrowRight: 'indent',
};

/**
 * The codebook as a tree (WAI-ARIA tree pattern): arrows move the
 * selection and open or close branches, Enter edits the selected code,
 * Alt+arrows move it (↑/↓ among its siblings, ←/→ out of or into a
 * branch), and codes can be dragged before, after or into another code.
 */
export function CodeTree(props: CodeTreeProps) {
  const { codebook, selectedId, onSelect, onMove } = props;
  const [collapsed, setCollapsed] = useState<ReadonlySet<CodeId>>(new Set());
  const [dragged, setDragged] = useState<CodeId | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const rows = useMemo(
    () => listTreeRows(codebook, collapsed),
    [codebook, collapsed],
  );
  const setNames = useMemo(() => listSetNames(codebook), [codebook]);

  useEffect(() => {
    if (selectedId === null) return;

    const item = document.getElementById(treeItemId(selectedId));
    item?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedId, rows]);

  const toggle = (id: CodeId, isOpen: boolean) => {
    setCollapsed((current) => {
      const next = new Set(current);
      if (isOpen) next.delete(id);
      else next.add(id);
      return next;
    });
  };

  const move = (id: CodeId, target: CodeMoveTarget | null) => {
    if (onMove === null || target === null) return;

    if (target.parentId !== null) toggle(target.parentId, true);
    onMove(id, target);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.altKey && MOVE_KEYS[event.key] !== undefined) {
      event.preventDefault();
      if (selectedId === null) return;

      const direction = MOVE_KEYS[event.key]!;
      move(selectedId, planCodeMove(codebook.codes, selectedId, direction));
      return;
    }
    if (event.key === 'Enter' && selectedId !== null) {
      event.preventDefault();
      props.onEdit(selectedId);
      return;
    }
    const action = resolveTreeKey(rows, selectedId, event.key);
    if (action === null) return;

    event.preventDefault();
    if (action.kind === 'select') onSelect(action.id);
    else toggle(action.id, action.kind === 'expand');
  };

  const drop = (targetId: CodeId, position: CodeDropPosition) => {
    if (dragged === null) return;

    move(dragged, planCodeDrop(codebook.codes, dragged, targetId, position));
    setDragged(null);
  };

  return (
    <ul
      ref={listRef}
      className="code-tree"
      role="tree"
      aria-label="Codes"
      tabIndex={0}
      aria-activedescendant={
        selectedId === null ? undefined : treeItemId(selectedId)
      }
      onKeyDown={onKeyDown}
    >
      {rows.map((row) => (
        <CodeTreeItem
          key={row.code.id}
          id={treeItemId(row.code.id)}
          row={row}
          setNames={setNames.get(row.code.id) ?? []}
          isSelected={row.code.id === selectedId}
          isDraggable={onMove !== null}
          isDragging={row.code.id === dragged}
          onSelect={() => {
            onSelect(row.code.id);
            listRef.current?.focus();
          }}
          onToggle={() => toggle(row.code.id, !row.isExpanded)}
          onDragStart={() => setDragged(row.code.id)}
          onDragEnd={() => setDragged(null)}
          onDrop={(position) => drop(row.code.id, position)}
        />
      ))}
    </ul>
  );
}

/** The DOM id of a code's tree item. */
export function treeItemId(id: CodeId): string {
  return `code-tree-${id}`;
}

function listSetNames(codebook: Codebook): Map<CodeId, string[]> {
  const names = new Map<CodeId, string[]>();
  for (const set of codebook.sets) {
    for (const id of set.codeIds) {
      names.set(id, [...(names.get(id) ?? []), set.name]);
    }
  }
  return names;
}
