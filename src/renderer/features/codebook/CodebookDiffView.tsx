import {
  diffCodebooks,
  findCode,
  isDiffEmpty,
  type Codebook,
  type CodeFieldChange,
} from '../../../core/codebook';
import type { CodeId } from '../../../core/model/ids';

type CodebookDiffViewProps = {
  readonly older: Codebook;
  readonly newer: Codebook;
};

/** What changed between two versions, grouped by kind of change. */
export function CodebookDiffView({ older, newer }: CodebookDiffViewProps) {
  const diff = diffCodebooks(older, newer);
  const name = (id: CodeId | null): string => {
    if (id === null) return 'the top level';

    const code = findCode(newer, id) ?? findCode(older, id);
    return code === undefined ? id : `“${code.name}”`;
  };
  if (isDiffEmpty(diff)) {
    return <p className="muted">The two versions have the same codes.</p>;
  }

  const sections: readonly [string, readonly string[]][] = [
    [
      'Added',
      diff.added.map((code) => `${name(code.id)} under ${name(code.parentId)}`),
    ],
    ['Removed', diff.removed.map((code) => `“${code.name}”`)],
    [
      'Merged',
      diff.merged.map((each) => `“${each.fromName}” into ${name(each.intoId)}`),
    ],
    [
      'Renamed',
      diff.renamed.map((each) => `“${each.before}” → “${each.after}”`),
    ],
    [
      'Edited',
      diff.changed.map(
        (each) =>
          `“${each.name}”: ${each.changes.map(describeField).join('; ')}`,
      ),
    ],
    [
      'Moved',
      diff.moved.map(
        (each) =>
          `“${each.name}” from ${name(each.fromParentId)} to ` +
          name(each.toParentId),
      ),
    ],
    [
      'Reordered',
      diff.reordered.map((each) => `the codes under ${name(each.parentId)}`),
    ],
    ['Retired', diff.retired.map(name)],
    ['Restored for coding', diff.unretired.map(name)],
    ...describeSets(diff.sets, name),
  ];
  return (
    <div className="codebook-diff" data-testid="codebook-diff">
      {sections
        .filter(([, lines]) => lines.length > 0)
        .map(([title, lines]) => (
          <section key={title}>
            <h4>
              {title} ({lines.length})
            </h4>
            <ul>
              {lines.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}

type Diff = ReturnType<typeof diffCodebooks>;

function describeSets(
  sets: Diff['sets'],
  name: (id: CodeId) => string,
): [string, string[]][] {
  const members = (ids: readonly CodeId[]) => ids.map(name).join(', ');
  return [
    ['Sets added', sets.added.map((set) => `“${set.name}”`)],
    ['Sets removed', sets.removed.map((set) => `“${set.name}”`)],
    [
      'Sets renamed',
      sets.renamed.map((each) => `“${each.before}” → “${each.after}”`),
    ],
    [
      'Set descriptions changed',
      sets.described.map((each) => `“${each.name}”`),
    ],
    [
      'Codes added to sets',
      sets.membersAdded.map(
        (each) => `“${each.name}”: ${members(each.codeIds)}`,
      ),
    ],
    [
      'Codes taken out of sets',
      sets.membersRemoved.map(
        (each) => `“${each.name}”: ${members(each.codeIds)}`,
      ),
    ],
  ];
}

function describeField(change: CodeFieldChange): string {
  const show = (value: CodeFieldChange['before']) => {
    if (value === null || value === '') return '(empty)';
    if (typeof value === 'boolean') return value ? 'yes' : 'no';

    return value.length > 80 ? `“${value.slice(0, 77)}…”` : `“${value}”`;
  };
  return `${change.field} ${show(change.before)} → ${show(change.after)}`;
}
