import fc from "fast-check";
import { Dec, Outcome } from "../../../src/core";
import {
  Assumption,
  Spread,
  floatRuns,
  monteCarlo,
  parameterSampler,
  pvFactor,
  runValuer,
  seededRandom,
  sortDecimals,
  summarise,
  totalPresentValue,
  uncertainParameters,
  withAssumption,
  RowAssumption,
} from "../../../src/core/analysis";
import { d, row } from "./helpers";

/**
 * The float kernel (floatRuns) against the decimal valuation of the same runs (runValuer, itself
 * checked against valueMap): on every run of a fuzzed set of maps, spreads, rates and seeds the two
 * agree within a relative 1e-9, so the production Monte Carlo path cannot drift from the decimals.
 */

const TOLERANCE = 1e-9;
const RUNS_PER_MAP = 25;

const share = fc.integer({ min: 0, max: 100 }).map((x) => x / 100);
const rowInput = (proxy: fc.Arbitrary<number>) =>
  fc.record({
    quantity: fc.integer({ min: 0, max: 5000 }),
    outcomeRate: share,
    deadweight: share,
    attribution: share,
    displacement: share,
    proxy,
    years: fc.integer({ min: 1, max: 40 }),
    dropOff: share,
  });
const spread = fc.option(
  fc.integer({ min: 1, max: 90 }).map((x) => d(x).div(100)),
  { nil: undefined },
);
const spreads = fc.record({
  quantity: spread,
  outcome_rate: spread,
  deadweight: spread,
  attribution: spread,
  displacement: spread,
  proxy: spread,
  years: spread,
  drop_off: spread,
  discount_rate: spread,
}) as fc.Arbitrary<Partial<Record<Assumption, Spread>>>;
const ratePercent = fc.integer({ min: -50, max: 150 }).map((x) => d(x).div(1000));
const investment = fc.array(
  fc.integer({ min: 0, max: 10_000_000 }).map((x) => d(x)),
  { minLength: 0, maxLength: 6 },
);

/** The map with run j's draws put in, as valueMap would be given it. */
function drawnMap(rows: readonly Outcome[], rate: Dec, parameters: ReturnType<typeof uncertainParameters>, draws: Float64Array) {
  let drawnRate = rate;
  const drawnRows = rows.slice();
  parameters.forEach((p, j) => {
    if (p.row === null) drawnRate = new Dec(draws[j]);
    else drawnRows[p.row] = withAssumption(drawnRows[p.row], p.assumption as RowAssumption, new Dec(draws[j]));
  });
  return { drawnRows, drawnRate };
}

function relative(actual: number, expected: Dec, scale: Dec): number {
  const off = new Dec(actual).minus(expected).abs();
  return off.isZero() ? 0 : off.div(Dec.max(scale.abs(), "1e-300")).toNumber();
}

