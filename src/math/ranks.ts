// Orders and ranks of samples, for the trials' rank correlations.

/** Buckets up to this size are put in order by insertion; larger ones by a comparison sort. */
const SMALL_BUCKET = 16;

/**
 * The indices of the values in ascending order, equal values in index order (what a stable sort
 * gives). A bucket sort: n buckets of equal width between the least and the greatest value,
 * filled in index order, then each bucket put in order (by insertion when small, else by a
 * comparison sort), so samples spread like the simulation's (probabilities, normal scores,
 * margins) sort in linear time, where a comparison sort of 100,000 indices took 35 ms; a sample
 * crowded into a few buckets costs what a comparison sort does. -0 counts as 0; no NaN.
 */
export function ascendingIndices(values: ArrayLike<number>): Uint32Array {
  const n = values.length;
  const order = new Uint32Array(n);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    min = Math.min(min, values[i]);
    max = Math.max(max, values[i]);
  }
  const scale = n / (max - min);
  if (!(scale > 0 && scale < Infinity)) {
    for (let i = 0; i < n; i++) order[i] = i;
    return n > 1 && min !== max ? order.sort((a, b) => values[a] - values[b] || a - b) : order;
  }
  // monotone in the value, so the buckets follow one another in ascending order
  const bucket = new Uint32Array(n);
  const starts = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const b = Math.min(n - 1, Math.floor((values[i] - min) * scale));
    bucket[i] = b;
    starts[b + 1]++;
  }
  for (let b = 0; b < n; b++) starts[b + 1] += starts[b];
  const fill = starts.slice(0, n);
  for (let i = 0; i < n; i++) order[fill[bucket[i]]++] = i;
  for (let b = 0; b < n; b++) {
    const from = starts[b];
    const to = starts[b + 1];
    if (to - from > SMALL_BUCKET) {
      order.subarray(from, to).sort((x, y) => values[x] - values[y] || x - y);
      continue;
    }
    // a later index moves only past larger values: stable
    for (let k = from + 1; k < to; k++) {
      const index = order[k];
      const value = values[index];
      let j = k - 1;
      while (j >= from && values[order[j]] > value) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = index;
    }
  }
  return order;
}

/** Each value's rank from 1 (the smallest) to n; equal values share the average of their ranks. */
export function averageRanks(values: ArrayLike<number>): Float64Array {
  const order = ascendingIndices(values);
  const ranks = new Float64Array(values.length);
  for (let start = 0; start < order.length;) {
    let end = start + 1;
    while (end < order.length && values[order[end]] === values[order[start]]) end++;
    const rank = (start + 1 + end) / 2; // the mean of ranks start + 1 .. end
    for (let k = start; k < end; k++) ranks[order[k]] = rank;
    start = end;
  }
  return ranks;
}

/** Pearson's correlation of two samples of one length; NaN when either is constant. */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : NaN;
}

/** Spearman's rank correlation: Pearson's of the average ranks; NaN when either is constant. */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  return pearson(averageRanks(x), averageRanks(y));
}
