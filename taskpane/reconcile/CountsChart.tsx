import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import type { ChartData, ChartOptions } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import type { ReconciledPeriod } from '../../src/reconcile/reconcile-counts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const OPTIONS: ChartOptions<'bar'> = {
  animation: false,
  responsive: true,
  plugins: { legend: { position: 'bottom' } },
  scales: { y: { beginAtZero: true, title: { display: true, text: 'outcomes' } } },
};

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
      <Bar
        data={data}
        options={OPTIONS}
        role="img"
        aria-label="Bar chart of vendor and buyer counts by month"
      />
      <figcaption style={{ position: 'absolute', left: -10000 }}>
        {months.map((m) => `${m.month}: vendor ${m.vendorCount}, buyer ${m.buyerCount}`).join('; ')}
      </figcaption>
    </figure>
  );
}
