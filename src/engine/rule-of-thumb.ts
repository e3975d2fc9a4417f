import { DEFAULT_RULE_OF_THUMB_OUTCOMES_PER_MONTH, DEFAULT_RULE_OF_THUMB_PRICE } from './defaults';

export interface RuleOfThumb {
  outcomesPerMonth: number;
  price: number;
}

export const DEFAULT_RULE_OF_THUMB: Readonly<RuleOfThumb> = Object.freeze({
  outcomesPerMonth: DEFAULT_RULE_OF_THUMB_OUTCOMES_PER_MONTH,
  price: DEFAULT_RULE_OF_THUMB_PRICE,
});

export type Verdict = 'build' | 'buy';

/** The field's rough guide: build when volume and price both exceed the thresholds. */
export function ruleOfThumbVerdict(
  outcomesPerMonth: number,
  pricePerOutcome: number | null,
  rule: RuleOfThumb = DEFAULT_RULE_OF_THUMB,
): Verdict {
  return outcomesPerMonth > rule.outcomesPerMonth &&
    pricePerOutcome !== null &&
    pricePerOutcome > rule.price
    ? 'build'
    : 'buy';
}
