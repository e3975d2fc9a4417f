import { mergeClasses } from '@fluentui/react-components';
import { memo } from 'react';
import { breakevenText, formatNumber, type Comparison } from '../../src/index';
import { useTableStyles } from '../components/table-styles';
import { useEvaluated } from '../state/scenario-store';
import { ColumnHeads } from '../components/ColumnHeads';

/** The crossover cell: the first volume the build is cheaper, and beside it where it stays so. */
function crossoverCell(c: Comparison): string {
  const x = c.crossoverContactsPerMonth;
  if (x === null) return 'never';
  if (c.buildCheaperThroughout === x) return formatNumber(x);
  return c.buildCheaperThroughout === null
    ? `${formatNumber(x)}; not at the search limit`
    : `${formatNumber(x)}; throughout above ${formatNumber(c.buildCheaperThroughout)}`;
}

/** Each build against each vendor: breakeven, exact crossover and the rule of thumb's verdict. */
export const CrossoverTable = memo(function CrossoverTable() {
  const table = useTableStyles();
  const { result } = useEvaluated();
  if (result.comparisons.length === 0) return null;
  const builds = new Set(result.comparisons.map((c) => c.build));
  return (
    <section aria-labelledby="crossover-heading">
      <h2 id="crossover-heading">Crossovers and rule of thumb</h2>
      {builds.size === 1 && <p className={table.note}>{[...builds][0]} against each vendor</p>}
      <table className={mergeClasses(table.table, table.small)} data-testid="crossovers">
        <caption className="visually-hidden">
          Each build against each vendor: the breakeven month over {result.horizonMonths} months,
          the contacts a month above which the build is cheaper, and the rule of thumb&apos;s
          verdict
        </caption>
        <ColumnHeads
          names={[
            builds.size === 1 ? 'Vendor' : 'Build against vendor',
            'Breakeven month',
            'Crossover (contacts a month)',
            'Rule of thumb',
          ]}
        />
        <tbody>
          {result.comparisons.map((c) => (
            <tr key={`${c.build}|${c.vendor}`} data-pair={`${c.build}|${c.vendor}`}>
              <th scope="row">{builds.size === 1 ? c.vendor : `${c.build} against ${c.vendor}`}</th>
              <td data-wrap>{breakevenText(c, result.horizonMonths)}</td>
              <td data-wrap>{crossoverCell(c)}</td>
              <td>{c.ruleOfThumb}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={table.note}>
        Breakeven after the horizon: the month the build would pay back if the contract ran on;
        &quot;never by month 240&quot;: not even then. Crossover &quot;never&quot;: the build is not
        cheaper at any volume searched.
      </p>
    </section>
  );
});
