// Picks the adapter for the host and the scenario to start from.
import { parseScenarioText } from '../src/index';
import { createBrowserAdapter } from './office/browser-adapter';
import { excelAdapter } from './office/excel-adapter';
import type { WorkbookAdapter } from './office/workbook-adapter';
import type { Draft } from './state/draft';
import { defaultDraft } from './state/examples';

/** Resolves with the host name, or null outside Office (or when office.js did not load). */
export function officeHost(timeoutMs = 4000): Promise<string | null> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office?.onReady) return Promise.resolve(null);
  return Promise.race([
    office.onReady().then((info) => (info.host ? String(info.host) : null)),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs)),
  ]);
}

export function storageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export async function chooseAdapter(): Promise<WorkbookAdapter> {
  const host = await officeHost();
  return host === 'Excel' ? excelAdapter() : createBrowserAdapter(storageOrNull());
}

/** The kept scenario when it still validates, else the default example. */
export async function initialDraft(adapter: WorkbookAdapter): Promise<Draft> {
  const kept = await adapter.loadScenarioSetting().catch(() => null);
  if (kept) {
    const parsed = parseScenarioText(kept);
    if (parsed.ok) return JSON.parse(kept) as Draft;
  }
  return defaultDraft();
}
