import type { CellRole } from './workbook-model';

/** How a cell role looks: colours as 6 hex digits (RGB). */
export interface RoleLook {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  /** text colour */
  font?: string;
  /** background */
  fill?: string;
  /** a thin line under the cell */
  underline?: boolean;
}

/**
 * The palette of the workbook, one for the exported file (write-xlsx.ts) and for the workbook
 * the taskpane writes through Office.js (taskpane/office/excel-adapter.ts): inputs read as
 * inputs in financial models, blue type on a pale fill.
 */
export const ROLE_LOOK: Partial<Record<CellRole, RoleLook>> = {
  title: { bold: true, size: 14 },
  header: { bold: true, fill: 'D9E1F2', underline: true },
  input: { font: '0000FF', fill: 'FFF2CC' },
  output: { bold: true },
  check: { bold: true, fill: 'E2EFDA' },
  note: { italic: true, font: '595959' },
};
