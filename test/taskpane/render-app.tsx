// Renders the whole taskpane in jsdom with the browser adapter and a fresh storage.
import { render } from '@testing-library/react';
import { App } from '../../taskpane/App';
import { createBrowserAdapter } from '../../taskpane/office/browser-adapter';
import type { WorkbookAdapter } from '../../taskpane/office/workbook-adapter';
import type { Draft } from '../../taskpane/state/draft';
import { defaultDraft } from '../../taskpane/state/examples';

export function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, String(v)),
  };
}

export function renderApp(
  options: { draft?: Draft; adapter?: WorkbookAdapter; storage?: Storage } = {},
) {
  const storage = options.storage ?? memoryStorage();
  const adapter = options.adapter ?? createBrowserAdapter(storage);
  const view = render(
    <App
      adapter={adapter}
      initialDraft={options.draft ?? defaultDraft()}
      storage={storage}
      debounceMs={0}
    />,
  );
  return { ...view, storage, adapter };
}

/** Option names in ranking order, read from the rendered table. */
export function rankingNames(container: HTMLElement): string[] {
  return [...container.querySelectorAll('[data-testid=ranking] tbody tr[data-option]')].map(
    (row) => row.getAttribute('data-option') ?? '',
  );
}
