// Add, duplicate, rename, remove and reorder options in a draft, keeping names unique.
import { optionsOf, type Draft } from './draft';

export function uniqueName(draft: Draft, wanted: string): string {
  const taken = new Set(optionsOf(draft).map((o) => String(o.name ?? '').trim()));
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const candidate = `${wanted} ${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

const withOptions = (draft: Draft, options: unknown[]): Draft => ({ ...draft, options });

export function addOption(draft: Draft, option: Record<string, unknown>): Draft {
  const named = { ...option, name: uniqueName(draft, String(option.name)) };
  return withOptions(draft, [...optionsOf(draft), named]);
}

export function duplicateOption(draft: Draft, index: number): Draft {
  const options = optionsOf(draft);
  const copy = structuredClone(options[index]);
  copy.name = uniqueName(draft, `${String(copy.name)} (copy)`);
  return withOptions(draft, [...options.slice(0, index + 1), copy, ...options.slice(index + 1)]);
}

export function removeOption(draft: Draft, index: number): Draft {
  return withOptions(
    draft,
    optionsOf(draft).filter((_, i) => i !== index),
  );
}

export function moveOption(draft: Draft, index: number, by: -1 | 1): Draft {
  const options = [...optionsOf(draft)];
  const target = index + by;
  if (target < 0 || target >= options.length) return draft;
  [options[index], options[target]] = [options[target], options[index]];
  return withOptions(draft, options);
}
