import { moneyFormat } from '../text/format';
import type { OptionResult } from '../engine/evaluate';

/** An option's figures in the ranking as text, for the CLI's table and the deck's. */
export interface RankingCells {
  npv: string;
  totalCost: string;
  /** to the cent; '-' without contacts */
  perContact: string;
  /** to 4 places; '-' without outcomes */
  perOutcome: string;
  savings: string;
}

export function rankingCells(o: OptionResult, currency: string): RankingCells {
  const money = moneyFormat(currency, 0);
  const cents = moneyFormat(currency, 2);
  const fourPlaces = moneyFormat(currency, 4);
  const orDash = (v: number | null, format: (v: number) => string) =>
    v === null ? '-' : format(v);
  return {
    npv: money(o.npv),
    totalCost: money(o.totalCost),
    perContact: orDash(o.costPerContact, cents),
    perOutcome: orDash(o.effectivePricePerOutcome, fourPlaces),
    savings: money(o.savingsVsStatusQuo),
  };
}
