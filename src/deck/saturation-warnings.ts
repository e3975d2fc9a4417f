import type { DeckText } from './deck-model';
import { MARGIN, text, WARN, WIDTH } from './slide-parts';
import type { VendorCountLines } from '../analysis/vendor-count-lines';

// The saturation warning beside an option wherever a slide shows it (DOMAIN.md "Saturation").

/** Warnings in a text box from `top` (inches, plus a gap) to the foot of the slide; none without. */
export function warningsUnder(top: number, warnings: readonly string[]): DeckText[] {
  if (warnings.length === 0) return [];
  const y = top + 0.25;
  return [
    text({
      text: warnings.join('\n'),
      ...{ x: MARGIN, y, w: WIDTH, h: Math.max(0.5, 7.3 - y) },
      fontSize: 14,
      color: WARN,
    }),
  ];
}

/** The saturation warnings of the options a slide shows, one line each. */
export function saturationLines(
  counts: readonly VendorCountLines[],
  shown: ReadonlySet<string>,
): string[] {
  return counts
    .filter((c) => c.saturation !== null && shown.has(c.name))
    .map((c) => `Warning, ${c.name}: ${c.saturation}.`);
}
