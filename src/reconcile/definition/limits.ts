/** Longest definition accepted, in characters: enough for any honest rule, too short for abuse. */
export const MAX_DEFINITION_LENGTH = 1000;

/** Deepest nesting of brackets or operators accepted. */
export const MAX_DEFINITION_DEPTH = 32;

/** Default wall-clock budget for evaluating a definition over a whole table. */
export const DEFAULT_EVALUATION_TIME_LIMIT_MS = 60_000;

/** Rows evaluated between two checks of the time limit. */
export const ROWS_PER_TIME_CHECK = 4096;
