import { memo, useMemo } from 'react';
import { Line } from 'react-chartjs-2';
import type { ChartData, ChartOptions } from 'chart.js';
import type { AccountingBasis } from '../../src/analysis/accounting-ranking';
import { breakevenMarks, cumulativeOnBasis, switchMarks } from '../../src/analysis/cumulative';
import { formatMoney } from '../../src/index';
import { basisLabel } from '../results/basis';
import { useEvaluated } from '../state/scenario-store';
import { compactMoney, seriesStyle } from './register';

/** Cumulative cost per option over the horizon on one basis; on cash, breakeven months marked. */
export const CumulativeChart = memo(function CumulativeChart({
  basis = 'cash',
}: {
  basis?: AccountingBasis;
}) {
  const { result } = useEvaluated();
  const { data, options, marks, switches } = useMemo(() => {
    const cumulative = result.options.map((o) => cumulativeOnBasis(o, basis));
    const switches = switchMarks(result, cumulative);
    // Breakeven is a cash comparison (DOMAIN.md): marked on the cash lines only.
    const marks = basis === 'cash' ? breakevenMarks(result, cumulative) : [];
    const labels = Array.from({ length: result.horizonMonths }, (_, m) => String(m + 1));
    const data: ChartData<'line', (number | null)[], string> = {
      labels,
      datasets: [
        ...result.options.map((o, i) => ({
          label: o.name,
          data: cumulative[i],
          pointRadius: 0,
          borderWidth: 2,
          ...seriesStyle(i),
        })),
        ...(marks.length
          ? [
              {
                label: 'Breakeven',
                data: labels.map((_, m) => {
                  const mark = marks.find((k) => k.month === m + 1);
                  return mark ? mark.cumulativeBuild : null;
                }),
                showLine: false,
                pointStyle: 'triangle' as const,
                pointRadius: 8,
                borderColor: '#242424',
                backgroundColor: '#242424',
              },
            ]
          : []),
        ...(switches.some((w) => w.cumulativeAtMonth !== null)
          ? [
              {
                label: 'Switch month',
                data: labels.map((_, m) => {
                  const mark = switches.find((w) => w.month === m + 1);
                  return mark ? mark.cumulativeAtMonth : null;
                }),
                showLine: false,
                pointStyle: 'rectRot' as const,
                pointRadius: 8,
                borderColor: '#242424',
                backgroundColor: '#FFFFFF',
                borderWidth: 2,
              },
            ]
          : []),
      ],
    };
    const options: ChartOptions<'line'> = {
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { title: { display: true, text: 'Month' } },
        y: { ticks: { callback: compactMoney(result.currency) } },
      },
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
    };
    return { data, options, marks, switches };
  }, [result, basis]);

  return (
    <>
      <div style={{ position: 'relative', height: 260 }}>
        <Line
          data={data}
          options={options}
          role="img"
          aria-label={`Cumulative ${basisLabel(basis)} of each option by month over ${result.horizonMonths} months`}
        />
      </div>
      {switches.length > 0 && (
        <ul aria-label="Switch months">
          {switches.map((w) => (
            <li key={w.option} data-testid="switch-mark">
              {w.option} switches to the build in month {w.month}
              {w.bestMonth === w.month
                ? ', the best month.'
                : `; switching in month ${w.bestMonth} would save ${formatMoney(w.saving, result.currency, 0)} of NPV.`}
            </li>
          ))}
        </ul>
      )}
      {basis === 'cash' && (
        <ul aria-label="Breakeven months">
          {marks.length === 0 && <li>No build breaks even against a vendor within the horizon.</li>}
          {marks.map((m) => (
            <li key={`${m.build}|${m.vendor}`}>
              {m.build} breaks even with {m.vendor} in month {m.month} (cumulative{' '}
              {formatMoney(m.cumulativeBuild, result.currency, 0)})
            </li>
          ))}
        </ul>
      )}
    </>
  );
});
