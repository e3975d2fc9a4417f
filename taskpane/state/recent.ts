// The last few scenarios opened or saved, kept in the browser's storage.

export const RECENT_KEY = 'crossover.recent';
const KEEP = 5;

export interface RecentScenario {
  name: string;
  savedAt: string;
  json: string;
}

export function readRecent(storage: Storage | null): RecentScenario[] {
  try {
    const parsed = JSON.parse(storage?.getItem(RECENT_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((r) => typeof r?.json === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberRecent(storage: Storage | null, entry: RecentScenario): RecentScenario[] {
  const list = [entry, ...readRecent(storage).filter((r) => r.name !== entry.name)].slice(0, KEEP);
  try {
    storage?.setItem(RECENT_KEY, JSON.stringify(list));
  } catch {
    // Storage unavailable: the list lives for this session only.
  }
  return list;
}
