import type { MeasurementLevel, WeightMatrix, WeightScheme } from './types';

/** Identity weights: the unweighted coefficients. */
export function identityWeights(size: number): WeightMatrix {
  const values = new Float64Array(size * size);
  for (let k = 0; k < size; k += 1) values[k * size + k] = 1;
  return { size, values };
}

/**
 * Agreement weights for ordered categories placed at `positions` (the
 * category values when numeric, else 1..q), as in Gwet (2014, ch. 3) and
 * his irrCAC package: linear w = 1 − |x_k − x_l| / (x_max − x_min),
 * quadratic w = 1 − (x_k − x_l)² / (x_max − x_min)² (Cohen 1968;
 * Fleiss & Cohen 1973). One category, or all at one position, gives
 * identity weights.
 */
export function createWeights(
  scheme: WeightScheme,
  positions: readonly number[],
): WeightMatrix {
  const size = positions.length;
  const range = Math.max(...positions) - Math.min(...positions);
  if (scheme === 'identity' || !(range > 0)) return identityWeights(size);

  const values = new Float64Array(size * size);
  for (let k = 0; k < size; k += 1) {
    for (let l = 0; l < size; l += 1) {
      const gap = Math.abs(positions[k]! - positions[l]!) / range;
      values[k * size + l] = scheme === 'linear' ? 1 - gap : 1 - gap * gap;
    }
  }
  return { size, values };
}

/** True when the weights are the identity: an unweighted analysis. */
export function isIdentityWeights(weights: WeightMatrix): boolean {
  const { size, values } = weights;
  for (let k = 0; k < size; k += 1) {
    for (let l = 0; l < size; l += 1) {
      if (values[k * size + l] !== (k === l ? 1 : 0)) return false;
    }
  }
  return true;
}

/**
 * Krippendorff's squared difference functions δ²(c, k) (Krippendorff
 * 2011, "Computing Krippendorff's Alpha-Reliability", sections on
 * nominal, ordinal, interval and ratio metrics). `positions` are the
 * category values (interval, ratio); `marginals` are the coincidence
 * matrix marginals n_g that the ordinal metric needs.
 */
export function createAlphaDistances(
  level: MeasurementLevel,
  positions: readonly number[],
  marginals: Float64Array,
): Float64Array {
  const size = positions.length;
  const distances = new Float64Array(size * size);
  for (let c = 0; c < size; c += 1) {
    for (let k = 0; k < size; k += 1) {
      distances[c * size + k] = distanceOf(level, c, k, positions, marginals);
    }
  }
  return distances;
}

/** Distances 1 − w for alpha when weights are given (Gwet 2014). */
export function distancesFromWeights(weights: WeightMatrix): Float64Array {
  return weights.values.map((weight) => 1 - weight);
}

function distanceOf(
  level: MeasurementLevel,
  c: number,
  k: number,
  positions: readonly number[],
  marginals: Float64Array,
): number {
  if (c === k) return 0;

  switch (level) {
    case 'nominal':
      return 1;
    case 'ordinal': {
      const low = Math.min(c, k);
      const high = Math.max(c, k);
      let between = 0;
      for (let g = low; g <= high; g += 1) between += marginals[g]!;
      const gap = between - (marginals[c]! + marginals[k]!) / 2;
      return gap * gap;
    }
    case 'interval': {
      const gap = positions[c]! - positions[k]!;
      return gap * gap;
    }
    case 'ratio': {
      const sum = positions[c]! + positions[k]!;
      if (sum === 0) return 0;

      const gap = (positions[c]! - positions[k]!) / sum;
      return gap * gap;
    }
  }
}
