import type { ScenarioResult } from '../engine/evaluate';
import type { Scenario } from '../scenario/schema';
import { saturationMessage } from '../scenario/warnings';
import type { InputRefs } from './inputs-sheet';
import { figureDecimals, MONTH, PERCENT, unitMoney, wholeMoney } from './number-formats';
import type { ScheduleRefs } from './schedule-sheet';
import type { SheetBuilder } from './sheet-builder';
import type { CellStyle } from './workbook-model';

// The Summary's table of what each vendor's count costs (DOMAIN.md "Drift discount, saturation,
// and what the overcount costs"). The price to ask and the fair drift discount are ratios of the
// Schedule's counts, so they are formulas; the overcount's cost needs the bid rerun counting
// exactly, and saturation a first month found by comparing counts, so those are the engine's
// values at export, and the note under the table says so.

/** A vendor option with anything to say about its count. */
const hasOvercount = (o: ScenarioResult['options'][number]) =>
  o.kind === 'vendor' &&
  ((o.overcountCost ?? 0) !== 0 || (o.driftDiscount ?? 0) > 0 || o.saturatedFromMonth !== null);

/**
 * Writes the table from `top` in columns B to G when a vendor overcounts or saturates; returns
 * the row after it (`top` when there is nothing to show).
 */
export function overcountSection(
  b: SheetBuilder,
  top: number,
  scenario: Scenario,
  result: ScenarioResult,
  inputs: InputRefs,
  schedule: ScheduleRefs,
): number {
  const shown = result.options.flatMap((o, i) => (hasOvercount(o) ? [i] : []));
  if (shown.length === 0) return top;
  const currency = scenario.currency;
  const money: CellStyle = { role: 'output', numFmt: wholeMoney(currency) };
  const asks = shown.flatMap((i) => {
    const ask = result.options[i].priceToAsk;
    return ask === null ? [] : [ask];
  });
  const price: CellStyle = { role: 'output', numFmt: unitMoney(currency, figureDecimals(asks)) };
  const none: CellStyle = { role: 'output', align: 'right' };
  let row = top;
  b.value(2, row++, 'What the vendor’s count costs', { role: 'label', bold: true });
  [
    'Vendor',
    'Overcount cost',
    'Overcount NPV',
    'Price to ask per counted outcome',
    'Fair drift discount (count as billed)',
    'Counts every contact from month',
  ].forEach((h, k) =>
    b.value(2 + k, row, h, { role: 'header', wrap: true, ...(k > 0 ? { align: 'right' } : {}) }),
  );
  row++;
  const warnings: string[] = [];
  for (const i of shown) {
    const o = result.options[i];
    const cols = schedule.options[i];
    const f = inputs.options[i].fields;
    b.value(2, row, o.name, { role: 'label' });
    b.value(3, row, o.overcountCost ?? 0, money);
    b.value(4, row, o.overcountNpv ?? 0, money);
    if (o.priceToAsk === null) b.value(5, row, 'n/a', none);
    else if (f.price === undefined) b.value(5, row, o.priceToAsk, price);
    else
      b.formula(
        5,
        row,
        `${f.price}*SUM(${cols.trueOutcomes})/SUM(${cols.counted})`,
        o.priceToAsk,
        price,
      );
    if (o.driftDiscount === null) b.value(6, row, 'n/a', none);
    else {
      // the count with the ratio held at k0: MIN(live * contacts, O * k0), month by month
      const live = `${cols.live}*${schedule.contacts}`;
      const atK0 = `${cols.trueOutcomes}*${f.initialRatio}`;
      b.formula(
        6,
        row,
        `1-SUMPRODUCT((${live}<=${atK0})*${live}+(${live}>${atK0})*${atK0})/SUM(${cols.counted})`,
        o.driftDiscount,
        { role: 'output', numFmt: PERCENT },
      );
    }
    if (o.saturatedFromMonth === null) b.value(7, row, 'never', none);
    else {
      b.value(7, row, o.saturatedFromMonth, { role: 'output', numFmt: MONTH });
      warnings.push(`${o.name}: ${saturationMessage(o.saturatedFromMonth)}.`);
    }
    row++;
  }
  for (const w of warnings) b.value(2, row++, `Warning: ${w}`, { role: 'label', bold: true });
  b.value(
    2,
    row++,
    `Overcount cost: the bid as billed less the same bid counting exactly the true outcomes, over ${scenario.horizonMonths} months (and in NPV); with the month the count saturates, the engine's figures at export (values). The price to ask bills on the vendor's count what the quoted price bills on yours; the fair drift discount keeps the bill at month one's ratio; both are formulas over the Schedule.`,
    { role: 'note' },
  );
  return row;
}
