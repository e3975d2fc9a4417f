export interface RuleOfThumb {
  outcomesPerMonth: number;
  price: number;
}

export const DEFAULT_RULE_OF_THUMB: RuleOfThumb = { outcomesPerMonth: 50_000, price: 0.3 };

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
