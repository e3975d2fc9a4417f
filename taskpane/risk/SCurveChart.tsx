import { memo } from 'react';
import { Scatter } from 'react-chartjs-2';
import type { ChartData } from 'chart.js';
import type { SCurvePoint } from '../../src/index';
import { compactMoney } from '../charts/register';
import { chartImage, optionLine, seriesChartOptions } from '../charts/chart-options';

const LABEL = 'NPV of each option over the trials, as the share of trials at or below each value';

interface Props {
  curves: { name: string; points: SCurvePoint[] }[];
  currency: string;
}

/** Each option's NPV over the trials as a cumulative distribution (an S-curve). */
export const SCurveChart = memo(function SCurveChart({ curves, currency }: Props) {
  const data: ChartData<'scatter'> = {
    datasets: curves.map((c, i) => ({ ...optionLine(c.name, c.points, i), showLine: true })),
  };
  const options = seriesChartOptions<'scatter'>({
    x: {
      type: 'linear',
      title: { display: true, text: 'NPV' },
      ticks: { callback: compactMoney(currency) },
    },
    y: {
      min: 0,
      max: 1,
      title: { display: true, text: 'Share of trials at or below' },
      ticks: { callback: (v) => `${Math.round(Number(v) * 100)}%` },
    },
  });
  return (
    <div style={{ position: 'relative', height: 240 }}>
      <Scatter {...chartImage(data, options, LABEL)} />
    </div>
  );
});
