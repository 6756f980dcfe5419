import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  LinearScale,
  Tooltip,
  type ChartData,
  type ChartOptions,
} from 'chart.js';
import {
  BarWithErrorBar,
  BarWithErrorBarsController,
  type IErrorBarYDataPoint,
} from 'chartjs-chart-error-bars';
import annotationPlugin from 'chartjs-plugin-annotation';
import { Chart } from 'react-chartjs-2';
import {
  flagLevelOf,
  RELIABILITY_THRESHOLDS,
  type ReliabilityReport,
  type ReportNames,
} from '../../../core/agreement';

ChartJS.register(
  BarWithErrorBarsController,
  BarWithErrorBar,
  BarElement,
  CategoryScale,
  LinearScale,
  Tooltip,
  annotationPlugin,
);

const COLORS = { red: '#b3261e', amber: '#b26a00', none: '#22703a' };

type AlphaChartProps = {
  readonly report: ReliabilityReport;
  readonly nameCode: ReportNames['nameCode'];
};

/**
 * Krippendorff's alpha per code as bars with their 95% interval, and
 * dashed lines at 0.667 and 0.800. Codes whose alpha is undefined are
 * named beneath instead of drawn.
 */
export function AlphaChart({ report, nameCode }: AlphaChartProps) {
  const defined = report.codes.filter(
    (code) =>
      code.agreement.report.statistics.krippendorff_alpha.value !== null,
  );
  const missing = report.codes.filter((code) => !defined.includes(code));
  const points: IErrorBarYDataPoint[] = defined.map((code) => {
    const alpha = code.agreement.report.statistics.krippendorff_alpha;
    return {
      y: alpha.value!,
      yMin: alpha.ci95?.[0] ?? alpha.value!,
      yMax: alpha.ci95?.[1] ?? alpha.value!,
    };
  });
  const lowest = Math.min(0, ...points.map((point) => point.yMin as number));
  const data: ChartData<'barWithErrorBars', IErrorBarYDataPoint[], string> = {
    labels: defined.map((code) => nameCode(code.codeId)),
    datasets: [
      {
        label: "Krippendorff's alpha",
        data: points,
        backgroundColor: points.map(
          (point) => COLORS[flagLevelOf(point.y) ?? 'none'],
        ),
      },
    ],
  };

  return (
    <section aria-label="Alpha per code" className="reliability-chart">
      <h3>Krippendorff&apos;s alpha per code, with 95% intervals</h3>
      {defined.length > 0 && (
        <div className="reliability-chart-canvas">
          <Chart
            type="barWithErrorBars"
            data={data}
            options={chartOptions(Math.floor(lowest * 10) / 10)}
            aria-label="Bar chart of Krippendorff's alpha per code with 95% intervals and lines at 0.667 and 0.800"
            role="img"
          />
        </div>
      )}
      {missing.length > 0 && (
        <p className="hint">
          Not drawn, alpha undefined:{' '}
          {missing
            .map(
              (code) =>
                `${nameCode(code.codeId)} (${code.agreement.report.statistics.krippendorff_alpha.reason ?? ''})`,
            )
            .join('; ')}
        </p>
      )}
    </section>
  );
}

function chartOptions(min: number): ChartOptions<'barWithErrorBars'> {
  const line = (value: number, color: string) => ({
    type: 'line' as const,
    yMin: value,
    yMax: value,
    borderColor: color,
    borderDash: [6, 4],
    borderWidth: 1.5,
    label: {
      display: true,
      content: value.toFixed(3),
      position: 'end' as const,
      backgroundColor: 'rgba(255,255,255,0.8)',
      color,
    },
  });
  return {
    animation: false,
    maintainAspectRatio: false,
    scales: { y: { min, max: 1 } },
    plugins: {
      legend: { display: false },
      annotation: {
        annotations: {
          tentative: line(RELIABILITY_THRESHOLDS.tentative, COLORS.red),
          reliable: line(RELIABILITY_THRESHOLDS.reliable, COLORS.amber),
        },
      },
    },
  };
}
