import { memo, useMemo } from 'react';
import { Scatter } from 'react-chartjs-2';
import type { ChartData } from 'chart.js';
import { formatNumber, volumeCurves } from '../../src/index';
import { useEvaluated } from '../state/scenario-store';
import { compactMoney } from './register';
import { chartImage, marks, optionLine, seriesChartOptions } from './chart-options';

const LABEL =
  'Steady-state monthly cost of each option against contacts per month, with crossover and rule-of-thumb points';

/** Steady-state monthly cost against volume, with the exact crossovers and the rule of thumb. */
export const VolumeChart = memo(function VolumeChart() {
  const { scenario, result } = useEvaluated();
  const curves = useMemo(() => volumeCurves(scenario, result), [scenario, result]);
  const currency = result.currency;
  const data: ChartData<'scatter'> = {
    datasets: [
      ...curves.curves.map((c, i) => ({ ...optionLine(c.name, c.points, i), showLine: true })),
      marks(
        'Crossover',
        curves.crossovers.map((c) => ({ x: c.volume, y: c.monthlyCost })),
        { pointStyle: 'circle', pointRadius: 7 },
      ),
      marks(
        'Rule of thumb',
        curves.ruleOfThumb
          .filter((p) => p.volume <= curves.maxVolume)
          .map((p) => ({ x: p.volume, y: p.monthlyCost })),
        { pointStyle: 'rectRot', pointRadius: 7, hollow: true },
      ),
    ],
  };
  const options = seriesChartOptions<'scatter'>({
    x: {
      type: 'linear',
      max: curves.maxVolume,
      title: { display: true, text: 'Contacts per month' },
      ticks: { callback: (v) => formatNumber(Number(v) / 1000, 0) + 'k' },
    },
    y: { ticks: { callback: compactMoney(currency) } },
  });
  return (
    <section aria-labelledby="volume-heading">
      <h2 id="volume-heading">Monthly cost against volume</h2>
      <div style={{ position: 'relative', height: 260 }}>
        <Scatter {...chartImage(data, options, LABEL)} />
      </div>
    </section>
  );
});
