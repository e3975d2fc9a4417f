import { PACKAGE_COUNT_TOLERANCE } from '../engine/pricing/package';
import type { Charges } from '../engine/model';
import type { OptionInputRefs } from './inputs-sheet';

/**
 * P(Q) of DOMAIN.md as a native formula over the option's inputs, for the chargeable units in
 * cell `q`: graduated or volume tiers, else whole packages, else a unit price.
 */
export function priceFormula(q: string, charges: Charges, refs: OptionInputRefs): string {
  if (charges.tiers) {
    return charges.tierMode === 'volume' ? volumeFormula(q, refs) : graduatedFormula(q, refs);
  }
  if (charges.package) {
    return `${packageCountFormula(`(${q}/${refs.fields.packageSize})`)}*${refs.fields.packagePrice}`;
  }
  return `${q}*${refs.fields.price}`;
}

/** packageCount of DOMAIN.md: a quotient within 1e-9 * MAX(1, n) of a whole number is that number. */
function packageCountFormula(n: string): string {
  const tolerance = PACKAGE_COUNT_TOLERANCE.toExponential().toUpperCase();
  return `IF(ABS(${n}-ROUND(${n},0))<=${tolerance}*MAX(1,${n}),ROUND(${n},0),CEILING(${n},1))`;
}

/** Each tier prices the units inside it, plus its flat fee once entered. */
function graduatedFormula(q: string, refs: OptionInputRefs): string {
  return refs.tiers
    .map((tier, i) => {
      const lower = i === 0 ? '0' : refs.tiers[i - 1].upTo!;
      const top = tier.upTo === null ? q : `MIN(${q},${tier.upTo})`;
      return `IF(${q}>${lower},${tier.price}*(${top}-${lower})+${tier.flatFee},0)`;
    })
    .join('+');
}

/** The one tier holding the whole quantity prices every unit; nothing for no units. */
function volumeFormula(q: string, refs: OptionInputRefs): string {
  let formula = '';
  let closing = '';
  for (const tier of refs.tiers) {
    const priced = `${q}*${tier.price}+${tier.flatFee}`;
    if (tier.upTo === null) {
      formula += priced;
      break;
    }
    formula += `IF(${q}<=${tier.upTo},${priced},`;
    closing += ')';
  }
  return `IF(${q}<=0,0,${formula}${closing})`;
}
