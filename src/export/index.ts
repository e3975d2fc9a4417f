// The board export: the workbook model, its xlsx rendering, and the JSON and CSV companions.
export * from './workbook-model';
export {
  buildWorkbookModel,
  type BoardReconciliation,
  type ExportMeta,
  type WorkbookCompare,
  type WorkbookExtras,
} from './build-workbook-model';
export { writeXlsx, writeXlsxBytes } from './write-xlsx';
export { toScenarioJson } from './scenario-json';
export { scheduleCsv } from './schedule-csv';
export { escapeFormulaText } from './escape-text';
export { recommendation } from './summary-sheet';
export { workbookSize, workbookSizeProblem, MAX_WORKBOOK_CELLS } from './workbook-size';
export { cellText, CELL_TEXT_LIMIT } from './escape-text';
