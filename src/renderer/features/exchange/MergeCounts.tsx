import type { MergePreview } from './merge-preview';

/** The counts of the dry run, one line each. */
export function MergeCounts({ preview }: { readonly preview: MergePreview }) {
  const { records, codebook, coders, layers, consensus } = preview;
  const rows: [string, number][] = [
    ['Records matched', records.matched],
    ['Records identical', records.identical],
    ['Records added', records.added],
    ['Records with field conflicts', records.conflictRecords],
    ['Codes added', codebook.added.length],
    ['Code differences', codebook.differences.length],
    ['Same name, other GUID', codebook.sameName.length],
    ['Coders added', coders.added.length],
    ['Codings added', layers.added],
    ['Codings identical', layers.identical],
    ['Codings overwritten', layers.overwrittenCount],
    ['Consensus decisions added', consensus.added],
    ['Consensus decisions kept', consensus.identical],
    ['Consensus conflicts', consensus.conflicts.length],
  ];
  return (
    <dl className="merge-counts" aria-label="Merge summary">
      {rows.map(([label, count]) => (
        <div key={label} className="merge-count">
          <dt>{label}</dt>
          <dd>{count.toLocaleString()}</dd>
        </div>
      ))}
    </dl>
  );
}
