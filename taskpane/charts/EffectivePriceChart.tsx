import { Line } from 'react-chartjs-2';
import type { ChartData, ChartOptions } from 'chart.js';
import type { ScenarioResult } from '../../src/index';
import { monthlyEffectivePrice } from '../../src/analysis/drift-view';
import { seriesStyle } from './register';

/** Each vendor's charges per buyer-defined outcome, month by month. */
export function EffectivePriceChart({ result }: { result: ScenarioResult }) {
  const vendors = result.options.map((o, i) => ({ o, i })).filter(({ o }) => o.kind === 'vendor');
  const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: result.currency });
  const data: ChartData<'line', (number | null)[], string> = {
    labels: Array.from({ length: result.horizonMonths }, (_, m) => String(m + 1)),
    datasets: vendors.map(({ o, i }) => ({
      label: o.name,
      data: monthlyEffectivePrice(o),
      pointRadius: 0,
      borderWidth: 2,
      spanGaps: false,
      ...seriesStyle(i),
    })),
  };
  const options: ChartOptions<'line'> = {
    responsive: true,
    maintainAspectRatio: false,
    interaction: { mode: 'index', intersect: false },
    scales: {
      x: { title: { display: true, text: 'Month' } },
      y: { ticks: { callback: (v) => money.format(Number(v)) } },
    },
    plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
  };
  return (
    <div style={{ position: 'relative', height: 240 }}>
      <Line
        data={data}
        options={options}
        role="img"
        aria-label="Effective price per buyer-defined outcome for each vendor, month by month"
      />
    </div>
  );
}
