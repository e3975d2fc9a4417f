import type { Scenario } from '../scenario/schema';
import { formatWarning, uncertaintyWarnings } from '../uncertainty/uncertainty-warnings';
import type { Io } from './io';

/** The uncertainty block's warnings on stderr (DOMAIN.md "Warnings": they never block). */
export function printUncertaintyWarnings(io: Io, scenario: Scenario, file?: string): void {
  for (const warning of uncertaintyWarnings(scenario)) {
    io.err(`warning: ${file === undefined ? '' : `${file}: `}${formatWarning(warning)}`);
  }
}
