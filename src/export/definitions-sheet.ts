import type { Scenario } from '../scenario/schema';
import type { ScenarioResult } from '../engine/evaluate';
import { negotiationChecklist } from '../analysis/negotiation-checklist';
import { sheetBuilder } from './sheet-builder';
import type { SheetModel } from './workbook-model';

export const DEFINITIONS = 'Definitions';

const TERMS: [string, string][] = [
  [
    'Contact',
    'One unit of demand entering the channel (a conversation, a lead, a claim). Monthly volumes are expected values and may be fractional.',
  ],
  [
    'Outcome (true)',
    "A contact resolved by the buyer's own definition. True outcomes = resolution rate x contacts once the option is live.",
  ],
  [
    'Vendor-counted outcome',
    "What the vendor's classifier counts and bills: true outcomes x overcount ratio k, never more than the contacts.",
  ],
  [
    'Overcount ratio and drift',
    'k in month m = k0 x (1 + D)^((m - 1) / 12). Drift D is how fast the vendor count pulls away from the true count each year.',
  ],
  [
    'Billing unit',
    'outcome: vendor-counted outcomes; contact and action: contacts x units per contact; token: contacts x tokens per contact / 1,000,000 (priced per million); seat: seats every month; none: no usage charge.',
  ],
  [
    'Included units',
    'Units each month that are not charged. Chargeable units = max(0, billed units - included units).',
  ],
  [
    'Tiers',
    'Graduated: each tier prices the units inside it, plus its flat fee once entered. Volume: the one tier holding the whole quantity prices every unit, plus its flat fee.',
  ],
  ['Package', 'Units bought in whole packages: ceiling(chargeable units / size) x package price.'],
  [
    'Escalator',
    'Prices and platform fees step up at each contract anniversary: x (1 + escalator)^(contract year - 1).',
  ],
  [
    'SLA credit',
    'When the vendor resolves less than it guaranteed, it credits the credit rate x usage.',
  ],
  [
    'Annual cap',
    'Usage charged in one contract year never exceeds the cap; months after the cap is reached are not charged for usage.',
  ],
  [
    'Commitment',
    'At the end of each contract year (and at month H for a final partial year, prorated by months / 12) the buyer pays any shortfall of usage + platform spend against the commitment.',
  ],
  [
    'Gain-share',
    'A share of what the buyer saves against the status quo each month (never negative), paid to the vendor. Not capped and not counted toward a commitment.',
  ],
  [
    'Outcome classes',
    "Outcomes priced by complexity. The vendor's classifier decides the class and the mix can drift toward dearer classes: weight of class c in month m = share_c x (1 + d_c)^((m - 1) / 12), renormalised to sum to 1; the blended price = sum of weight x class price.",
  ],
  [
    'Year-to-date tiers',
    'Graduated tiers over the units charged since the contract anniversary: a month costs P(units before + this month) - P(units before); the count restarts at each anniversary.',
  ],
  [
    'Phases',
    'Consecutive periods from month 1 (a free pilot, an introductory rate): usage before credits is multiplied by the phase price factor; the platform fee is not; after the last phase the factor is 1.',
  ],
  [
    'Price lock',
    'In the first months, usage charged (after the SLA credit, before the annual cap) is at most the monthly ceiling.',
  ],
  [
    'Prepaid credit',
    'Paid in the first month of each contract year (prorated in a final partial year). Usage draws the balance down and the rest is overage; at a year end the rollover share of what is left carries over and the rest expires; everything left expires in the last month.',
  ],
  [
    'Switch (buy now, build later)',
    "The vendor until the switch month S (an input: change it and the workbook recalculates), evaluated over the S - 1 months served, so a commitment or prepayment is prorated; the build's spend throughout; from S the build's run cost and people (a build not yet live leaves every contact to people); the exit fee in month S.",
  ],
  [
    'Residual',
    'People handle every contact the option does not truly resolve, at the human cost per contact inflated by wage inflation.',
  ],
  [
    'Build',
    'Build spend = build cost / build months over the build months (all in month 1 when build months = 0); then run cost = (fixed + marginal x contacts) x (1 + E)^((m - 1) / 12).',
  ],
  [
    'Total',
    'Vendor: usage (with prepaid credit: prepayment + overage) + platform + one-time + gain-share + true-up + residual + oversight. Build: build spend + run + residual. Switch: build spend + the vendor total before S, the build run + residual from S + exit fee. Status quo: contacts x human cost.',
  ],
  [
    'NPV',
    'NPV of the monthly totals at the monthly rate (1 + annual rate)^(1/12) - 1, cash at month end (Excel NPV).',
  ],
  ['Cost per contact', 'Total cost / all contacts over the horizon.'],
  [
    'Effective price per outcome',
    'Vendor charges / true outcomes: what each outcome by your definition really costs.',
  ],
  [
    'Breakeven month',
    "First month in which the build's cumulative cost is at or below the vendor's. When the horizon holds none, both options run on to month 240 with every rule continued, and the Summary says the month it comes in ('month 42, after the 36-month horizon') or 'never by month 240'.",
  ],
  [
    'Overcount cost',
    "The option's total cost less the same bid with the vendor counting exactly the true outcomes (k0 = 1, no drift), over the horizon and in NPV.",
  ],
  [
    'Price to ask',
    'For a flat price per outcome: price x true outcomes / vendor-counted outcomes over the horizon, the price per counted outcome that bills what the quoted price would on your own count.',
  ],
  [
    'Fair drift discount',
    "1 - (the vendor's count with the ratio held at k0) / (its count as billed), over the horizon: the flat price cut that keeps the bill where it would be without drift. It sees onboarding and the count never exceeding the contacts.",
  ],
  [
    'Saturation',
    'The first live month in which the vendor counts every contact as an outcome (true outcomes x k reach the contacts): from then drift adds nothing more.',
  ],
  [
    'Crossover volume',
    'The steady monthly volume at which one steady-state year of the build costs the same as one of the vendor (12 live months, month-1 human cost, no growth, no drift beyond k0, no escalation, no one-time fee; cap and commitment applied to the year; the build year adds 12 x build cost / amortization months). Found by a solver; the Crossover sheet recomputes both years at it by formula.',
  ],
  [
    'Rule of thumb',
    "Build when the vendor's counted outcomes in the last month exceed the threshold and its effective price exceeds the threshold price. A rough guide from the field; the crossover is the exact answer.",
  ],
];

