import { memo } from 'react';
import { Scatter } from 'react-chartjs-2';
import type { ChartData, ChartOptions } from 'chart.js';
import type { SCurvePoint } from '../../src/uncertainty/s-curve';
import { compactMoney, seriesStyle } from '../charts/register';

interface Props {
  curves: { name: string; points: SCurvePoint[] }[];
  currency: string;
}

/** Each option's NPV over the trials as a cumulative distribution (an S-curve). */
export const SCurveChart = memo(function SCurveChart({ curves, currency }: Props) {
  const data: ChartData<'scatter'> = {
    datasets: curves.map((c, i) => ({
      label: c.name,
      data: c.points,
      showLine: true,
      pointRadius: 0,
      borderWidth: 2,
      ...seriesStyle(i),
    })),
  };
  const options: ChartOptions<'scatter'> = {
    responsive: true,
    maintainAspectRatio: false,
    scales: {
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
    },
    plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
  };
  return (
    <div style={{ position: 'relative', height: 240 }}>
      <Scatter
        data={data}
        options={options}
        role="img"
        aria-label="NPV of each option over the trials, as the share of trials at or below each value"
      />
    </div>
  );
});
