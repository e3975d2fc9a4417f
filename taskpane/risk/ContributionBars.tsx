// Each input's contribution to the variance of the margin as horizontal bars, largest first:
// blue where a rise of the input widens the margin, orange where it shrinks it.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import type { ChartData, ChartOptions } from 'chart.js';
import { memo } from 'react';
import { Bar } from 'react-chartjs-2';
import { fieldWords, formatPercent, type ContributionRow } from '../../src/index';
import { chartImage } from '../charts/chart-options';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const WIDENS = '#0F6CBD';
const SHRINKS = '#CA5010';
const LABEL =
  "Bar chart of each input's contribution to the variance of the margin, largest first; blue bars widen the margin as the input rises, orange ones shrink it";

/** A label cut into lines of about `width` characters at spaces, so long names fit 350 px. */
export function wrapWords(text: string, width = 22): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

const OPTIONS: ChartOptions<'bar'> = {
  animation: false,
  responsive: true,
  maintainAspectRatio: false,
  indexAxis: 'y',
  plugins: { legend: { display: false } },
  scales: {
    x: {
      title: { display: true, text: "Share of the margin's variance" },
      ticks: { callback: (v) => `${Math.round(Number(v))}%` },
    },
    y: { ticks: { autoSkip: false, font: { size: 11 } } },
  },
};

interface Props {
  rows: ContributionRow[];
  kinds: ReadonlyMap<string, string>;
}

export const ContributionBars = memo(function ContributionBars({ rows, kinds }: Props) {
  const names = rows.map((r) => {
    const words = fieldWords(kinds, r);
    return words.charAt(0).toUpperCase() + words.slice(1);
  });
  const data: ChartData<'bar', number[], string[]> = {
    labels: names.map((name) => wrapWords(name)),
    datasets: [
      {
        label: 'Contribution (%)',
        data: rows.map((r) => 100 * r.contribution),
        backgroundColor: rows.map((r) => (r.contribution < 0 ? SHRINKS : WIDENS)),
      },
    ],
  };
  const lines = Math.max(1, ...data.labels!.map((label) => label.length));
  return (
    <figure style={{ margin: 0 }} data-testid="contribution-chart">
      <div style={{ position: 'relative', height: 56 + rows.length * (12 + 13 * lines) }}>
        <Bar {...chartImage(data, OPTIONS, LABEL)} />
      </div>
      <figcaption style={{ position: 'absolute', left: -10000 }}>
        {rows
          .map((r, i) => `${names[i]}: ${formatPercent(r.contribution)} of the variance`)
          .join('; ')}
      </figcaption>
    </figure>
  );
});
