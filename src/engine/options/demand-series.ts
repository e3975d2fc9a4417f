/** The demand an option is priced against: contacts and human cost per contact, month by month. */
export interface DemandSeries {
  contacts: ArrayLike<number>;
  humanCost: ArrayLike<number>;
}
