/**
 * A JSON path as messages tell it (DOMAIN.md "Warnings"): an option named after its index,
 * `options[1] ("V").charges.price`, its name read from the scenario the path is into.
 */
export function namedPath(path: string, scenario: { options?: unknown }): string {
  const match = /^options\[(\d+)\]/.exec(path);
  if (!match || !Array.isArray(scenario.options)) return path;
  const name = (scenario.options[Number(match[1])] as { name?: unknown } | undefined)?.name;
  return typeof name === 'string'
    ? `${match[0]} (${JSON.stringify(name)})${path.slice(match[0].length)}`
    : path;
}
