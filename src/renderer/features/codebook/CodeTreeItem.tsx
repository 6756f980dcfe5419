import { useState, type DragEvent } from 'react';
import type { CodeDropPosition } from '../../../core/codebook';
import type { TreeRow } from './tree-rows';

type CodeTreeItemProps = {
  readonly id: string;
  readonly row: TreeRow;
  readonly setNames: readonly string[];
  readonly isSelected: boolean;
  readonly isDraggable: boolean;
  readonly isDragging: boolean;
  readonly onSelect: () => void;
  readonly onToggle: () => void;
  readonly onDragStart: () => void;
  readonly onDragEnd: () => void;
  readonly onDrop: (position: CodeDropPosition) => void;
};

/** Pixels of indentation per tree level. */
const INDENT_PX = 18;

/** One code in the tree: swatch, name, key, kind, state and sets. */
export function CodeTreeItem(props: CodeTreeItemProps) {
  const { row, isSelected } = props;
  const code = row.code;
  const [dropAt, setDropAt] = useState<CodeDropPosition | null>(null);

  const onDragOver = (event: DragEvent<HTMLLIElement>) => {
    if (!props.isDraggable) return;

    event.preventDefault();
    setDropAt(findDropPosition(event));
  };

  const className = [
    'code-tree-item',
    isSelected ? 'is-selected' : '',
    code.retired ? 'is-retired' : '',
    props.isDragging ? 'is-dragging' : '',
    dropAt === null ? '' : `drop-${dropAt}`,
  ].join(' ');

  return (
    <li
      id={props.id}
      role="treeitem"
      className={className}
      aria-level={row.level}
      aria-posinset={row.position}
      aria-setsize={row.siblingCount}
      aria-selected={isSelected}
      aria-expanded={row.hasChildren ? row.isExpanded : undefined}
      data-code-id={code.id}
      draggable={props.isDraggable}
      style={{ paddingLeft: 4 + (row.level - 1) * INDENT_PX }}
      onClick={props.onSelect}
      onDragStart={(event) => {
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', code.id);
        props.onDragStart();
      }}
      onDragEnd={props.onDragEnd}
      onDragOver={onDragOver}
      onDragLeave={() => setDropAt(null)}
      onDrop={(event) => {
        event.preventDefault();
        setDropAt(null);
        props.onDrop(findDropPosition(event));
      }}
    >
      <span
        className="code-tree-toggle"
        aria-hidden="true"
        onClick={(event) => {
          event.stopPropagation();
          if (row.hasChildren) props.onToggle();
        }}
      >
        {row.hasChildren ? (row.isExpanded ? '▾' : '▸') : ''}
      </span>
      <span
        className="code-tree-swatch"
        aria-hidden="true"
        style={{ backgroundColor: code.color }}
      />
      <span className="code-tree-name">{code.name}</span>
      {code.shortcut !== null && (
        <kbd className="code-tree-key" title="Shortcut key">
          {code.shortcut}
        </kbd>
      )}
      {!code.isCodable && <span className="code-tree-badge">grouping</span>}
      {code.retired && (
        <span className="code-tree-badge is-retired">retired</span>
      )}
      {props.setNames.map((name) => (
        <span key={name} className="code-tree-set" title={`Set: ${name}`}>
          {name}
        </span>
      ))}
    </li>
  );
}

/** Top quarter: before; bottom quarter: after; the middle: inside. */
function findDropPosition(event: DragEvent<HTMLElement>): CodeDropPosition {
  const box = event.currentTarget.getBoundingClientRect();
  const offset = (event.clientY - box.top) / Math.max(box.height, 1);
  if (offset < 0.25) return 'before';
  if (offset > 0.75) return 'after';
  return 'inside';
}
