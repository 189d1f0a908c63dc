import { Dec, ZERO } from "../decimal";

/** Mean and percentiles of a set of results. */
export interface Summary {
  readonly mean: Dec;
  readonly p10: Dec;
  readonly p50: Dec;
  readonly p90: Dec;
}

/** Equal-width bins from the smallest to the largest value. */
export interface Histogram {
  /** bins + 1 edges, ascending; bin i holds edges[i] ≤ x < edges[i + 1] (the last bin also its upper edge). */
  readonly edges: readonly Dec[];
  readonly counts: readonly number[];
}

const P10 = new Dec("0.1");
const P50 = new Dec("0.5");
const P90 = new Dec("0.9");

/** Sorts decimals ascending (a new array). */
export function sortDecimals(values: readonly Dec[]): Dec[] {
  return values.slice().sort((a, b) => a.cmp(b));
}

/**
 * Percentile p (0 … 1) of ascending values, as Excel's PERCENTILE.INC: at rank h = (n − 1)·p,
 * x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎), counting from 0.
 */
export function percentile(sorted: readonly Dec[], p: Dec): Dec {
  const h = p.times(sorted.length - 1);
  const lower = h.floor().toNumber();
  if (lower >= sorted.length - 1) return sorted[sorted.length - 1];
  return sorted[lower].plus(h.minus(lower).times(sorted[lower + 1].minus(sorted[lower])));
}

/** Mean and P10 / P50 / P90 (PERCENTILE.INC) of ascending values; at least one value. */
export function summarise(sorted: readonly Dec[]): Summary {
  const mean = sorted.reduce((acc, v) => acc.plus(v), ZERO).div(sorted.length);
  return { mean, p10: percentile(sorted, P10), p50: percentile(sorted, P50), p90: percentile(sorted, P90) };
}

/**
 * A histogram of ascending values in `bins` equal bins from the smallest to the largest value.
 * When all values are equal there is one bin, [value, value], holding them all.
 */
export function histogram(sorted: readonly Dec[], bins: number): Histogram {
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  if (min.eq(max)) return { edges: [min, max], counts: [sorted.length] };
  const width = max.minus(min).div(bins);
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? max : min.plus(width.times(i))));
  const counts = new Array<number>(bins).fill(0);
  let bin = 0;
  for (const value of sorted) {
    while (bin < bins - 1 && value.gte(edges[bin + 1])) bin++;
    counts[bin]++;
  }
  return { edges, counts };
}

/**
 * percentile (PERCENTILE.INC) of ascending doubles, as a decimal: the two neighbouring values
 * become decimals and are interpolated in decimals.
 */
export function percentileOfFloats(sorted: Float64Array, p: Dec): Dec {
  const h = p.times(sorted.length - 1);
  const lower = h.floor().toNumber();
  const low = new Dec(sorted[lower]);
  if (lower >= sorted.length - 1) return low;
  return low.plus(h.minus(lower).times(new Dec(sorted[lower + 1]).minus(low)));
}

/**
 * summarise for ascending doubles (the runs of the float kernel). The mean is their sum by
 * Neumaier's compensated summation, accurate to about one rounding of the sum whatever the number
 * of runs (a decimal sum of 10 000 doubles would cost more than the runs), divided in decimals.
 */
export function summariseFloats(sorted: Float64Array): Summary {
  return {
    mean: new Dec(compensatedSum(sorted)).div(sorted.length),
    p10: percentileOfFloats(sorted, P10),
    p50: percentileOfFloats(sorted, P50),
    p90: percentileOfFloats(sorted, P90),
  };
}

/** histogram for ascending doubles: decimal edges as histogram makes them, each double counted against them. */
export function histogramOfFloats(sorted: Float64Array, bins: number): Histogram {
  const min = new Dec(sorted[0]);
  const max = new Dec(sorted[sorted.length - 1]);
  if (min.eq(max)) return { edges: [min, max], counts: [sorted.length] };
  const width = max.minus(min).div(bins);
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? max : min.plus(width.times(i))));
  const limits = edges.map((e) => e.toNumber());
  const counts = new Array<number>(bins).fill(0);
  let bin = 0;
  for (let i = 0; i < sorted.length; i++) {
    while (bin < bins - 1 && sorted[i] >= limits[bin + 1]) bin++;
    counts[bin]++;
  }
  return { edges, counts };
}

/** Σ values by Neumaier's variant of Kahan summation. */
function compensatedSum(values: Float64Array): number {
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    const t = sum + x;
    compensation += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  }
  return sum + compensation;
}
