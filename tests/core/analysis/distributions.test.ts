import { Random, gamma, pert, seededRandom, standardNormal, triangular } from "../../../src/core/analysis";

/** A generator that returns the given uniforms in turn. */
function fixed(...uniforms: number[]): Random {
  let i = 0;
  return { nextUint32: () => 0, nextUniform: () => uniforms[i++ % uniforms.length] };
}

/** Mean and standard error of n draws. */
function meanOf(sample: (random: Random) => number, n: number, seed = 2026): { mean: number; standardError: number } {
  const random = seededRandom(seed);
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const x = sample(random);
    sum += x;
    squares += x * x;
  }
  const mean = sum / n;
  return { mean, standardError: Math.sqrt((squares / n - mean * mean) / n) };
}

describe("triangular", () => {
  // low 1 000, likely 1 500, high 3 000: F(likely) = 500 / 2 000 = 0.25
  const sample = triangular(1000, 1500, 3000);

  it("inverts the CDF on both sides of the mode", () => {
    // u = 0.25: 1 000 + √(0.25 × 2 000 × 500) = 1 000 + 500 = 1 500 (the mode)
    expect(sample(fixed(0.25))).toBeCloseTo(1500, 9);
    // u = 0.01: 1 000 + √(0.01 × 1 000 000) = 1 100
    expect(sample(fixed(0.01))).toBeCloseTo(1100, 9);
    // u = 0.97: 3 000 − √(0.03 × 2 000 × 1 500) = 3 000 − 300 = 2 700
    expect(sample(fixed(0.97))).toBeCloseTo(2700, 9);
  });

  it("returns the one value of a degenerate estimate", () => {
    expect(triangular(7, 7, 7)(fixed(0.3))).toBe(7);
  });

  it("has mean (low + likely + high) / 3 within 4 standard errors", () => {
    const { mean, standardError } = meanOf(sample, 100_000);
    expect(Math.abs(mean - 5500 / 3)).toBeLessThan(4 * standardError);
  });
});

describe("pert", () => {
  it("has mean (low + 4 likely + high) / 6 within 4 standard errors", () => {
    // (1 000 + 6 000 + 3 000) / 6 = 1 666.67
    const { mean, standardError } = meanOf(pert(1000, 1500, 3000), 100_000);
    expect(Math.abs(mean - 10000 / 6)).toBeLessThan(4 * standardError);
  });

  it("stays within [low, high]", () => {
    const sample = pert(0.1, 0.2, 0.6);
    const random = seededRandom(5);
    for (let i = 0; i < 10_000; i++) {
      const x = sample(random);
      expect(x >= 0.1 && x <= 0.6).toBe(true);
    }
  });

  it("handles a mode at an end", () => {
    const { mean, standardError } = meanOf(pert(0, 0, 1), 50_000);
    // (0 + 0 + 1) / 6
    expect(Math.abs(mean - 1 / 6)).toBeLessThan(4 * standardError);
  });
});

describe("gamma and standardNormal", () => {
  it("Gamma(k) has mean k", () => {
    const { mean, standardError } = meanOf(gamma(2.5), 50_000);
    expect(Math.abs(mean - 2.5)).toBeLessThan(4 * standardError);
  });

  it("the normal has mean 0 and variance 1", () => {
    const { mean, standardError } = meanOf(standardNormal, 50_000);
    expect(Math.abs(mean)).toBeLessThan(4 * standardError);
    // the standard error of the mean is √(variance / n)
    expect(standardError * Math.sqrt(50_000)).toBeCloseTo(1, 1);
  });
});
