import type { Schedule } from '../schedule';
import type { OptionSpec } from '../scenario/schema';
import { buildSchedule } from './build';
import type { DemandSeries } from './demand-series';
import { statusQuoSchedule } from './status-quo';
import { vendorSchedule } from './vendor';

/** An option's schedule; with `out`, written into that preallocated schedule (the simulation). */
export function scheduleFor(option: OptionSpec, demand: DemandSeries, out?: Schedule): Schedule {
  switch (option.kind) {
    case 'status-quo':
      return statusQuoSchedule(demand, out);
    case 'vendor':
      return vendorSchedule(option, demand, out);
    case 'build':
      return buildSchedule(option, demand, out);
  }
}
