import { memo, useMemo } from 'react';
import { Line } from 'react-chartjs-2';
import type { ChartData } from 'chart.js';
import {
  type AccountingBasis,
  breakevenMarks,
  cumulativeOnBasis,
  switchMarks,
  formatMoney,
} from '../../src/index';
import { basisLabel } from '../results/basis';
import { useEvaluated } from '../state/scenario-store';
import { compactMoney } from './register';
import { chartImage, marks, monthLabels, optionLine, seriesChartOptions } from './chart-options';

/** Cumulative cost per option over the horizon on one basis; on cash, breakeven months marked. */
export const CumulativeChart = memo(function CumulativeChart({
  basis = 'cash',
}: {
  basis?: AccountingBasis;
}) {
  const { result } = useEvaluated();
  const { data, options, breakevens, switches } = useMemo(() => {
    const cumulative = result.options.map((o) => cumulativeOnBasis(o, basis));
    const switches = switchMarks(result, cumulative);
    // Breakeven is a cash comparison (DOMAIN.md): marked on the cash lines only.
    const breakevens = basis === 'cash' ? breakevenMarks(result, cumulative) : [];
    const labels = monthLabels(result.horizonMonths);
    /** A mark series along the months: the value of the mark in its month, nothing elsewhere. */
    const byMonth = <M extends { month: number }>(list: M[], value: (mark: M) => number | null) =>
      labels.map((_, m) => {
        const mark = list.find((k) => k.month === m + 1);
        return mark ? value(mark) : null;
      });
    const data: ChartData<'line', (number | null)[], string> = {
      labels,
      datasets: [
        ...result.options.map((o, i) => optionLine(o.name, cumulative[i], i)),
        ...(breakevens.length
          ? [
              marks(
                'Breakeven',
                byMonth(breakevens, (k) => k.cumulativeBuild),
                { pointStyle: 'triangle', pointRadius: 8 },
              ),
            ]
          : []),
        ...(switches.some((w) => w.cumulativeAtMonth !== null)
          ? [
              marks(
                'Switch month',
                byMonth(switches, (w) => w.cumulativeAtMonth),
                { pointStyle: 'rectRot', pointRadius: 8, hollow: true },
              ),
            ]
          : []),
      ],
    };
    const options = seriesChartOptions<'line'>(
      {
        x: { title: { display: true, text: 'Month' } },
        y: { ticks: { callback: compactMoney(result.currency) } },
      },
      true,
    );
    return { data, options, breakevens, switches };
  }, [result, basis]);

  return (
    <>
      <div style={{ position: 'relative', height: 260 }}>
        <Line
          {...chartImage(
            data,
            options,
            `Cumulative ${basisLabel(basis)} of each option by month over ${result.horizonMonths} months`,
          )}
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
          {breakevens.length === 0 && (
            <li>No build breaks even against a vendor within the horizon.</li>
          )}
          {breakevens.map((m) => (
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
