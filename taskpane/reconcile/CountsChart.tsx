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
const VENDOR = '#C50F1F';
/** A flagged month's vendor bar: darker, edged in ink, beside the ▲ on its label. */
const ALARMED = '#6E0811';
export const ALARM_MARK = '▲';

/** Vendor-billed against buyer-defined outcomes, month by month; drift alarms marked ▲. */
export function CountsChart({ months }: { months: ReconciledPeriod[] }) {
  const alarmed = months.filter((m) => m.driftAlarm === true).map((m) => m.month);
  const data: ChartData<'bar', number[], string> = {
    labels: months.map((m) => (m.driftAlarm === true ? `${m.month} ${ALARM_MARK}` : m.month)),
    datasets: [
      {
        label: 'Vendor count',
        data: months.map((m) => m.vendorCount),
        backgroundColor: months.map((m) => (m.driftAlarm === true ? ALARMED : VENDOR)),
        borderColor: '#242424',
        borderWidth: months.map((m) => (m.driftAlarm === true ? 2 : 0)),
      },
      { label: 'Buyer count', data: months.map((m) => m.buyerCount), backgroundColor: '#0F6CBD' },
    ],
  };
  return (
    <figure aria-label="Vendor and buyer counts by month" style={{ margin: 0 }}>
      <Bar {...chartImage(data, OPTIONS, LABEL)} />
      {alarmed.length > 0 && (
        <p aria-hidden="true" style={{ margin: '4px 0 0', fontSize: 12 }}>
          {ALARM_MARK} drift alarm: the vendor&apos;s count rose faster than its own trend in{' '}
          {alarmed.join(', ')}
        </p>
      )}
      <figcaption style={{ position: 'absolute', left: -10000 }}>
        {months
          .map(
            (m) =>
              `${m.month}: vendor ${m.vendorCount}, buyer ${m.buyerCount}${m.driftAlarm === true ? ', drift alarm: above its own trend' : ''}`,
          )
          .join('; ')}
      </figcaption>
    </figure>
  );
}
