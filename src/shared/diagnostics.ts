/**
 * The diagnostics report a user pastes into a bug report. It holds versions,
 * platform facts and recent log lines, which by the logging rule never carry
 * cell contents, names or memos.
 */
export type DiagnosticsInput = {
  /** Label and value pairs, e.g. ['Podscan', '0.1.0']. */
  readonly facts: readonly (readonly [string, string])[];
  /** Recent log lines, oldest first. */
  readonly logLines: readonly string[];
};

/** How many log lines a report carries at most: the newest ones. */
export const DIAGNOSTICS_LOG_LINES = 200;

/** Formats the report as plain text with a facts block and a log block. */
export function formatDiagnostics(input: DiagnosticsInput): string {
  const width = Math.max(0, ...input.facts.map(([label]) => label.length));
  const facts = input.facts.map(
    ([label, value]) => `${`${label}:`.padEnd(width + 2)}${value}`,
  );
  const lines = input.logLines.slice(-DIAGNOSTICS_LOG_LINES);
  const log = lines.length > 0 ? lines : ['(no log entries yet)'];

  return [
    'Podscan diagnostics',
    ...facts,
    '',
    `Recent log (${lines.length} lines):`,
    ...log,
    '',
  ].join('\n');
}

/**
 * Replaces each private path (longest first, so a folder inside another
 * keeps its own placeholder) with its placeholder. Paths shorter than
 * four characters are left alone: `/` would rewrite every slash.
 */
export function redactPaths(
  text: string,
  paths: readonly (readonly [placeholder: string, path: string])[],
): string {
  const usable = paths
    .filter(([, path]) => path.length >= 4)
    .sort(([, a], [, b]) => b.length - a.length);

  return usable.reduce(
    (result, [placeholder, path]) => result.split(path).join(placeholder),
    text,
  );
}
