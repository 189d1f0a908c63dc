import { Random } from "./random";

/**
 * Three-point distributions for the Monte Carlo analysis. Sampling happens in binary floating
 * point, because the generator yields floats and the inverse CDF needs a square root; the sample is
 * then turned into a decimal for the valuation. This is the one place the core does float
 * arithmetic on an assumption, and it only decides where a draw falls between low and high.
 */
export type Distribution = "triangular" | "pert";

/** Draws one value from a distribution fixed at construction. */
export type Sampler = (random: Random) => number;

/**
 * Triangular distribution on [low, high] with mode `likely` (low ≤ likely ≤ high), by the inverse
 * CDF of one uniform u: with F = (likely − low) / (high − low),
 * x = low + √(u (high − low)(likely − low)) for u < F, else high − √((1 − u)(high − low)(high − likely)).
 * Mean (low + likely + high) / 3.
 */
export function triangular(low: number, likely: number, high: number): Sampler {
  const width = high - low;
  if (width === 0) return () => low;
  const split = (likely - low) / width;
  const left = width * (likely - low);
  const right = width * (high - likely);
  return (random) => {
    const u = random.nextUniform();
    return u < split ? low + Math.sqrt(u * left) : high - Math.sqrt((1 - u) * right);
  };
}

/**
 * PERT distribution (beta-PERT, λ = 4) on [low, high] with mode `likely`:
 * low + (high − low) · B, B ~ Beta(α, β), α = 1 + 4 (likely − low) / (high − low),
 * β = 1 + 4 (high − likely) / (high − low). Mean (low + 4 · likely + high) / 6.
 * B = X / (X + Y) with X ~ Gamma(α), Y ~ Gamma(β) (α, β ≥ 1, so Marsaglia–Tsang applies).
 */
export function pert(low: number, likely: number, high: number): Sampler {
  const width = high - low;
  if (width === 0) return () => low;
  const alpha = gamma(1 + (4 * (likely - low)) / width);
  const beta = gamma(1 + (4 * (high - likely)) / width);
  return (random) => {
    const x = alpha(random);
    const y = beta(random);
    return low + (width * x) / (x + y);
  };
}

/** The sampler of a distribution for one three-point estimate. */
export function samplerOf(distribution: Distribution, low: number, likely: number, high: number): Sampler {
  return distribution === "pert" ? pert(low, likely, high) : triangular(low, likely, high);
}

/**
 * Gamma(shape, 1) for shape ≥ 1 by Marsaglia and Tsang (2000), "A simple method for generating
 * gamma variables": d = shape − 1/3, c = 1/√(9d); draw a normal z until v = (1 + cz)³ > 0 and a
 * uniform u passes the squeeze u < 1 − 0.0331 z⁴ or ln u < z²/2 + d(1 − v + ln v); return d·v.
 */
export function gamma(shape: number): Sampler {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  return (random) => {
    for (;;) {
      const z = standardNormal(random);
      const root = 1 + c * z;
      if (root <= 0) continue;
      const v = root * root * root;
      const u = random.nextUniform();
      const z2 = z * z;
      if (u < 1 - 0.0331 * z2 * z2 || Math.log(u) < 0.5 * z2 + d * (1 - v + Math.log(v))) return d * v;
    }
  };
}

/** A standard normal draw by the Box–Muller transform of two uniforms (the cosine half). */
export function standardNormal(random: Random): number {
  const u1 = random.nextUniform();
  const u2 = random.nextUniform();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
