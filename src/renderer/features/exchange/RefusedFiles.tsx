import type { RefusedFile } from '../../workers/exchange-protocol';

/** The files the reader refused, each named with why; nothing changed. */
export function RefusedFiles({
  files,
}: {
  readonly files: readonly RefusedFile[];
}) {
  return (
    <div className="exchange-outcome exchange-refused" role="alert">
      <p>Nothing was merged; the project is unchanged. Refused:</p>
      <ul>
        {files.map((file) => (
          <li key={file.name}>
            <strong>{file.name}</strong>:{' '}
            {file.problems.map((problem) => problem.message).join(' ')}
          </li>
        ))}
      </ul>
      <p className="hint">Pick the files again without the refused ones.</p>
    </div>
  );
}
