import { formatPercent } from '../text/format';
import { fieldWords, optionKinds } from './describe-field';
import type { ContributionRow } from './contribution';

/**
 * "Largest contribution to the margin's variance: Hybrid capped's resolution rate (54%; a rise
 * widens the margin)", for the deck's risk slide and the taskpane; null without inputs.
 */
export function largestContributionLine(
  scenario: { options: readonly { name: string; kind: string }[] },
  contributions: readonly ContributionRow[],
): string | null {
  const top = contributions[0];
  if (!top) return null;
  const what = fieldWords(optionKinds(scenario), top);
  const direction =
    top.contribution === 0
      ? 'no input moves the margin'
      : top.contribution < 0
        ? 'a rise shrinks the margin'
        : 'a rise widens the margin';
  return `Largest contribution to the margin's variance: ${what} (${formatPercent(Math.abs(top.contribution), 0)}; ${direction})`;
}
