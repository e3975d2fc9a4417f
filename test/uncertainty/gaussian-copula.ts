// An independent reference for correlated simulations: a quasi-Monte Carlo integral (a Halton
// sequence) through a Gaussian copula with the same correlation R, the inverse CDFs written here
// again from DOMAIN.md. Shares no code with src/.

const PRIMES = [2, 3, 5, 7, 11, 13, 17, 19];

/** The radical inverse of i in base b: the Halton sequence's coordinate. */
function radicalInverse(i: number, b: number): number {
  let f = 1;
  let r = 0;
  for (let n = i; n > 0; n = Math.floor(n / b)) {
    f /= b;
    r += f * (n % b);
  }
  return r;
}

/** The standard normal CDF by erfc's Chebyshev fit (Numerical Recipes 6.2, |error| < 1.2e-7). */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const erfc =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t *
                              (-1.13520398 +
                                t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/** The standard normal quantile by Acklam's rational approximation (relative error < 1.2e-9). */
export function normalInverse(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972,
    -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
    4.374664141464968, 2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
      ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    );
  }
  if (p > 1 - low) return -normalInverse(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  );
}

/** The lower-triangular L with L L^T = R. */
function choleskyOf(r: number[][]): number[][] {
  const n = r.length;
  const l = r.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++)
    for (let j = 0; j <= i; j++) {
      let s = r[i][j];
      for (let k = 0; k < j; k++) s -= l[i][k] * l[j][k];
      l[i][j] = i === j ? Math.sqrt(s) : s / l[j][j];
    }
  return l;
}

/** Inverse CDFs of DOMAIN.md's distributions, as written there. */
export const quantile = {
  uniform: (low: number, high: number) => (u: number) => low + u * (high - low),
  triangular: (low: number, mode: number, high: number) => (u: number) => {
    const f = (mode - low) / (high - low);
    return u < f
      ? low + Math.sqrt(u * (high - low) * (mode - low))
      : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
  },
  normal: (mean: number, sd: number) => (u: number) =>
    Math.min(mean + 4 * sd, Math.max(mean - 4 * sd, mean + sd * normalInverse(u))),
};

/**
 * `count` points of the inputs' joint distribution under a Gaussian copula with correlation R:
 * Halton uniforms -> independent normals -> L z -> their normal CDFs -> each inverse CDF.
 */
export function copulaPoints(
  quantiles: ((u: number) => number)[],
  r: number[][],
  count: number,
): number[][] {
  const l = choleskyOf(r);
  const n = quantiles.length;
  return Array.from({ length: count }, (_, k) => {
    const z = PRIMES.slice(0, n).map((b) => normalInverse(radicalInverse(k + 1, b)));
    return quantiles.map((q, i) => {
      let x = 0;
      for (let j = 0; j <= i; j++) x += l[i][j] * z[j];
      return q(normalCdf(x));
    });
  });
}

/** Excel's PERCENTILE.INC, written again. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = p * (sorted.length - 1);
  const lo = Math.floor(rank);
  return lo + 1 < sorted.length
    ? sorted[lo] + (rank - lo) * (sorted[lo + 1] - sorted[lo])
    : sorted[lo];
}

export const meanOf = (values: number[]) => values.reduce((s, x) => s + x, 0) / values.length;

export function sdOf(values: number[]): number {
  const m = meanOf(values);
  return Math.sqrt(values.reduce((s, x) => s + (x - m) ** 2, 0) / (values.length - 1));
}

/** Ranks 1..n with ties averaged, by a plain sort, and Spearman's correlation from them. */
export function naiveSpearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const ranks = (v: ArrayLike<number>) => {
    const idx = Array.from({ length: v.length }, (_, i) => i).sort((a, b) => v[a] - v[b]);
    const out = new Array<number>(v.length);
    for (let s = 0; s < idx.length;) {
      let e = s;
      while (e + 1 < idx.length && v[idx[e + 1]] === v[idx[s]]) e++;
      for (let k = s; k <= e; k++) out[idx[k]] = (s + e) / 2 + 1;
      s = e + 1;
    }
    return out;
  };
  const rx = ranks(x);
  const ry = ranks(y);
  const mx = meanOf(rx);
  const my = meanOf(ry);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < rx.length; i++) {
    sxy += (rx[i] - mx) * (ry[i] - my);
    sxx += (rx[i] - mx) ** 2;
    syy += (ry[i] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}
