/** What one month of the export holds, however it was counted (in process or in SQL). */
export interface MonthlyCounts {
  /** `YYYY-MM` */
  month: string;
  contacts: number;
  /** rows the vendor billed */
  vendorCount: number;
  /** rows meeting the buyer's definition */
  buyerCount: number;
  /** rows billed and meeting the definition */
  both: number;
}