describe("floatRuns (the Monte Carlo kernel)", () => {
  it("values every run within 1e-9 of the decimal valuation, on maps without harms", () => {
    fc.assert(
      fc.property(
        fc.array(rowInput(fc.integer({ min: 0, max: 200_000 })), { minLength: 1, maxLength: 8 }),
        spreads,
        ratePercent,
        investment,
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        (inputs, spec, rate, paid, seed) => {
          const rows = inputs.map(row);
          const parameters = uncertainParameters(rows, rate, { spreads: spec });
          const kernel = floatRuns(rows, rate, paid, parameters);
          const exact = runValuer(rows, rate, paid, parameters);
          const draw = parameterSampler(parameters, "triangular");
          const random = seededRandom(seed);
          const draws = new Float64Array(parameters.length);
          for (let run = 0; run < RUNS_PER_MAP; run++) {
            draw(random, draws);
            const expected = exact(draws);
            expect(relative(kernel.total(draws), expected.total, expected.total)).toBeLessThanOrEqual(TOLERANCE);
            expect(relative(kernel.investment(draws), expected.investment, expected.investment)).toBeLessThanOrEqual(TOLERANCE);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("values every run within 1e-9 of the decimal valuation relative to Σ |row PV|, with harms", () => {
    // a benefit and a harm can cancel to a total near 0, so the error is measured against the size
    // of the terms added: the sum of the rows' absolute present values
    fc.assert(
      fc.property(
        fc.array(rowInput(fc.integer({ min: -100_000, max: 100_000 })), { minLength: 1, maxLength: 6 }),
        spreads,
        ratePercent,
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        (inputs, spec, rate, seed) => {
          const rows = inputs.map(row);
          const parameters = uncertainParameters(rows, rate, { spreads: spec });
          const kernel = floatRuns(rows, rate, [], parameters);
          const draw = parameterSampler(parameters, "pert");
          const random = seededRandom(seed);
          const draws = new Float64Array(parameters.length);
          for (let run = 0; run < 10; run++) {
            draw(random, draws);
            const { drawnRows, drawnRate } = drawnMap(rows, rate, parameters, draws);
            const expected = totalPresentValue(drawnRows, drawnRate);
            const scale = drawnRows.reduce((acc, r) => acc.plus(totalPresentValue([r], drawnRate).abs()), new Dec(0));
            expect(relative(kernel.total(draws), expected, scale)).toBeLessThanOrEqual(TOLERANCE);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it("computes the present-value factor by hand", () => {
    // v = 1 / 1.1, drop-off 0.5, 3 years: v + 0.5 v² + 0.25 v³ = 0.90909… + 0.41322… + 0.18782… = 1.51014…
    const v = 1 / 1.1;
    expect(pvFactor(v, 0.5, 3)).toBeCloseTo(v + 0.5 * v * v + 0.25 * v ** 3, 14);
    expect(pvFactor(1, 0, 7)).toBe(7);
    expect(pvFactor(v, 0.3, 1)).toBe(v);
  });
});

describe("monteCarlo on the kernel", () => {
  it("reports what the decimal valuation of the same runs gives, within 1e-9", () => {
    const rows = [
      row({ quantity: 10, outcomeRate: 0.5, deadweight: 0.2, attribution: 0, displacement: 0, proxy: 1000, years: 2, dropOff: 0.5 }),
      row({ quantity: 20, outcomeRate: 1, deadweight: 0, attribution: 0.5, displacement: 0.1, proxy: 100, years: 4, dropOff: 0.1 }),
    ];
    const rate = d("0.035");
    const paid = [d(4000), d(2000)];
    const uncertainty = {
      spreads: { quantity: d("0.2"), deadweight: d("0.5"), proxy: d("0.3"), years: d("0.5"), drop_off: d("0.4"), discount_rate: d("0.5") },
    };
    const result = monteCarlo(rows, rate, paid, { runs: 400, seed: 11, distribution: "triangular", uncertainty });
    const parameters = uncertainParameters(rows, rate, uncertainty);
    const draw = parameterSampler(parameters, "triangular");
    const exact = runValuer(rows, rate, paid, parameters);
    const random = seededRandom(11);
    const draws = new Float64Array(parameters.length);
    const totals: Dec[] = [];
    const ratios: Dec[] = [];
    for (let run = 0; run < 400; run++) {
      draw(random, draws);
      const { total, investment } = exact(draws);
      totals.push(total);
      ratios.push(total.div(investment));
    }
    const expected = [summarise(sortDecimals(totals)), summarise(sortDecimals(ratios))];
    [result.totalPresentValue, result.ratio].forEach((summary, i) => {
      for (const key of ["mean", "p10", "p50", "p90"] as const) {
        expect(summary?.[key].div(expected[i][key]).minus(1).abs().toNumber()).toBeLessThanOrEqual(TOLERANCE);
      }
    });
    const below = ratios.filter((r) => r.lt(1)).length;
    expect(result.probabilityRatioBelowOne?.toNumber()).toBe(below / 400);
  });
});
