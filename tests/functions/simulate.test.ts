import fc from "fast-check";
import { triangular } from "../../src/core/analysis";
import { cell, withDisplayLanguage } from "./excelStub";
import { call } from "./sourceFunctions";

/**
 * SROI.SIMULATE: P10 / P50 / P90 of SROI.VALUE over Monte Carlo runs, arguments shaped as Excel
 * passes them (the nine value arguments are ranges: a number typed in the formula arrives as [[n]]).
 * The seed's outcome (DOMAIN.md): 80 people, 70 %, deadweight 20 %, attribution 5 %, displacement
 * 10 %: value = 80 × 0.7 × 0.8 × 0.95 × 0.9 × proxy = 38.304 × proxy for one year at rate 0.
 */
const SEED = [[[80]], [[0.7]], [[0.2]], [[0.05]], [[0.1]]] as const;
const PER_PROXY = 38.304;
const PROXY = [[10000, 15000, 20000]];

const english = <T>(fn: () => T): T => withDisplayLanguage(null, fn);
const swedish = <T>(fn: () => T): T => withDisplayLanguage("sv-SE", fn);
const simulate = (...args: unknown[]) => call("SIMULATE", args) as number[][];
const both = (args: unknown[]) => [english(() => cell(() => call("SIMULATE", args))), swedish(() => cell(() => call("SIMULATE", args)))];

