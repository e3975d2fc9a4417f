import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import type { ReconcileArgument } from '../reconcile/arguments';
import { checkPresetColumns, vendorPreset, withPreset } from '../reconcile/presets/apply-preset';
import { csvHeader } from '../reconcile/table/csv';

/** The first bytes of a file, enough for a CSV header. */
function head(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(1 << 16);
    return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * `reconcile --preset NAME`: the vendor's period column, counting rule or billed flag filled in
 * where the user gave none, dotted names rewritten, and a CSV export checked to hold every
 * column the preset reads (a missing one names the column and the preset).
 */
export function presetArguments(
  name: string,
  given: Record<ReconcileArgument, string | undefined>,
  file: string | undefined,
): Record<ReconcileArgument, string | undefined> {
  const preset = vendorPreset(name);
  if (file !== undefined && existsSync(file) && !/\.parquet$/i.test(file))
    checkPresetColumns(csvHeader(head(file), file), preset, file);
  return { ...given, ...withPreset(given, preset) };
}
