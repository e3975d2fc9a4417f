// The scenario's defaults, one home for every face: the schema fills them into a scenario file,
// the rules and the Excel functions fall back on them, and the taskpane's drafts start from them.

/** Months a scenario covers when it does not say (DOMAIN.md). */
export const DEFAULT_HORIZON_MONTHS = 36;

/** Months a capitalised build is amortised over from go-live when the option does not say. */
export const DEFAULT_USEFUL_LIFE_MONTHS = 36;

/** The rule of thumb's thresholds: build above 50,000 outcomes a month at above $0.30 each. */
export const DEFAULT_RULE_OF_THUMB_OUTCOMES_PER_MONTH = 50_000;
export const DEFAULT_RULE_OF_THUMB_PRICE = 0.3;
