import { pricedAsks, type PricedAsk, type VendorWhatIf } from '../analysis/what-if';
import { formatPercent } from '../text/format';
import type { DeckSlide } from './deck-model';
import { slide, table, type Deck } from './slide-parts';
import type { VendorCountLines } from '../analysis/vendor-count-lines';
import { warningsUnder, saturationLines } from './saturation-warnings';

// The negotiation asks, priced in NPV, of the vendors that beat the status quo.

/** Asks only of vendors that beat the status quo, each priced in NPV, none shown as worth 0. */
export function negotiationSlide(
  { result, money }: Deck,
  whatIfs: readonly VendorWhatIf[],
  counts: readonly VendorCountLines[],
): DeckSlide | null {
  const H = result.horizonMonths;
  const rank = new Map(result.ranking.map((n, i) => [n, i]));
  const vendors = whatIfs
    .filter((w) => w.beatsStatusQuo)
    .sort((a, b) => rank.get(a.name)! - rank.get(b.name)!)
    .slice(0, 3);
  const askWords = (w: VendorWhatIf, ask: PricedAsk) =>
    ask.id === 'cap'
      ? `An annual cap at ${money(w.cap.cap)}`
      : ask.id === 'drift-discount'
        ? `A ${formatPercent(w.driftDiscount!.discount)} drift discount`
        : 'Bill on our own count of outcomes';
  const zero = money(0);
  const asked = vendors.flatMap((w) =>
    pricedAsks(w)
      .filter((ask) => money(ask.worthNpv) !== zero)
      .map((ask) => ({ name: w.name, row: [w.name, askWords(w, ask), money(ask.worthNpv)] })),
  );
  if (asked.length === 0) return null;
  const asks = table(
    ['Vendor', 'Ask', `Worth in NPV, ${H} months`],
    [3.6, 6.133, 2.6],
    ['left', 'left', 'right'],
    asked.map((a) => a.row),
    { smallAbove: 9 },
  );
  const warnings = saturationLines(counts, new Set(asked.map((a) => a.name)));
  return slide(
    'negotiation',
    'The negotiation asks and what each is worth',
    [
      `Each ask is priced by the engine in NPV: the vendor's NPV over ${H} months as bid, less its NPV with that one term changed (the taskpane's negotiation checklist). Only vendors that beat the status quo, and only asks worth more than 0.`,
      'Annual cap: at the first contract year’s usage. Drift discount: the fair discount for the vendor’s drifting count as billed, off every unit price. Own count: billing on the buyer’s definition (no overcount, no drift).',
    ],
    {
      tables: [asks],
      texts: warningsUnder(asks.y + asks.h, warnings),
    },
  );
}
