import { memo, useMemo } from 'react';
import { Scatter } from 'react-chartjs-2';
import type { ChartData, ChartOptions } from 'chart.js';
import { formatNumber } from '../../src/index';
import { volumeCurves } from '../../src/analysis/volume-curves';
import { useEvaluated } from '../state/scenario-store';
import { compactMoney, seriesStyle } from './register';

/** Steady-state monthly cost against volume, with the exact crossovers and the rule of thumb. */
export const VolumeChart = memo(function VolumeChart() {
  const { scenario, result } = useEvaluated();
  const curves = useMemo(() => volumeCurves(scenario, result), [scenario, result]);
  const currency = result.currency;
  const data: ChartData<'scatter'> = {
    datasets: [
      ...curves.curves.map((c, i) => ({
        label: c.name,
        data: c.points,
        showLine: true,
        pointRadius: 0,
        borderWidth: 2,
        ...seriesStyle(i),
      })),
      {
        label: 'Crossover',
        data: curves.crossovers.map((c) => ({ x: c.volume, y: c.monthlyCost })),
        pointStyle: 'circle',
        pointRadius: 7,
        borderColor: '#242424',
        backgroundColor: '#242424',
      },
      {
        label: 'Rule of thumb',
        data: curves.ruleOfThumb
          .filter((p) => p.volume <= curves.maxVolume)
          .map((p) => ({ x: p.volume, y: p.monthlyCost })),
        pointStyle: 'rectRot',
        pointRadius: 7,
        borderColor: '#242424',
        backgroundColor: '#FFFFFF',
        borderWidth: 2,
      },
    ],
  };
  const options: ChartOptions<'scatter'> = {
    responsive: true,
    maintainAspectRatio: false,
    scales: {
      x: {
        type: 'linear',
        max: curves.maxVolume,
        title: { display: true, text: 'Contacts per month' },
        ticks: { callback: (v) => formatNumber(Number(v) / 1000, 0) + 'k' },
      },
      y: { ticks: { callback: compactMoney(currency) } },
    },
    plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
  };
  return (
    <section aria-labelledby="volume-heading">
      <h2 id="volume-heading">Monthly cost against volume</h2>
      <div style={{ position: 'relative', height: 260 }}>
        <Scatter
          data={data}
          options={options}
          role="img"
          aria-label="Steady-state monthly cost of each option against contacts per month, with crossover and rule-of-thumb points"
        />
      </div>
    </section>
  );
});
