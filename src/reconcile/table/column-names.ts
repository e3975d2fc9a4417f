import { InputProblem } from '../input-problem';

/**
 * The name a definition uses for a header: the header itself when it is already a name
 * (letters, digits, `_`), otherwise every run of other characters becomes `_`
 * ("Reopen Days" -> Reopen_Days, "CSAT (1-5)" -> CSAT_1_5), with `_` in front of a digit.
 */
export function columnName(header: string): string {
  const name = header
    .trim()
    .replace(/[^\p{L}\p{N}_]+/gu, '_')
    .replace(/^_+(?=.)|(?<=.)_+$/g, '');
  return /^\p{N}/u.test(name) ? `_${name}` : name || '_';
}

/** Names for every header of an export; two headers may not end up with the same name. */
export function columnNames(headers: readonly string[], source: string): string[] {
  const names = headers.map(columnName);
  const seen = new Map<string, string>();
  headers.forEach((header, i) => {
    const other = seen.get(names[i]);
    if (other !== undefined)
      throw new InputProblem(
        `${source}: the headers "${other}" and "${header}" would both be called ${names[i]} in a definition; rename one`,
      );
    seen.set(names[i], header);
  });
  return names;
}
