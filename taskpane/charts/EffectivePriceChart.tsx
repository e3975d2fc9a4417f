import { Line } from 'react-chartjs-2';
import type { ChartData } from 'chart.js';
import { type ScenarioResult, monthlyEffectivePrice } from '../../src/index';
import { chartImage, monthLabels, optionLine, seriesChartOptions } from './chart-options';

const LABEL = 'Effective price per buyer-defined outcome for each vendor, month by month';

/** Each vendor's charges per buyer-defined outcome, month by month. */
export function EffectivePriceChart({ result }: { result: ScenarioResult }) {
  const vendors = result.options.map((o, i) => ({ o, i })).filter(({ o }) => o.kind === 'vendor');
  const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: result.currency });
  const data: ChartData<'line', (number | null)[], string> = {
    labels: monthLabels(result.horizonMonths),
    datasets: vendors.map(({ o, i }) => ({
      ...optionLine(o.name, monthlyEffectivePrice(o), i),
      spanGaps: false,
    })),
  };
  const options = seriesChartOptions<'line'>(
    {
      x: { title: { display: true, text: 'Month' } },
      y: { ticks: { callback: (v) => money.format(Number(v)) } },
    },
    true,
  );
  return (
    <div style={{ position: 'relative', height: 240 }}>
      <Line {...chartImage(data, options, LABEL)} />
    </div>
  );
}
