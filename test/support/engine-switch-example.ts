// The buy-now-build-later example the switch tests and the functions' docs share: 1,000
// contacts a month at $2, a vendor at $1 an outcome until the switch, a build live from month 3.
import { vendor } from './scenarios';

type Json = Record<string, unknown>;

/** $3,000 over 2 months, then $100 a month and $0.10 a contact, resolving 80%. */
export const SWITCH_BUILD = {
  kind: 'build',
  name: 'Build',
  resolutionRate: 0.8,
  buildCost: 3000,
  buildMonths: 2,
  runFixedMonthly: 100,
  marginalPerContact: 0.1,
};

/** The switch from "Vendor" to "Build", with a $250 exit fee. */
export const buyThenBuild = (fields: Json = {}) => ({
  kind: 'switch',
  name: 'Buy then build',
  vendor: 'Vendor',
  build: 'Build',
  exitFee: 250,
  ...fields,
});

/** The vendor (its charges added to), the build and the switch between them. */
export const switchOptions = (switchFields: Json = {}, charges: Json = {}) => [
  vendor({ unit: 'outcome', price: 1, ...charges }),
  SWITCH_BUILD,
  buyThenBuild(switchFields),
];
