import { RELIABILITY_THRESHOLDS, flagLevelOf } from './flags';
import { escapeHtml } from './report-html-escape';

/** One code's alpha and its interval; value null codes are left out. */
export type ChartPoint = {
  readonly label: string;
  readonly value: number;
  readonly ci95?: readonly [number, number];
};

const ROW = 22;
const LABEL_WIDTH = 220;
const PLOT_WIDTH = 420;
const TOP = 28;
const COLORS = { red: '#B3261E', amber: '#B26A00', none: '#22703A' };

/**
 * A static SVG of alpha per code, one row each: a dot for the value, a
 * whisker for its 95% interval, and dashed lines at 0.667 and 0.800. No
 * script, every label escaped, so it can sit in a printable page.
 */
export function buildAlphaChartSvg(points: readonly ChartPoint[]): string {
  const low = Math.min(
    0,
    ...points.map((point) => point.ci95?.[0] ?? point.value),
  );
  const scale = (value: number) =>
    LABEL_WIDTH + ((value - low) / (1 - low)) * PLOT_WIDTH;
  const height = TOP + points.length * ROW + 24;
  const width = LABEL_WIDTH + PLOT_WIDTH + 20;

  const thresholds = [
    RELIABILITY_THRESHOLDS.tentative,
    RELIABILITY_THRESHOLDS.reliable,
  ].map((value) => {
    const x = scale(value).toFixed(1);
    return (
      `<line x1="${x}" y1="${TOP - 6}" x2="${x}" y2="${height - 20}" ` +
      'stroke="#5F6B7A" stroke-dasharray="4 3"/>' +
      `<text x="${x}" y="${TOP - 10}" text-anchor="middle">` +
      `${value.toFixed(3)}</text>`
    );
  });
  const rows = points.map((point, index) => chartRow(point, index, scale));
  const axis = [low, 0.5, 1]
    .filter((value, index, all) => all.indexOf(value) === index)
    .map(
      (value) =>
        `<text x="${scale(value).toFixed(1)}" y="${height - 6}" ` +
        `text-anchor="middle">${value.toFixed(1)}</text>`,
    );

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" ` +
    `aria-label="Krippendorff's alpha per code with 95% intervals" ` +
    `width="${width}" height="${height}" font-size="11" ` +
    `font-family="sans-serif">${thresholds.join('')}${rows.join('')}` +
    `${axis.join('')}</svg>`
  );
}

function chartRow(
  point: ChartPoint,
  index: number,
  scale: (value: number) => number,
): string {
  const y = TOP + index * ROW + ROW / 2;
  const color = COLORS[flagLevelOf(point.value) ?? 'none'];
  const whisker = point.ci95
    ? `<line x1="${scale(point.ci95[0]).toFixed(1)}" y1="${y}" ` +
      `x2="${scale(point.ci95[1]).toFixed(1)}" y2="${y}" ` +
      `stroke="${color}" stroke-width="2"/>`
    : '';
  return (
    `<text x="${LABEL_WIDTH - 8}" y="${y + 4}" text-anchor="end">` +
    `${escapeHtml(truncate(point.label))}</text>${whisker}` +
    `<circle cx="${scale(point.value).toFixed(1)}" cy="${y}" r="4" ` +
    `fill="${color}"/>`
  );
}

function truncate(label: string): string {
  return label.length > 34 ? `${label.slice(0, 33)}…` : label;
}
