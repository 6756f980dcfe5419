import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/**
 * Uniform double in [0, 1) with 53 random bits from two 32-bit draws
 * (pure-rand's `next()` gives signed 32-bit integers).
 */
export function drawUniform(rng: RandomGenerator): number {
  const high = (rng.next() + 0x80000000) >>> 5;
  const low = (rng.next() + 0x80000000) >>> 6;
  return (high * 67108864 + low) / 9007199254740992;
}

/**
 * Exact Binomial(trials, probability) variate: inversion (Kachitvichyanukul
 * & Schmeiser 1988, BINV) when trials × p < 10, otherwise the transformed
 * rejection method BTRS of Hörmann (1993), "The generation of binomial
 * random variates", J Stat Comput Simul 46. Both are exact; the cost does
 * not grow with `trials`.
 */
export function drawBinomial(
  rng: RandomGenerator,
  trials: number,
  probability: number,
): number {
  if (trials <= 0 || probability <= 0) return 0;
  if (probability >= 1) return trials;
  if (probability > 0.5) {
    return trials - drawBinomial(rng, trials, 1 - probability);
  }

  return trials * probability < 10
    ? drawByInversion(rng, trials, probability)
    : drawByRejection(rng, trials, probability);
}

/**
 * Counts of `trials` draws with replacement from categories weighted by
 * `weights` (non-negative integers), written into `into`: the same
 * distribution as drawing unit by unit, by conditional binomials
 * (Davis 1993, "The computer generation of multinomial random variates").
 */
export function drawMultinomial(
  rng: RandomGenerator,
  trials: number,
  weights: Float64Array,
  into: Float64Array,
): void {
  let remainingTrials = trials;
  let remainingWeight = weights.reduce((sum, weight) => sum + weight, 0);
  for (let index = 0; index < weights.length; index += 1) {
    const weight = weights[index]!;
    if (remainingTrials === 0 || weight === 0) {
      into[index] = 0;
      continue;
    }

    const count =
      weight >= remainingWeight
        ? remainingTrials
        : drawBinomial(rng, remainingTrials, weight / remainingWeight);
    into[index] = count;
    remainingTrials -= count;
    remainingWeight -= weight;
  }
}

function drawByInversion(
  rng: RandomGenerator,
  trials: number,
  probability: number,
): number {
  const q = 1 - probability;
  const s = probability / q;
  const a = (trials + 1) * s;
  const start = q ** trials;
  for (;;) {
    let u = drawUniform(rng);
    let r = start;
    let x = 0;
    while (u > r && x <= trials) {
      u -= r;
      x += 1;
      r *= a / x - s;
    }
    // Rounding can leave a sliver of mass past `trials`: draw again.
    if (x <= trials) return x;
  }
}

function drawByRejection(
  rng: RandomGenerator,
  trials: number,
  probability: number,
): number {
  const q = 1 - probability;
  const spread = Math.sqrt(trials * probability * q);
  const b = 1.15 + 2.53 * spread;
  const a = -0.0873 + 0.0248 * b + 0.01 * probability;
  const c = trials * probability + 0.5;
  const acceptBox = 0.92 - 4.2 / b;
  const alpha = (2.83 + 5.1 / b) * spread;
  const logOdds = Math.log(probability / q);
  const mode = Math.floor((trials + 1) * probability);
  const h = logFactorial(mode) + logFactorial(trials - mode);

  for (;;) {
    const u = drawUniform(rng) - 0.5;
    let v = drawUniform(rng);
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > trials) continue;
    if (us >= 0.07 && v <= acceptBox) return k;

    v = Math.log((v * alpha) / (a / (us * us) + b));
    const bound =
      h - logFactorial(k) - logFactorial(trials - k) + (k - mode) * logOdds;
    if (v <= bound) return k;
  }
}

const TABLE_SIZE = 256;
const LOG_FACTORIALS = (() => {
  const table = new Float64Array(TABLE_SIZE);
  for (let k = 2; k < TABLE_SIZE; k += 1) {
    table[k] = table[k - 1]! + Math.log(k);
  }
  return table;
})();

/**
 * ln k!: exact sums below 256, Stirling's series beyond (the first
 * omitted term, 1/(1680 k⁷), is below 1e-19 there).
 */
export function logFactorial(k: number): number {
  if (k < TABLE_SIZE) return LOG_FACTORIALS[k]!;

  const inverse = 1 / k;
  const inverse2 = inverse * inverse;
  return (
    k * Math.log(k) -
    k +
    0.5 * Math.log(2 * Math.PI * k) +
    inverse * (1 / 12 - inverse2 * (1 / 360 - inverse2 / 1260))
  );
}
