type ProgressBarProps = {
  /** 0–1, or null while the amount of work is not known yet. */
  readonly fraction: number | null;
  readonly label: string;
  readonly onCancel?: () => void;
};

export function ProgressBar({ fraction, label, onCancel }: ProgressBarProps) {
  const percent = fraction === null ? null : Math.round(fraction * 100);

  return (
    <div className="progress" role="status" aria-live="polite">
      <div className="progress-label">
        {label}
        {percent !== null && <span> — {percent}%</span>}
      </div>
      <progress
        max={100}
        value={percent ?? undefined}
        aria-label={label}
      ></progress>
      {onCancel && (
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}
