/**
 * Definitions over the engines-agree columns (csat, note, closed_at, period), the newer forms
 * among them: engines-agree counts them in every engine, sql-parser parses their SQL.
 */
export const ENGINE_DEFINITIONS = [
  'csat >= 4',
  'isblank(csat) or note == "fine"',
  'csat * 2 > 7',
  'note in ("fine", " pad ") or csat not in (4, 5)',
  'isblank(closed_at) or days_between(period, closed_at) > 14',
  'closed_at >= "2025-02-01" and days_between(closed_at, period) in (-1, 0, 1)',
] as const;
