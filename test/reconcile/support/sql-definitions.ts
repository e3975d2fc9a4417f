import { GENERATOR_DEFINITION } from '../../../src/reconcile/generate-events';

// Definitions over the generator's columns and the timestamp columns (opened_at, closed_at,
// reopened_at): the forms whose SQL sql-equality.test.ts runs in DuckDB and PostgreSQL and
// sql-parser.test.ts parses in every dialect.
export const SQL_DEFINITIONS = [
  GENERATOR_DEFINITION,
  'lower(status) == "closed" and (isblank(reopen_days) or reopen_days > 14) and csat >= 4',
  'status == "closed" and reopen_days > 14 and csat >= 4',
  'not (reopen_days <= 14) or csat == 5',
  'status != "closed" or isblank(csat)',
  'channel == "chat" and days_between(period, closed_on) <= 2',
  'closed_on >= "2024-03-01" and period < "2024-05-15"',
  'csat * 1.5 - 0.1 >= 5.9 and abs(coalesce(reopen_days, 30) - 20) < 7.5',
  'csat / (reopen_days - 3) > 0.25',
  'upper(channel) == "EMAIL" and not isblank(reopen_days) and -reopen_days > -10',
  'vendor_billed == 1 and csat >= 4',
  'status == "closed" and (isblank(reopened_at) or days_between(closed_at, reopened_at) > 14) and csat >= 4',
  'status in ("closed", "pending") and channel not in ("voice") and csat not in (1, 2, 3)',
  'days_between(closed_on, reopened_at) >= 14 and closed_at < reopened_at',
  'opened_at >= "2024-03-01" and opened_at < "2024-04-01" or closed_on == "2024-02-10"',
  'days_between(opened_at, closed_at) in (0, 1, 2) and closed_at > closed_on',
];
