import { blendedClassPrice } from '../engine/pricing/classes';
import { formatMoney, moneyFormat } from '../text/format';
import type { Scenario } from '../scenario/schema';
import type { ScenarioResult } from '../engine/evaluate';

/** The text view's lines for switch options and outcome classes (empty when there are none). */
export function termsToText(result: ScenarioResult, scenario: Scenario): string[] {
  const out: string[] = [];
  const money = moneyFormat(result.currency, 0);
  const switches = result.options.filter((o) => o.kind === 'switch');
  if (switches.length > 0) {
    out.push('');
    out.push('When to switch (lowest NPV over every switch month 1..H+1)');
    for (const o of switches) {
      const never = result.horizonMonths + 1;
      const month = (S: number) => (S === never ? `never (month ${S})` : `month ${S}`);
      const saves = o.npv - o.bestSwitchNpv!;
      out.push(
        `  ${o.name}: best ${month(o.bestSwitchMonth!)}, NPV ${money(o.bestSwitchNpv!)}; ` +
          (o.bestSwitchMonth === o.switchMonth
            ? `the chosen ${month(o.switchMonth!)} is the best`
            : `saves ${money(saves)} against the chosen ${month(o.switchMonth!)}`),
      );
    }
  }
  const classed = scenario.options.filter((o) => o.kind === 'vendor' && o.charges.classes);
  if (classed.length > 0) {
    const H = scenario.horizonMonths;
    out.push('');
    out.push(`Blended price per outcome of the classes, month 1 and month ${H}`);
    for (const o of classed) {
      if (o.kind !== 'vendor' || !o.charges.classes) continue;
      const price = (m: number) =>
        formatMoney(blendedClassPrice(o.charges.classes!, m), result.currency, 4);
      out.push(`  ${o.name}: ${price(1)} -> ${price(H)}`);
    }
  }
  return out;
}
