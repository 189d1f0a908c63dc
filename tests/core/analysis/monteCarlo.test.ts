import fc from "fast-check";
import { Dec, Outcome } from "../../../src/core";
import {
  MonteCarloOptions,
  RowAssumption,
  UncertaintySpec,
  monteCarlo,
  parameterSampler,
  runValuer,
  seededRandom,
  startMonteCarlo,
  uncertainParameters,
  valueMap,
  withAssumption,
} from "../../../src/core/analysis";
import { TWO_ROWS, d, expectClose, row } from "./helpers";
import { caught } from "../helpers";

/**
 * The seed 000 outcome with an uncertain proxy: value = 80 × 0.7 × 0.8 × 0.95 × 0.9 × proxy
 * = 38.304 × proxy (574 560 / 15 000), one year, rate 0.
 */
const SEED_ROW = row({ quantity: 80, outcomeRate: 0.7, deadweight: 0.2, attribution: 0.05, displacement: 0.1, proxy: 15000 });
const PER_PROXY = 38.304;
const PROXY_ESTIMATE: UncertaintySpec = { rows: [{ proxy: { low: d(1000), likely: d(1500), high: d(3000) } }] };
const N = 20_000;

describe("monteCarlo", () => {
  describe("one outcome, triangular proxy 1 000 / 1 500 / 3 000, 20 000 runs", () => {
    // investment 38.304 × 1 500 = 57 456: the ratio is below 1 exactly when the proxy is below 1 500
    const result = monteCarlo([SEED_ROW], d(0), [d(57456)], {
      runs: N,
      seed: 2026,
      distribution: "triangular",
      uncertainty: PROXY_ESTIMATE,
    });
    // triangular: mean (1 000 + 1 500 + 3 000) / 3 = 1 833.33; sd √((a² + b² + c² − ab − ac − bc) / 18)
    //   = √(3 250 000 / 18) ≈ 424.9, so the standard error of a mean of 20 000 draws is ≈ 3.0
    const sd = Math.sqrt(3_250_000 / 18);

    it("has a mean PV within 4 standard errors of 38.304 × 1 833.33 = 70 224", () => {
      const tolerance = 4 * PER_PROXY * (sd / Math.sqrt(N));
      expect(Math.abs(result.totalPresentValue.mean.toNumber() - 70224)).toBeLessThan(tolerance);
    });

    it("has a median PV near 38.304 × the triangle's median", () => {
      // F(1 500) = 0.25 < 0.5, so the median is 3 000 − √(0.5 × 2 000 × 1 500) ≈ 1 775.26; the density
      // there is 2 × 1 224.74 / 3 000 000 ≈ 8.165e-4, the median's standard error 1 / (2 f √N) ≈ 4.3
      const median = 3000 - Math.sqrt(0.5 * 2000 * 1500);
      const tolerance = 4 * PER_PROXY * (1 / (2 * 8.165e-4 * Math.sqrt(N)));
      expect(Math.abs(result.totalPresentValue.p50.toNumber() - PER_PROXY * median)).toBeLessThan(tolerance);
    });

    it("has P(ratio < 1) = F(1 500) = 0.25 within 4 standard errors", () => {
      const tolerance = 4 * Math.sqrt((0.25 * 0.75) / N);
      expect(Math.abs((result.probabilityRatioBelowOne as Dec).toNumber() - 0.25)).toBeLessThan(tolerance);
    });

    it("orders P10 ≤ P50 ≤ P90 and records its inputs", () => {
      const ratio = result.ratio as NonNullable<typeof result.ratio>;
      expect(ratio.p10.lte(ratio.p50) && ratio.p50.lte(ratio.p90)).toBe(true);
      expect([result.seed, result.runs, result.distribution]).toEqual([2026, N, "triangular"]);
      expect(result.parameters).toEqual([{ row: 0, assumption: "proxy", low: 1000, likely: 1500, high: 3000 }]);
      expect(result.histogram?.counts.reduce((a, b) => a + b, 0)).toBe(N);
    });
  });

  it("PERT: mean PV within 4 standard errors of 38.304 × (1 000 + 4 × 1 500 + 3 000) / 6", () => {
    // PERT variance (μ − a)(c − μ) / 7 = 666.67 × 1 333.33 / 7 ≈ 126 984 → sd ≈ 356.3
    const result = monteCarlo([SEED_ROW], d(0), [d(50000)], { runs: N, seed: 7, distribution: "pert", uncertainty: PROXY_ESTIMATE });
    const tolerance = 4 * PER_PROXY * (Math.sqrt(126984) / Math.sqrt(N));
    expect(Math.abs(result.totalPresentValue.mean.toNumber() - (PER_PROXY * 10000) / 6)).toBeLessThan(tolerance);
  });

  describe("the seed", () => {
    const options: MonteCarloOptions = {
      runs: 500,
      seed: 99,
      distribution: "pert",
      uncertainty: { spreads: { proxy: d("0.2"), deadweight: d("0.5"), years: d("0.5"), drop_off: d("0.5"), discount_rate: d("0.5") } },
    };

    it("repeats the result exactly for the same seed", () => {
      const a = monteCarlo(TWO_ROWS, d("0.035"), [d(6000)], options);
      const b = monteCarlo(TWO_ROWS, d("0.035"), [d(6000)], options);
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    });

    it("changes the result for another seed", () => {
      const a = monteCarlo(TWO_ROWS, d("0.035"), [d(6000)], options);
      const b = monteCarlo(TWO_ROWS, d("0.035"), [d(6000)], { ...options, seed: 100 });
      expect(b.ratio?.p50.eq(a.ratio?.p50 as Dec)).toBe(false);
    });

    it("gives the same result however the runs are sliced", () => {
      const simulation = startMonteCarlo(TWO_ROWS, d("0.035"), [d(6000)], options);
      while (simulation.done() < simulation.runs) simulation.advance(37);
      expect(JSON.stringify(simulation.result())).toBe(JSON.stringify(monteCarlo(TWO_ROWS, d("0.035"), [d(6000)], options)));
    });
  });

  it("has a mean near the base for symmetric spreads on linear assumptions", () => {
    // quantity × (1 + X) and proxy × (1 + Y), X and Y independent triangular on [−0.2, 0.2] with mode 0:
    // E[(1 + X)(1 + Y)] = 1, so the mean PV is the base 6 900 (rate 0). Var X = 0.2² / 6, so
    // Var[(1 + X)(1 + Y)] = (1 + 0.04/6)² − 1 and the PV's sd is √((6 000² + 900²) · ((1 + 0.04/6)² − 1)) ≈ 702
    const result = monteCarlo(TWO_ROWS, d(0), [d(6000)], {
      runs: 5000,
      seed: 3,
      distribution: "triangular",
      uncertainty: { spreads: { quantity: d("0.2"), proxy: d("0.2") } },
    });
    const sd = Math.sqrt((6000 ** 2 + 900 ** 2) * ((1 + 0.04 / 6) ** 2 - 1));
    expect(Math.abs(result.totalPresentValue.mean.toNumber() - 6900)).toBeLessThan((4 * sd) / Math.sqrt(5000));
  });

  it("reports no ratio when the investment is zero", () => {
    const result = monteCarlo(TWO_ROWS, d(0), [d(0)], {
      runs: 50,
      seed: 1,
      distribution: "triangular",
      uncertainty: { spreads: { proxy: d("0.1") } },
    });
    expect([result.ratio, result.probabilityRatioBelowOne, result.histogram]).toEqual([null, null, null]);
    expect(result.totalPresentValue.mean.gt(0)).toBe(true);
  });

  it("runs without uncertainty: every run is the base", () => {
    const result = monteCarlo(TWO_ROWS, d(0), [d(6000)], { runs: 10, seed: 1, distribution: "triangular", uncertainty: {} });
    expect([result.ratio?.p10.toString(), result.ratio?.p90.toString(), result.probabilityRatioBelowOne?.toString()]).toEqual([
      "1.15",
      "1.15",
      "0",
    ]);
    expect(result.histogram?.counts).toEqual([10]);
  });

  describe("bad options are #VALUE!", () => {
    const base: MonteCarloOptions = { runs: 10, seed: 1, distribution: "triangular", uncertainty: {} };
    const run = (options: Partial<MonteCarloOptions>) => () => monteCarlo(TWO_ROWS, d(0), [d(6000)], { ...base, ...options });

    it("runs, seed, bins and distribution", () => {
      expect(caught(run({ runs: 0 })).detail).toMatchObject({ kind: "notInteger", argument: "runs" });
      expect(caught(run({ runs: 2.5 })).detail.kind).toBe("notInteger");
      expect(caught(run({ seed: -1 })).detail).toMatchObject({ kind: "notInteger", argument: "seed" });
      expect(caught(run({ bins: 0 })).detail).toMatchObject({ kind: "notInteger", argument: "bins" });
      expect(caught(run({ distribution: "normal" as "pert" })).detail).toMatchObject({ kind: "unknownName", argument: "distribution" });
    });

    it("estimates outside the valid range or out of order, negative spreads", () => {
      const estimate = (low: string, likely: string, high: string) => ({ low: d(low), likely: d(likely), high: d(high) });
      expect(caught(run({ uncertainty: { rows: [{ deadweight: estimate("0.1", "0.2", "1.5") }] } })).detail).toMatchObject({
        kind: "outOfRange",
        argument: "deadweight",
        given: 1.5,
      });
      expect(caught(run({ uncertainty: { rows: [{ proxy: estimate("10", "30", "20") }] } })).detail).toMatchObject({
        kind: "outOfRange",
        argument: "proxy",
        given: 30,
      });
      expect(caught(run({ uncertainty: { discountRate: estimate("-1", "0", "0.1") } })).detail).toMatchObject({
        kind: "outOfRange",
        argument: "discount_rate",
      });
      expect(caught(run({ uncertainty: { spreads: { proxy: d("-0.1") } } })).detail).toMatchObject({
        kind: "outOfRange",
        argument: "proxy",
      });
      expect(caught(run({ uncertainty: { rows: [undefined, undefined, {}] } })).detail).toMatchObject({
        kind: "mismatch",
        argument: "rows",
      });
    });
  });
});

