// The spider: one line per input, the margin with that input alone at its P10, P25, P50, P75 and
// P90 (the others at base). A steep line is an input the answer hinges on.
import type { ChartData } from 'chart.js';
import { memo } from 'react';
import { Line } from 'react-chartjs-2';
import { fieldWords, SPIDER_PERCENTILES, type SpiderRow } from '../../src/index';
import { compactMoney } from '../charts/register';
import { chartImage, optionLine, seriesChartOptions } from '../charts/chart-options';

const LABEL =
  'Line chart of the margin over the next option with each input alone at its P10, P25, P50, P75 and P90, the others at base';

interface Props {
  rows: SpiderRow[];
  kinds: ReadonlyMap<string, string>;
  currency: string;
}

export const SpiderChart = memo(function SpiderChart({ rows, kinds, currency }: Props) {
  const data: ChartData<'line'> = {
    labels: SPIDER_PERCENTILES.map((p) => `P${p}`),
    datasets: rows.map((r, i) => {
      const words = fieldWords(kinds, r);
      return {
        ...optionLine(
          words.charAt(0).toUpperCase() + words.slice(1),
          r.points.map((p) => p.margin),
          i,
        ),
        pointRadius: 3,
      };
    }),
  };
  const options = seriesChartOptions<'line'>({
    x: { title: { display: true, text: "Input's percentile" } },
    y: {
      title: { display: true, text: 'Margin' },
      ticks: { callback: compactMoney(currency) },
    },
  });
  return (
    <div
      style={{ position: 'relative', height: 240 + 22 * rows.length }}
      data-testid="spider-chart"
    >
      <Line {...chartImage(data, options, LABEL)} />
    </div>
  );
});
