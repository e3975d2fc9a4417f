// The regularized incomplete beta function I_x(a, b), by its continued fraction (Lentz's
// method, Numerical Recipes 6.4), and its logarithm-of-gamma helper (Lanczos). Used by Student's
// t interval of the drift estimate and by the Beta-PERT distribution.

export function logGamma(x: number): number {
  const c = [
    76.1800917294715, -86.5053203294168, 24.0140982408309, -1.23173957245015, 0.00120865097386618,
    -0.000005395239384953,
  ];
  let y = x;
  const tmp = x + 5.5 - (x + 0.5) * Math.log(x + 5.5);
  let series = 1.00000000019;
  for (const coefficient of c) series += coefficient / ++y;
  return -tmp + Math.log((2.506628274631 * series) / x);
}

function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a - 1 + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + 1 + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-15) break;
  }
  return h;
}

/** ln B(a, b) = ln Gamma(a) + ln Gamma(b) - ln Gamma(a + b). */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** I_x(a, b) for a, b > 0. */
export function incompleteBeta(a: number, b: number, x: number): number {
  return incompleteBetaGiven(a, b, x, logBeta(a, b));
}

/** I_x(a, b) with ln B(a, b) computed once by the caller (a quantile search calls this often). */
export function incompleteBetaGiven(a: number, b: number, x: number, lnBeta: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(a * Math.log(x) + b * Math.log(1 - x) - lnBeta);
  return x < (a + 1) / (a + b + 2)
    ? (front * betaContinuedFraction(a, b, x)) / a
    : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}
