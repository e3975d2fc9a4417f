import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import type { ChartData } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { formatMoney, formatNumber, type ReconciledPeriod } from '../../src/index';
import { chartImage, countBarOptions } from '../charts/chart-options';
import { ColumnHeads } from '../components/ColumnHeads';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const OPTIONS = countBarOptions('x', 'billed, not outcome');
const LABEL = 'Bar chart of billed contacts that are not outcomes, by the clause they fail first';

/**
 * The billed contacts that are not outcomes, by the clause of the definition they fail first:
 * one bar per clause (the overcharge it accounts for in the label), and how many fail it at all.
 */
export function ClauseChart({ total, currency }: { total: ReconciledPeriod; currency: string }) {
  const clauses = total.clauses;
  const data: ChartData<'bar', number[], string> = {
    labels: clauses.map((c) => `${c.clause} (${formatMoney(c.overcharge, currency)})`),
    datasets: [
      {
        label: 'First failing',
        data: clauses.map((c) => c.firstFailing),
        backgroundColor: '#C50F1F',
      },
      { label: 'Failing at all', data: clauses.map((c) => c.failing), backgroundColor: '#F4BFAB' },
    ],
  };
  return (
    <figure aria-label="The gap clause by clause" style={{ margin: 0 }}>
      <Bar {...chartImage(data, OPTIONS, LABEL)} />
      <figcaption>
        <table aria-label="Clause table">
          <ColumnHeads names={['Clause', 'First failing', 'Failing', 'Overcharge']} />
          <tbody>
            {clauses.map((c) => (
              <tr key={c.clause}>
                <td style={{ wordBreak: 'break-word' }}>{c.clause}</td>
                <td>{formatNumber(c.firstFailing)}</td>
                <td>{formatNumber(c.failing)}</td>
                <td>{formatMoney(c.overcharge, currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}
