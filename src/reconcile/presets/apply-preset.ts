import { InputProblem } from '../input-problem';
import { columnName } from '../table/column-names';
import { presetDefinition } from './preset-names';
import { PRESET_NAMES, VENDOR_PRESETS, type VendorPreset } from './vendor-presets';

/** The preset named, or an input problem naming the choices. */
export function vendorPreset(name: string): VendorPreset {
  if (!(PRESET_NAMES as readonly string[]).includes(name))
    throw new InputProblem(`--preset must be one of ${PRESET_NAMES.join(', ')}, got "${name}"`);
  return VENDOR_PRESETS[name as VendorPreset['name']];
}

/** The reconcile arguments a preset fills: what the user gave wins, dotted names are rewritten. */
export interface PresetArguments {
  definition?: string;
  periodColumn?: string;
  billedColumn?: string;
  vendorDefinition?: string;
}

export function withPreset(given: PresetArguments, preset: VendorPreset): PresetArguments {
  const vendorDefinition = given.vendorDefinition ?? preset.vendorDefinition;
  return {
    definition:
      given.definition === undefined ? undefined : presetDefinition(given.definition, preset),
    periodColumn: given.periodColumn ?? preset.periodColumn,
    billedColumn: given.billedColumn ?? preset.billedColumn,
    vendorDefinition:
      vendorDefinition === undefined ? undefined : presetDefinition(vendorDefinition, preset),
  };
}

/** Every column the preset reads must be in the export's header (as written, or as named). */
export function checkPresetColumns(
  header: readonly string[],
  preset: VendorPreset,
  source: string,
) {
  const names = new Set(header.flatMap((h) => [h.trim(), columnName(h)]));
  const missing = preset.columns.filter((c) => !names.has(c) && !names.has(columnName(c)));
  if (missing.length > 0)
    throw new InputProblem(
      `${source}: the ${preset.name} preset needs the column${missing.length === 1 ? '' : 's'} ${missing.map((c) => `"${c}"`).join(', ')}, missing from the header (${preset.title}; columns: ${preset.columns.join(', ')})`,
    );
}
