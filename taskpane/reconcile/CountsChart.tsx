import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import type { ChartData } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import type { ReconciledPeriod } from '../../src/index';
import { chartImage, countBarOptions } from '../charts/chart-options';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const OPTIONS = countBarOptions('y', 'outcomes');
const LABEL = 'Bar chart of vendor and buyer counts by month';

/** Vendor-billed against buyer-defined outcomes, month by month. */
export function CountsChart({ months }: { months: ReconciledPeriod[] }) {
  const data: ChartData<'bar', number[], string> = {
    labels: months.map((m) => m.month),
    datasets: [
      { label: 'Vendor count', data: months.map((m) => m.vendorCount), backgroundColor: '#C50F1F' },
      { label: 'Buyer count', data: months.map((m) => m.buyerCount), backgroundColor: '#0F6CBD' },
    ],
  };
  return (
    <figure aria-label="Vendor and buyer counts by month" style={{ margin: 0 }}>
      <Bar {...chartImage(data, OPTIONS, LABEL)} />
      <figcaption style={{ position: 'absolute', left: -10000 }}>
        {months.map((m) => `${m.month}: vendor ${m.vendorCount}, buyer ${m.buyerCount}`).join('; ')}
      </figcaption>
    </figure>
  );
}
