import { Field, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { useTableStyles } from '../components/table-styles';
import { useEvaluated } from '../state/scenario-store';
import { useMediaQuery } from '../use-media-query';
import { ColumnHeads } from '../components/ColumnHeads';
import { ChoiceOptions } from '../components/fields';
import { wholeMoney } from '../components/whole-money';

const MEASURES = [
  { id: 'cash', label: 'Cash' },
  { id: 'expense', label: 'P&L expense' },
  { id: 'amortization', label: 'Amortisation' },
  { id: 'ebitdaCost', label: 'EBITDA cost' },
] as const;

/** One option's contract years: cash, P&L expense, amortisation, cost above EBITDA; book value. */
export function AccountingYears() {
  const table = useTableStyles();
  const wide = useMediaQuery('(min-width: 760px)');
  const { result } = useEvaluated();
  const [chosen, setChosen] = useState<string | null>(null);
  // The capitalising option is the interesting one; else the recommendation.
  const fallback =
    result.options.find((o) => o.accounting.bookValueAtHorizon !== 0)?.name ?? result.ranking[0];
  const name = result.options.some((o) => o.name === chosen) ? chosen! : fallback;
  const option = result.options.find((o) => o.name === name)!;
  const money = wholeMoney(result.currency);
  const caption = `${name} by contract year in ${result.currency}: cash paid, P&L expense, amortisation and cost above EBITDA`;
  const { years, total, bookValueAtHorizon } = option.accounting;
  const periods = [
    ...years.map((y) => ({ key: String(y.year), label: `Year ${y.year}`, values: y })),
    { key: 'total', label: 'Total', values: total },
  ];
  /** One period's figure for one measure, in either layout. */
  const figure = (p: (typeof periods)[number], m: (typeof MEASURES)[number]) => (
    <td key={m.id} data-year={p.key} data-measure={m.id}>
      {money(p.values[m.id])}
    </td>
  );
  return (
    <section aria-labelledby="accounting-heading">
      <h2 id="accounting-heading">Year by year: cash, P&amp;L and EBITDA</h2>
      <Field label="Option">
        <Select
          value={name}
          onChange={(_, data) => setChosen(data.value)}
          data-testid="accounting-option"
        >
          <ChoiceOptions choices={result.options.map((o) => ({ value: o.name, label: o.name }))} />
        </Select>
      </Field>
      {wide ? (
        <table className={table.table} data-testid="accounting-years">
          <caption className="visually-hidden">{caption}</caption>
          <ColumnHeads names={['Year', ...MEASURES.map((m) => m.label)]} />
          <tbody>
            {periods.map((p) => (
              <tr key={p.key} className={p.key === 'total' ? table.total : undefined}>
                <th scope="row">{p.key === 'total' ? 'Total' : p.key}</th>
                {MEASURES.map((m) => figure(p, m))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        // Narrow: each year a group of rows, so the figures never run past the taskpane.
        <table className={table.table} data-testid="accounting-years">
          <caption className="visually-hidden">{caption}</caption>
          {periods.map((p) => (
            <tbody key={p.key} className={p.key === 'total' ? table.total : undefined}>
              <tr>
                <th scope="colgroup" colSpan={2} id={`accounting-${p.key}`}>
                  {p.label}
                </th>
              </tr>
              {MEASURES.map((m) => (
                <tr key={m.id}>
                  <th scope="row" headers={`accounting-${p.key}`} style={{ fontWeight: 'normal' }}>
                    {m.label}
                  </th>
                  {figure(p, m)}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      )}
      <p className={table.note} data-testid="book-value">
        Book value at month {result.horizonMonths}: {money(bookValueAtHorizon)}
      </p>
    </section>
  );
}
