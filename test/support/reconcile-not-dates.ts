/**
 * Texts no reader takes as a date: year 0, day-first and slashed forms, unpadded or unseparated
 * parts, an hour past 23. The tests of each reader add their own edge cases around them.
 */
export const NOT_ISO_DATES = [
  '0000-01-01',
  '01/02/2025',
  '2025/01/02',
  '2025-1-2',
  '20250102',
  '2025-01-02T25:00',
];