describe("uncertainParameters", () => {
  it("keeps low ≤ likely ≤ high for a discount rate beyond ±0.99, which the core accepts", () => {
    // 99.5 % ± 10 %: low 89.55 %, high held at the base rather than at 99 % below it
    expect(uncertainParameters(TWO_ROWS, d("0.995"), { spreads: { discount_rate: d("0.1") } })).toEqual([
      { row: null, assumption: "discount_rate", low: 0.8955, likely: 0.995, high: 0.995 },
    ]);
    expect(uncertainParameters(TWO_ROWS, d("-0.995"), { spreads: { discount_rate: d("0.1") } })).toEqual([
      { row: null, assumption: "discount_rate", low: -0.995, likely: -0.995, high: -0.8955 },
    ]);
  });

  it("turns spreads into clamped estimates around each row's value", () => {
    // proxy 1 000 ± 20 % → 800 / 1 000 / 1 200; B's outcome rate 1 ± 10 % → 0.9 / 1 / 1 (clamped);
    // A's deadweight 0.2 ± 200 % → 0 (clamped) / 0.2 / 0.6; B's deadweight 0 stays fixed
    const parameters = uncertainParameters(TWO_ROWS, d("0.03"), { spreads: { proxy: d("0.2"), outcome_rate: d("0.1"), deadweight: d(2) } });
    expect(parameters).toEqual([
      { row: 0, assumption: "outcome_rate", low: 0.45, likely: 0.5, high: 0.55 },
      { row: 0, assumption: "deadweight", low: 0, likely: 0.2, high: 0.6 },
      { row: 0, assumption: "proxy", low: 800, likely: 1000, high: 1200 },
      { row: 1, assumption: "outcome_rate", low: 0.9, likely: 1, high: 1 },
      { row: 1, assumption: "proxy", low: 80, likely: 100, high: 120 },
    ]);
  });
  it("takes asymmetric spreads: −20 % / +50 %, ends swapped for a negative proxy", () => {
    // A's proxy 1 000 → 800 / 1 000 / 1 500; a harm of −500 → −750 (× 1.5) / −500 / −400 (× 0.8)
    const harm = row({ quantity: 1, outcomeRate: 1, deadweight: 0, attribution: 0, displacement: 0, proxy: -500 });
    const parameters = uncertainParameters([TWO_ROWS[0], harm], d(0), { spreads: { proxy: { down: d("0.2"), up: d("0.5") } } });
    expect(parameters).toEqual([
      { row: 0, assumption: "proxy", low: 800, likely: 1000, high: 1500 },
      { row: 1, assumption: "proxy", low: -750, likely: -500, high: -400 },
    ]);
  });

  it("refuses a negative part of an asymmetric spread, naming the assumption", () => {
    const error = caught(() => uncertainParameters(TWO_ROWS, d(0), { spreads: { deadweight: { down: d("0.1"), up: d("-0.1") } } }));
    expect(error.detail).toEqual({ kind: "outOfRange", argument: "deadweight", given: "-0.1", allowed: { min: 0 } });
  });
});