/** What each line means, and the negotiation checklist priced as the taskpane prices it. */
export function definitionsSheet(scenario: Scenario, result: ScenarioResult): SheetModel {
  const b = sheetBuilder();
  let row = 1;
  b.value(1, row++, 'Definitions', { role: 'title' });
  b.value(1, row, 'Term', { role: 'header' });
  b.value(2, row++, 'Meaning', { role: 'header' });
  for (const [term, meaning] of TERMS) {
    b.value(1, row, term, { role: 'label', bold: true });
    b.value(2, row++, meaning, { role: 'note', wrap: true });
  }
  row++;
  b.value(1, row++, 'Negotiation checklist', { role: 'title' });
  const checklist = negotiationChecklist(scenario, result);
  if (checklist.vendors.length === 0)
    b.value(2, row++, 'This scenario has no vendor bid.', { role: 'note' });
  const lists =
    checklist.vendors.length === 0
      ? []
      : [{ name: 'Every vendor', items: checklist.terms }, ...checklist.vendors];
  for (const vendor of lists) {
    b.value(1, row, vendor.name, { role: 'label', bold: true });
    b.value(2, row, 'Term to secure', { role: 'header' });
    b.value(3, row++, 'What it is worth', { role: 'header' });
    vendor.items.forEach((item, i) => {
      b.value(1, row, `${i + 1}.`, { role: 'label' });
      b.value(2, row, item.text, { role: 'note', wrap: true });
      if (item.worth) b.value(3, row, item.worth, { role: 'note', wrap: true });
      row++;
    });
    row++;
  }
  row++;
  b.value(1, row++, 'How to audit a number', { role: 'title' });
  const audit = [
    'Click a figure on Summary: its formula points at a column of Schedule or a line of Crossover.',
    'Follow the column on Schedule: every month is a formula over Inputs and the timeline (month, contract year, contacts, human cost).',
    'Change an input on Inputs (shaded cells) and the workbook recalculates; the structure (horizon, options, tiers) is fixed at export.',
  ];
  audit.forEach((item) => b.value(2, row++, item, { role: 'note', wrap: true }));
  return {
    name: DEFINITIONS,
    cells: b.cells,
    columnWidths: [24, 58, 26],
    print: { orientation: 'portrait', fit: 'width' },
  };
}
