import type { Schedule } from '../schedule';
import type { OptionSpec } from '../scenario/schema';
import { buildSchedule } from './build';
import type { DemandSeries } from './demand-series';
import { statusQuoSchedule } from './status-quo';
import { vendorSchedule } from './vendor';

export function scheduleFor(option: OptionSpec, demand: DemandSeries): Schedule {
  switch (option.kind) {
    case 'status-quo':
      return statusQuoSchedule(demand);
    case 'vendor':
      return vendorSchedule(option, demand);
    case 'build':
      return buildSchedule(option, demand);
  }
}