describe("parameterSampler", () => {
  it("draws whole years within 1 … 100", () => {
    const parameters = uncertainParameters(
      [row({ quantity: 1, outcomeRate: 1, deadweight: 0, attribution: 0, displacement: 0, proxy: 1, years: 3 })],
      d(0),
      { spreads: { years: d(2) } },
    );
    const draw = parameterSampler(parameters, "pert");
    const random = seededRandom(8);
    const out = new Float64Array(1);
    for (let i = 0; i < 1000; i++) {
      draw(random, out);
      expect(Number.isInteger(out[0]) && out[0] >= 1 && out[0] <= 9).toBe(true);
    }
  });
});

describe("runValuer", () => {
  const positiveRow = fc.record({
    quantity: fc.integer({ min: 0, max: 500 }),
    outcomeRate: fc.integer({ min: 0, max: 100 }).map((x) => x / 100),
    deadweight: fc.integer({ min: 0, max: 100 }).map((x) => x / 100),
    attribution: fc.integer({ min: 0, max: 100 }).map((x) => x / 100),
    displacement: fc.integer({ min: 0, max: 100 }).map((x) => x / 100),
    proxy: fc.integer({ min: -10_000, max: 100_000 }),
    years: fc.integer({ min: 1, max: 12 }),
    dropOff: fc.integer({ min: 0, max: 100 }).map((x) => x / 100),
  });
  const spread = fc.option(
    fc.integer({ min: 1, max: 80 }).map((x) => d(x).div(100)),
    { nil: undefined },
  );

  it("values a run exactly as valueMap values the map with the drawn values", () => {
    fc.assert(
      fc.property(
        fc.array(positiveRow, { minLength: 1, maxLength: 5 }),
        fc.record({
          quantity: spread,
          outcome_rate: spread,
          deadweight: spread,
          attribution: spread,
          displacement: spread,
          proxy: spread,
          years: spread,
          drop_off: spread,
          discount_rate: spread,
        }),
        fc.integer({ min: 0, max: 1000 }),
        (inputs, spreads, seed) => {
          const rows = inputs.map(row);
          const rate = d("0.04");
          const investment = [d(10000), d(5000)];
          const parameters = uncertainParameters(rows, rate, { spreads });
          const draws = new Float64Array(parameters.length);
          parameterSampler(parameters, "triangular")(seededRandom(seed), draws);
          let drawnRate = rate;
          const drawnRows: Outcome[] = rows.slice();
          parameters.forEach((p, j) => {
            if (p.row === null) drawnRate = new Dec(draws[j]);
            else drawnRows[p.row] = withAssumption(drawnRows[p.row], p.assumption as RowAssumption, new Dec(draws[j]));
          });
          const expected = valueMap(drawnRows, drawnRate, investment);
          const actual = runValuer(rows, rate, investment, parameters)(draws);
          expectClose(actual.total, expected.totalPresentValue, 30);
          expectClose(actual.investment, expected.investmentPresentValue, 30);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("properties", () => {
  it("P10 ≤ P50 ≤ P90, the mean within [min, max], the probability in [0, 1]", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom("triangular" as const, "pert" as const),
        (seed, spreadPercent, distribution) => {
          const spread = d(spreadPercent).div(100);
          const result = monteCarlo(TWO_ROWS, d("0.03"), [d(6500)], {
            runs: 200,
            seed,
            distribution,
            bins: 8,
            uncertainty: { spreads: { quantity: spread, deadweight: spread, proxy: spread, years: spread, discount_rate: spread } },
          });
          for (const s of [result.totalPresentValue, result.ratio as NonNullable<typeof result.ratio>]) {
            expect(s.p10.lte(s.p50) && s.p50.lte(s.p90)).toBe(true);
          }
          const p = result.probabilityRatioBelowOne as Dec;
          expect(p.gte(0) && p.lte(1)).toBe(true);
          const edges = result.histogram?.edges as readonly Dec[];
          expect(result.ratio?.mean.gte(edges[0]) && result.ratio?.mean.lte(edges[edges.length - 1])).toBe(true);
        },
      ),
      { numRuns: 20 },
    );
  });
});
