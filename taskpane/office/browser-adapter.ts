// Outside Excel: the same UI, the scenario kept in localStorage, Excel-only actions refused
// with an explanation (the UI hides them; this is the backstop).
import { NotInExcelError, type WorkbookAdapter } from './workbook-adapter';

export const STORAGE_KEY = 'crossover.scenario';

export function createBrowserAdapter(storage: Storage | null): WorkbookAdapter {
  const refuse = (action: string) => () => Promise.reject(new NotInExcelError(action));
  return {
    isExcel: false,
    readBidsTable: refuse('Importing the Bids table'),
    readSelectedSeries: refuse('Reading the selected range'),
    readSelectedTable: refuse('Reading the selected table'),
    writeWorkbookModel: refuse('Writing sheets into the workbook'),
    writeChart: refuse('Adding an Excel chart'),
    saveScenarioSetting: async (json) => {
      try {
        storage?.setItem(STORAGE_KEY, json);
      } catch {
        // Storage full or disabled (private windows): the scenario simply is not kept.
      }
    },
    loadScenarioSetting: async () => {
      try {
        return storage?.getItem(STORAGE_KEY) ?? null;
      } catch {
        return null;
      }
    },
  };
}
