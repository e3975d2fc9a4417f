import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import type { ChartData } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { formatMoney, formatNumber, type ReconciledPeriod } from '../../src/index';
import { chartImage, countBarOptions } from '../charts/chart-options';
import { ColumnHeads } from '../components/ColumnHeads';
import { useTableStyles } from '../components/table-styles';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const OPTIONS = countBarOptions('x', 'billed, not outcome');
const LABEL = 'Bar chart of billed contacts that are not outcomes, by the clause they fail first';

/**
 * The billed contacts that are not outcomes, by the clause of the definition they fail first:
 * one bar per clause, and how many fail it at all. A clause can be longer than a 350 px pane
 * leaves a chart's axis, so the bars are numbered and the numbered list beneath names them.
 */
export function ClauseChart({ total, currency }: { total: ReconciledPeriod; currency: string }) {
  const table = useTableStyles();
  const clauses = total.clauses;
  const data: ChartData<'bar', number[], string> = {
    labels: clauses.map((_, i) => `Clause ${i + 1}`),
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
        <ol data-testid="clause-list" style={{ paddingLeft: '1.5em' }}>
          {clauses.map((c) => (
            <li key={c.clause}>
              <code>{c.clause}</code>
            </li>
          ))}
        </ol>
        <table aria-label="Clause table" className={table.table} data-testid="clause-table">
          <ColumnHeads names={['Clause', 'First failing', 'Failing', 'Overcharge']} />
          <tbody>
            {clauses.map((c, i) => (
              <tr key={c.clause}>
                <th scope="row">{i + 1}</th>
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