describe("SROI.SIMULATE", () => {
  describe("a triangular proxy 10 000 / 15 000 / 20 000, 10 000 runs, seed 1", () => {
    const [[p10, p50, p90]] = simulate(...SEED, PROXY);

    it("draws from the inverse CDF: the quantiles of the triangle, exactly", () => {
      // F(15 000) = 0.5; for u < 0.5, x = 10 000 + √(u × 10 000 × 5 000), else 20 000 − √((1 − u) × 10 000 × 5 000)
      const at = (u: number) => triangular(10000, 15000, 20000)({ nextUniform: () => u, nextUint32: () => 0 });
      expect(at(0.1)).toBeCloseTo(10000 + Math.sqrt(0.1 * 10000 * 5000), 9);
      expect(at(0.5)).toBeCloseTo(15000, 9);
      expect(at(0.9)).toBeCloseTo(20000 - Math.sqrt(0.1 * 10000 * 5000), 9);
    });

    it("has P10, P50 and P90 within 4 standard errors of the analytic quantiles", () => {
      // P10 = 38.304 × (10 000 + √(0.1 × 10 000 × 5 000)) = 38.304 × 12 236.07 ≈ 468 690.3; P50 = 38.304 × 15 000
      // = 574 560; P90 = 38.304 × 17 763.93 ≈ 680 429.7. A sample quantile's standard error is
      // √(p (1 − p) / n) / f(xₚ): the density is 2 × 2 236.07 / (10 000 × 5 000) ≈ 8.944e-5 at P10 and P90
      // and 2 / 10 000 at P50, so the standard errors are 33.5 and 25 kronor of proxy (× 38.304).
      const root = Math.sqrt(0.1 * 10000 * 5000);
      const seTail = PER_PROXY * (Math.sqrt(0.09 / 10000) / ((2 * root) / (10000 * 5000)));
      const seMiddle = PER_PROXY * (Math.sqrt(0.25 / 10000) / (2 / 10000));
      expect(Math.abs(p10 - PER_PROXY * (10000 + root))).toBeLessThan(4 * seTail);
      expect(Math.abs(p50 - 574560)).toBeLessThan(4 * seMiddle);
      expect(Math.abs(p90 - PER_PROXY * (20000 - root))).toBeLessThan(4 * seTail);
    });

    it("gives the same answer for the same arguments and seed, a row or a column alike", () => {
      expect(simulate(...SEED, PROXY)).toEqual([[p10, p50, p90]]);
      expect(simulate(...SEED, [[10000], [15000], [20000]], null, null, null, 10000, 1)).toEqual([[p10, p50, p90]]);
    });

    it("gives another answer for another seed or another number of runs", () => {
      expect(simulate(...SEED, PROXY, null, null, null, null, 2)).not.toEqual([[p10, p50, p90]]);
      expect(simulate(...SEED, PROXY, null, null, null, 5000)).not.toEqual([[p10, p50, p90]]);
    });
  });

  it("equals SROI.VALUE in all three cells when no argument is a range", () => {
    const share = fc.integer({ min: 0, max: 100 }).map((x) => x / 100);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10000 }),
        share,
        share,
        share,
        share,
        fc.integer({ min: -50000, max: 50000 }),
        fc.integer({ min: 1, max: 100 }),
        share,
        fc.integer({ min: -90, max: 90 }).map((x) => x / 100),
        (...args) => {
          const value = call("VALUE", args) as number;
          expect(simulate(...args.map((a) => [[a]]))).toEqual([[value, value, value]]);
          expect(simulate(...args)).toEqual([[value, value, value]]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("equals SROI.VALUE when a range's three values are equal", () => {
    expect(simulate(...SEED, [[15000, 15000, 15000]])).toEqual([[574560, 574560, 574560]]);
  });

  it("draws years from a range rounded to the nearest whole year, halves up", () => {
    // years triangular on 1 / 2 / 3, rounded: P(1) = P(x < 1.5) = 0.125, P(2) = 0.75, P(3) = 0.125. With
    // 574 560 a year and rate 0, P10 is 1 year (F(1) = 0.125 > 0.1), P50 2 years and P90 3 years
    // (F(2) = 0.875 < 0.9): 574 560, 1 149 120, 1 723 680. Flooring the draws would put P50 at 1–2 years.
    expect(simulate(...SEED, [[15000]], [[1, 2, 3]])).toEqual([[574560, 1149120, 1723680]]);
  });

  it("takes runs 1 … 100 000 and seeds 0 … 2³² − 1", () => {
    for (const [runs, seed] of [
      [1, 0],
      [100000, 4294967295],
      [37, 123456789],
    ]) {
      const [[a, b, c]] = simulate(...SEED, PROXY, null, null, null, runs, seed);
      expect(a <= b && b <= c && a >= PER_PROXY * 10000 && c <= PER_PROXY * 20000).toBe(true);
    }
  });

  describe("answers #VALUE! naming the argument and what is allowed, in English and Swedish", () => {
    it("for a range of 2 or 4 cells", () => {
      expect(both([...SEED, [[10000, 20000]]])).toEqual([
        { error: "#VALUE!", message: "proxy is a range of 2 cells; give one value, or three in a row or a column (low, likely, high)." },
        {
          error: "#VALUE!",
          message: "proxy är ett område med 2 celler; ange ett värde, eller tre i en rad eller kolumn (lägsta, troligaste, högsta).",
        },
      ]);
      expect(
        both([
          [
            [1, 2],
            [3, 4],
          ],
          ...SEED.slice(1),
          [[15000]],
        ]),
      ).toEqual([
        { error: "#VALUE!", message: "quantity is a range of 4 cells; give one value, or three in a row or a column (low, likely, high)." },
        {
          error: "#VALUE!",
          message: "antal är ett område med 4 celler; ange ett värde, eller tre i en rad eller kolumn (lägsta, troligaste, högsta).",
        },
      ]);
    });

    it("for low above likely, or likely above high", () => {
      expect(both([SEED[0], SEED[1], [[0.3, 0.2, 0.4]], SEED[3], SEED[4], [[15000]]])).toEqual([
        { error: "#VALUE!", message: "deadweight is low 0.3, likely 0.2, high 0.4; allowed: low ≤ likely ≤ high." },
        { error: "#VALUE!", message: "dödvikt är lägsta 0,3, troligaste 0,2, högsta 0,4; tillåtet: lägsta ≤ troligaste ≤ högsta." },
      ]);
      expect(both([...SEED, [[10000], [25000], [20000]]])[0]).toEqual({
        error: "#VALUE!",
        message: "proxy is low 10000, likely 25000, high 20000; allowed: low ≤ likely ≤ high.",
      });
    });

    it("for a share outside [0, 1] at either end", () => {
      expect(both([SEED[0], SEED[1], SEED[2], [[-0.1, 0.05, 0.1]], SEED[4], [[15000]]])).toEqual([
        { error: "#VALUE!", message: "attribution is -0.1; allowed: [0, 1]." },
        { error: "#VALUE!", message: "tillskrivning är -0,1; tillåtet: [0; 1]." },
      ]);
      const high = english(() => cell(() => simulate(SEED[0], SEED[1], SEED[2], SEED[3], SEED[4], [[15000]], null, [[0, 0.1, 1.5]])));
      expect(high).toMatchObject({ error: "#VALUE!", message: expect.stringMatching(/^drop_off is 1\.5\b.*allowed: \[0, 1\]/) });
    });

    it("for years that are not whole numbers from 1 to 100 at either end", () => {
      const years = (range: number[][]) => english(() => cell(() => simulate(...SEED, [[15000]], range)));
      expect(years([[0, 2, 3]])).toEqual({ error: "#VALUE!", message: "years is 0; allowed: [1, 100]." });
      expect(years([[1, 2, 101]])).toEqual({ error: "#VALUE!", message: "years is 101; allowed: [1, 100]." });
      expect(years([[1, 2.5, 4]])).toEqual({ error: "#VALUE!", message: "years must be a whole number; got 2.5 (allowed: [1, 100])." });
      expect(swedish(() => cell(() => simulate(...SEED, [[15000]], [[1, 2, 101]])))).toEqual({
        error: "#VALUE!",
        message: "år är 101; tillåtet: [1; 100].",
      });
    });

    it("for a discount rate range beyond ±0.99", () => {
      expect(english(() => cell(() => simulate(...SEED, [[15000]], null, null, [[0.5, 0.9, 0.995]])))).toEqual({
        error: "#VALUE!",
        message: "discount_rate is 0.995; allowed: [-0.99, 0.99].",
      });
    });

    it("for runs outside 1 … 100 000 or not whole, and for seeds outside 0 … 2³² − 1", () => {
      const withRuns = (runs: unknown, seed: unknown = null) => [...SEED, PROXY, null, null, null, runs, seed];
      expect(both(withRuns(0))).toEqual([
        { error: "#VALUE!", message: "runs must be a whole number; got 0 (allowed: [1, 100000])." },
        { error: "#VALUE!", message: "körningar måste vara ett heltal; fick 0 (tillåtet: [1; 100000])." },
      ]);
      expect(both(withRuns(100001))[0]).toMatchObject({
        error: "#VALUE!",
        message: expect.stringMatching(/^runs must be a whole number; got 100001/),
      });
      expect(both(withRuns(2.5))[0]).toMatchObject({
        error: "#VALUE!",
        message: expect.stringMatching(/^runs must be a whole number; got 2.5/),
      });
      expect(both(withRuns("many"))[0]).toEqual({ error: "#VALUE!", message: 'runs must be a number; got "many".' });
      expect(both(withRuns(null, -1))).toEqual([
        { error: "#VALUE!", message: "seed must be a whole number; got -1 (allowed: [0, 4294967295])." },
        { error: "#VALUE!", message: "frö måste vara ett heltal; fick -1 (tillåtet: [0; 4294967295])." },
      ]);
      expect(both(withRuns(null, 2 ** 32))[0]).toMatchObject({
        error: "#VALUE!",
        message: expect.stringMatching(/^seed must be a whole number; got 4294967296/),
      });
      expect(both(withRuns(null, 1.5))[0]).toMatchObject({
        error: "#VALUE!",
        message: expect.stringMatching(/^seed must be a whole number; got 1.5/),
      });
    });

    it("for a required argument left blank, or text inside a range", () => {
      expect(both([null, ...SEED.slice(1), PROXY])).toEqual([
        { error: "#VALUE!", message: "quantity is required but was blank." },
        { error: "#VALUE!", message: "antal måste anges men är tom." },
      ]);
      expect(english(() => cell(() => simulate(...SEED, [[10000, "15 000", 20000]])))).toEqual({
        error: "#VALUE!",
        message: 'proxy must be a number; got "15 000".',
      });
    });
  });
});
