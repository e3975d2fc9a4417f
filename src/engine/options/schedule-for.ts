import type { VendorTerms } from '../pricing/terms';
import type { Schedule } from '../schedule';
import type { BuildOption, OptionSpec, ScenarioModel, VendorOption } from '../model';
import { buildSchedule } from './build';
import type { DemandSeries } from './demand-series';
import { statusQuoSchedule } from './status-quo';
import { switchMonthOf, switchSchedule, vendorPart } from './switch';
import { vendorSchedule } from './vendor';

/**
 * The schedule of one option. A switch option reads its vendor and build from the scenario's
 * options (the loader has checked that they exist and have those kinds). With `out`, the
 * schedule is written into that zeroed schedule (an evaluation's columns, the simulation's
 * workspace); with `vendorTerms`, a vendor's terms already read.
 */
export function scheduleFor(
  option: OptionSpec,
  demand: DemandSeries,
  out?: Schedule,
  options: ScenarioModel['options'] = [],
  vendorTerms?: VendorTerms,
): Schedule {
  switch (option.kind) {
    case 'status-quo':
      return statusQuoSchedule(demand, out);
    case 'vendor':
      return vendorSchedule(option, demand, out, vendorTerms);
    case 'build':
      return buildSchedule(option, demand, out);
    case 'switch': {
      const vendor = options.find((o) => o.name === option.vendor) as VendorOption;
      const build = options.find((o) => o.name === option.build) as BuildOption;
      const S = switchMonthOf(option, build, demand.contacts.length);
      return switchSchedule(
        vendorPart(vendor, demand, S),
        buildSchedule(build, demand),
        S,
        option.exitFee,
        out,
      );
    }
  }
}
