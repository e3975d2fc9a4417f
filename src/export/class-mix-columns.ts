import { blendedClassPrice, classWeights } from '../engine/pricing/classes';
import type { OutcomeClass } from '../engine/model';
import type { ClassRefs } from './vendor-term-inputs';
import { PERCENT } from './number-formats';
import type { ScheduleColumn } from './schedule-column';

/**
 * Outcome classes (DOMAIN.md "More vendor terms"): the class mix of each month, every weight
 * drifting at its own rate and renormalised, w_c(m) = share_c f_dc(m) / sum_j share_j f_dj(m),
 * then the blended price sum_c w_c(m) price_c that prices the month's chargeable outcomes.
 */
export function classMixColumns(
  classes: readonly OutcomeClass[],
  refs: readonly ClassRefs[],
): ScheduleColumn[] {
  const weights = classes.map((cls, i): ScheduleColumn => ({
    key: `classWeight${i}`,
    header: `Class mix: ${cls.name}`,
    numFmt: PERCENT,
    formula: (c) => classWeightFormula(refs, i, `$A${c.row}`),
    value: (m) => classWeights(classes, m)[i],
  }));
  return [
    ...weights,
    {
      key: 'blendedPrice',
      header: 'Blended price per outcome',
      numFmt: 'unitPrice',
      formula: (c) => refs.map((k, i) => `${c.at(`classWeight${i}`)}*${k.price}`).join('+'),
      value: (m) => blendedClassPrice(classes, m),
    },
  ];
}

/** w_i(m) of DOMAIN.md as a formula, for the month number in `month` (a cell or a constant). */
export function classWeightFormula(refs: readonly ClassRefs[], i: number, month: string): string {
  const raw = (k: ClassRefs) => `${k.share}*POWER(1+${k.driftAnnual},(${month}-1)/12)`;
  return `${raw(refs[i])}/(${refs.map(raw).join('+')})`;
}

/** The blended price sum_c w_c(m) price_c in one formula, for the month number in `month`. */
export function blendedPriceFormula(refs: readonly ClassRefs[], month: string): string {
  return refs.map((k, i) => `${classWeightFormula(refs, i, month)}*${k.price}`).join('+');
}
