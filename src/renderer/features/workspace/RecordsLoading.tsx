type RecordsLoadingProps = {
  /** Fraction of the records read so far. */
  readonly fraction: number;
  readonly onCancel: () => void;
};

/**
 * Shown while a large project's records are still being read: the grid
 * already shows the first ones, searches and counts cover what is read.
 */
export function RecordsLoading({ fraction, onCancel }: RecordsLoadingProps) {
  const percent = Math.round(fraction * 100);

  return (
    <div className="records-loading" role="status" aria-live="polite">
      <span>Reading records — {percent}%</span>
      <progress max={100} value={percent} aria-label="Reading records" />
      <button type="button" onClick={onCancel} title="Close the project">
        Cancel
      </button>
    </div>
  );
}
