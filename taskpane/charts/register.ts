// Only the chart.js parts the taskpane draws, so the bundle stays small.
import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
  Tooltip,
} from 'chart.js';

Chart.register(
  CategoryScale,
  LinearScale,
  LineController,
  ScatterController,
  LineElement,
  PointElement,
  Legend,
  Tooltip,
);
// Charts redraw as the user types; animation would only delay the answer.
Chart.defaults.animation = false;

/** Series colours with at least 3:1 contrast on white (WCAG 1.4.11), told apart by dash too. */
export const SERIES_COLOURS = [
  '#0F6CBD',
  '#C50F1F',
  '#107C10',
  '#8764B8',
  '#CA5010',
  '#038387',
  '#5C2E91',
  '#8E562E',
];
export const SERIES_DASHES = [[], [6, 3], [2, 2], [8, 3, 2, 3], [4, 4], [10, 2], [1, 3], [12, 4]];

export const seriesStyle = (i: number) => ({
  borderColor: SERIES_COLOURS[i % SERIES_COLOURS.length],
  backgroundColor: SERIES_COLOURS[i % SERIES_COLOURS.length],
  borderDash: SERIES_DASHES[i % SERIES_DASHES.length],
});

export function compactMoney(currency: string) {
  const format = new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  return (value: number | string) => format.format(Number(value));
}
