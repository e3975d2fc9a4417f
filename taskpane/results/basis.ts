// The three ways to read an option's cost (DOMAIN.md "Accounting view"): cash paid, P&L expense,
// and cost above EBITDA. The monthly series come from the engine's schedule and accounting.
import type { AccountingBasis } from '../../src/index';

export const BASES: readonly { id: AccountingBasis; label: string; long: string }[] = [
  { id: 'cash', label: 'Cash', long: 'cash paid' },
  { id: 'expense', label: 'P&L', long: 'P&L expense' },
  { id: 'ebitdaCost', label: 'EBITDA', long: 'cost above EBITDA' },
];

export const basisLabel = (basis: AccountingBasis) => BASES.find((b) => b.id === basis)!.long;
