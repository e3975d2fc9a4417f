// What the taskpane's charts share: how an option's line is drawn, how marks are drawn, the
// options every series chart takes, and the props that make a canvas one labelled image.
import type { ChartData, ChartOptions, ChartType } from 'chart.js';
import { seriesStyle } from './register';

const INK = '#242424';

/** Option i's line: no points, 2 px, its colour and dash. */
export function optionLine<T>(label: string, data: T, i: number) {
  return { label, data, pointRadius: 0, borderWidth: 2, ...seriesStyle(i) };
}

/** Marks (crossovers, breakevens, switch months): filled dark, or white with a dark edge. */
export function marks<T>(
  label: string,
  data: T,
  look: { pointStyle: 'circle' | 'triangle' | 'rectRot'; pointRadius: number; hollow?: boolean },
) {
  const { pointStyle, pointRadius, hollow = false } = look;
  const fill = hollow ? { backgroundColor: '#FFFFFF', borderWidth: 2 } : { backgroundColor: INK };
  return { label, data, pointStyle, pointRadius, borderColor: INK, ...fill };
}

/** A line or scatter chart filling its box, legend below; `byMonth` lists every series in the tooltip. */
export function seriesChartOptions<T extends 'line' | 'scatter'>(
  scales: ChartOptions<'line'>['scales'],
  byMonth = false,
): ChartOptions<T> {
  const options: ChartOptions<'line'> = {
    responsive: true,
    maintainAspectRatio: false,
    ...(byMonth ? { interaction: { mode: 'index', intersect: false } } : {}),
    scales,
    plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
  };
  // A scatter chart is a line chart drawn from points: the same options apply to both.
  return options as ChartOptions<T>;
}

/** A bar chart of counts from zero along `valueAxis`, legend below; horizontal bars on x. */
export function countBarOptions(valueAxis: 'x' | 'y', title: string): ChartOptions<'bar'> {
  return {
    animation: false,
    responsive: true,
    ...(valueAxis === 'x' ? { indexAxis: 'y' as const } : {}),
    plugins: { legend: { position: 'bottom' } },
    scales: { [valueAxis]: { beginAtZero: true, title: { display: true, text: title } } },
  };
}

/** A chart's data and options, its canvas announced as one image with the given label. */
export function chartImage<T extends ChartType, D>(
  data: ChartData<T, D>,
  options: ChartOptions<T>,
  label: string,
) {
  return { data, options, role: 'img', 'aria-label': label };
}

/** The months 1..n as axis labels. */
export const monthLabels = (n: number) => Array.from({ length: n }, (_, m) => String(m + 1));
