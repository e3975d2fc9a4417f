/** Calls per second of fn, measured over about `seconds` after a warm-up. */
export function callsPerSecond(fn: () => unknown, seconds = 1): number {
  for (let i = 0; i < 50; i++) fn();
  let calls = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  let now = start;
  while (now < end) {
    for (let i = 0; i < 20; i++) fn();
    calls += 20;
    now = performance.now();
  }
  return calls / ((now - start) / 1000);
}

/** Median wall time of fn in milliseconds over `runs` runs. */
export async function medianMs(fn: () => unknown | Promise<unknown>, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Median wall times of several functions run in turn (one run of each per round). */
export async function alternatingMedianMs(
  fns: readonly (() => unknown | Promise<unknown>)[],
  rounds = 5,
): Promise<number[]> {
  const times = fns.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++)
    for (const [i, fn] of fns.entries()) {
      const start = performance.now();
      await fn();
      times[i].push(performance.now() - start);
    }
  return times.map((t) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)]);
}
