import type { OutcomeClass } from '../model';
import { monthlyFactor } from '../time';

export type { OutcomeClass };

/**
 * w_c(m): the class mix in month m. Each class weight drifts at its own annual rate (tier creep)
 * and the weights are renormalised: share_c * f_dc(m) / sum_j share_j * f_dj(m).
 */
export function classWeights(classes: readonly OutcomeClass[], month: number): number[] {
  const raw = classes.map((c) => c.share * monthlyFactor(c.driftAnnual ?? 0, month));
  const total = raw.reduce((a, w) => a + w, 0);
  return raw.map((w) => (total > 0 ? w / total : 0));
}

/** The blended price per outcome in month m: sum_c w_c(m) * price_c (the weights of classWeights). */
export function blendedClassPrice(classes: readonly OutcomeClass[], month: number): number {
  // sum_c (raw_c / total) * price_c, without building the weight arrays (a hot path)
  let total = 0;
  for (let c = 0; c < classes.length; c++)
    total += classes[c].share * monthlyFactor(classes[c].driftAnnual ?? 0, month);
  let price = 0;
  for (let c = 0; c < classes.length; c++) {
    const raw = classes[c].share * monthlyFactor(classes[c].driftAnnual ?? 0, month);
    price += (total > 0 ? raw / total : 0) * classes[c].price;
  }
  return price;
}
