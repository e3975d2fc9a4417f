import type { DeckSlide, DeckText } from './deck-model';
import { MARGIN, slide, text, WIDTH, type Deck } from './slide-parts';
import type { VendorCountLines } from '../analysis/vendor-count-lines';

// What each vendor's own count costs (issue 21's figures), in the words `crossover run` uses.

/** Inches a text takes at `fontSize` points in a box `w` inches wide (wrapped, one line at least). */
function textHeight(lines: readonly string[], fontSize: number, w: number): number {
  const perLine = Math.floor((w * 72) / (fontSize * 0.52));
  const visual = lines.reduce((n, l) => n + Math.max(1, Math.ceil(l.length / perLine)), 0);
  return (visual * fontSize * 1.25) / 72 + 0.15;
}

/** Issue 21's figures for the board: per vendor, what its own count costs and what to ask. */
export function vendorCountSlide({ result }: Deck, counts: readonly VendorCountLines[]): DeckSlide {
  const texts: DeckText[] = [];
  const bodies = counts.map((c) => [
    ...c.lines.map((l) => `${l[0].toUpperCase()}${l.slice(1)}.`),
    ...(c.saturation ? [`Warning: ${c.saturation}.`] : []),
  ]);
  // the largest type in which every vendor fits on the slide
  const height = (size: number) =>
    bodies.reduce((y, body) => y + 0.65 + textHeight(body, size, WIDTH - 0.3), 0);
  const size = [20, 18, 16, 14, 12].find((s) => height(s) <= 5.9) ?? 12;
  let y = 1.35;
  for (const [i, c] of counts.entries()) {
    const body = bodies[i];
    const h = textHeight(body, size, WIDTH - 0.3);
    texts.push(
      text({ text: c.name, x: MARGIN, y, w: WIDTH, h: 0.45, fontSize: size + 4, bold: true }),
      text({
        text: body.join('\n'),
        x: MARGIN + 0.3,
        y: y + 0.45,
        w: WIDTH - 0.3,
        h,
        fontSize: size,
      }),
    );
    y += 0.45 + h + 0.2;
  }
  return slide(
    'vendor-count',
    'What the vendors’ own counts cost',
    [
      `Overcharge: the option’s total cost over ${result.horizonMonths} months minus the same option billed on the buyer’s count (overcount ratio 1, no drift): overcountCost, and overcountNpv in NPV (crossover run --json).`,
      'Price to ask: the price per vendor-counted outcome that bills what the quoted price bills on the buyer’s own count, price × true outcomes / vendor-counted outcomes (priceToAsk).',
      'Fair drift discount: 1 - the vendor-counted outcomes with the count held at month one’s ratio / the vendor-counted outcomes as billed (driftDiscount); its worth is the NPV with every unit price cut by it, against the bid.',
      'Saturation: from that month the vendor counts every contact as an outcome, so drift adds nothing more (saturatedFromMonth).',
    ],
    { texts },
  );
}
