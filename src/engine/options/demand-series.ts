/**
 * The demand an option is priced against, month by month: contacts, the human cost per contact,
 * and f_W(m), the growth of wages since month 1 (humanCost[m] = humanCostPerContact * f_W(m)).
 */
export interface DemandSeries {
  contacts: ArrayLike<number>;
  humanCost: ArrayLike<number>;
  wageFactor: ArrayLike<number>;
}
