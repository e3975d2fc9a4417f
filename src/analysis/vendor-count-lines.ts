import type { ScenarioResult } from '../engine/evaluate';
import { overcountSentences } from './result-sentences';
import type { VendorWhatIf } from './what-if';

/** What a vendor's own count costs the buyer, in the words `crossover run` uses (DOMAIN.md). */
export interface VendorCountLines {
  name: string;
  /** The overcharge with the price to ask, then the fair drift discount. */
  lines: string[];
  /** From which month the vendor counts every contact; null when it never does. */
  saturation: string | null;
}

/** overcountSentences as the deck lays them out: the priced lines, then the saturation warning. */
export function vendorCountLines(
  result: ScenarioResult,
  whatIfs: readonly VendorWhatIf[],
): VendorCountLines[] {
  return overcountSentences(result, whatIfs).map(
    ({ name, overcharge, driftDiscount, saturation }) => ({
      name,
      lines: [overcharge, driftDiscount].filter((line): line is string => line !== null),
      saturation,
    }),
  );
}
