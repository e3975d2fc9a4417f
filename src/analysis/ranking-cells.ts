import { formatMoney, type OptionResult } from '../index';

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
  const money = (v: number) => formatMoney(v, currency, 0);
  const orDash = (v: number | null, digits: number) =>
    v === null ? '-' : formatMoney(v, currency, digits);
  return {
    npv: money(o.npv),
    totalCost: money(o.totalCost),
    perContact: orDash(o.costPerContact, 2),
    perOutcome: orDash(o.effectivePricePerOutcome, 4),
    savings: money(o.savingsVsStatusQuo),
  };
}
