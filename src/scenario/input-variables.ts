/**
 * The variables of an uncertainty block (DOMAIN.md): the inputs of one `group` are one variable
 * (one draw drives them all), each input without a group is one of its own; in the order they
 * first appear. Each variable lists its inputs' indices.
 */
export function inputVariables(inputs: readonly { group?: string }[]): number[][] {
  const byName = new Map<string, number[]>();
  inputs.forEach((input, j) => {
    const name = typeof input?.group === 'string' ? `g:${input.group}` : `i:${j}`;
    const members = byName.get(name);
    if (members) members.push(j);
    else byName.set(name, [j]);
  });
  return [...byName.values()];
}

/** For each input, the index of its variable. */
export function variableOfInput(variables: readonly (readonly number[])[]): number[] {
  const out: number[] = [];
  variables.forEach((members, v) => members.forEach((j) => (out[j] = v)));
  return out;
}
