import type { BenchResult, MeasuredResult, Target, Unit } from './types';

/**
 * The results as a plain-text table: the work, the median with min–max,
 * the baseline's median where there is one, the ratio against the
 * baseline or the target (with ok or MISS), and the target. Parts of a
 * measurement follow their row, indented; a measurement that did not run
 * says why on the next line. Columns are padded to fit the cells.
 */
export function formatResultTable(results: readonly BenchResult[]): string {
  const header = ['work', 'median', 'min–max', 'baseline', 'ratio', 'target'];
  const lines = results.flatMap((result) => formatRows(result));
  const rows = lines.filter((row): row is string[] => Array.isArray(row));
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === 0
          ? cell.padEnd(widths[column]!)
          : cell.padStart(widths[column]!),
      )
      .join('  ')
      .trimEnd();

  return [
    line(header),
    line(widths.map((width) => '-'.repeat(width))),
    ...lines.map((row) => (Array.isArray(row) ? line(row) : `  ${row}`)),
  ].join('\n');
}

/** One line per measured result with a note: how it was measured. */
export function formatNotes(results: readonly BenchResult[]): string {
  return results
    .filter((result) => result.status === 'measured' && result.note)
    .map((result) => `${result.name}: ${result.note}`)
    .join('\n');
}

/** A value in its unit: whole milliseconds above 100, else one decimal. */
export function formatValue(value: number, unit: Unit): string {
  if (Number.isNaN(value)) return '–';
  if (unit === 'MB') return `${value.toFixed(0)} MB`;

  return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
}

/** "≤ 1.3× baseline" or "< 3000 ms". */
export function formatTarget(target: Target, unit: Unit): string {
  return target.kind === 'ratio'
    ? `≤ ${target.max}× baseline`
    : `< ${formatValue(target.max, unit)}`;
}

/** Table cells, or a line of text printed under the row before. */
type Row = string[] | string;

function formatRows(result: BenchResult): Row[] {
  const target = formatTarget(result.target, result.unit);
  if (result.status !== 'measured') {
    const state = result.status === 'failed' ? 'FAILED' : 'not available yet';
    return [[result.label, state, '', '', '', target], result.note];
  }

  const { subject, unit } = result;
  const main = [
    result.label,
    formatValue(subject.median, unit),
    `${formatValue(subject.min, unit)}–${formatValue(subject.max, unit)}`,
    result.baseline ? formatValue(result.baseline.median, unit) : '',
    formatRatio(result),
    target,
  ];
  const parts = Object.entries(result.parts).map(([name, part]) => [
    `  · ${name}`,
    formatValue(part.median, unit),
    `${formatValue(part.min, unit)}–${formatValue(part.max, unit)}`,
  ]);
  return [main, ...parts];
}

function formatRatio(result: MeasuredResult): string {
  if (Number.isNaN(result.ratio)) return '–';

  const mark = result.verdict === 'pass' ? 'ok' : 'MISS';
  return `${result.ratio.toFixed(2)}× ${mark}`;
}
