import fc from "fast-check";
import { Dec, Outcome, investmentPresentValue } from "../../../src/core";
import {
  Assumption,
  BISECTION_TOLERANCE,
  BreakEven,
  breakEvenFamily,
  breakEvens,
  floatGap,
  mapValuer,
  solveBreakEven,
  solveContinuous,
  solveWhole,
  totalPresentValue,
  withAssumption,
  RowAssumption,
  Solution,
} from "../../../src/core/analysis";
import { d, row } from "./helpers";

/**
 * Part of the analysis runs in floats and is settled in decimals: the decimal valuer that reuses
 * what a variant of the map leaves unchanged, the float gap of a break-even family, and the
 * searches on it. Each is held to the all-decimal computation it replaces.
 */

const share = fc.integer({ min: 0, max: 100 }).map((x) => x / 100);
const rowInput = fc.record({
  quantity: fc.integer({ min: 0, max: 500 }),
  outcomeRate: share,
  deadweight: share,
  attribution: share,
  displacement: share,
  proxy: fc.integer({ min: -20_000, max: 100_000 }),
  years: fc.integer({ min: 1, max: 12 }),
  dropOff: fc.constantFrom(0, 0.05, 0.1, 0.25, 0.5),
});
const rate = fc.integer({ min: -20, max: 120 }).map((x) => d(x).div(1000));
const investment = fc.array(
  fc.integer({ min: 0, max: 3_000_000 }).map((x) => d(x)),
  { minLength: 1, maxLength: 4 },
);

/** The break-even as the all-decimal search finds it (solveContinuous / solveWhole on totalPresentValue). */
function decimalBreakEven(rows: readonly Outcome[], r: Dec, paid: readonly Dec[], assumption: Assumption): Solution {
  const family = breakEvenFamily(rows, r, assumption);
  const gap = (x: Dec) => {
    const map = family.at(x);
    return totalPresentValue(map.rows, map.rate).minus(investmentPresentValue(paid, map.rate));
  };
  const { low, high } = family.interval;
  if (low === null || high === null) return { found: false, reason: "noEffect" }; // as solveBreakEven says
  return family.shape === "whole"
    ? solveWhole(gap, low.toNumber(), high.toNumber(), family.base.toNumber())
    : solveContinuous(gap, low, high, family.base);
}

describe("mapValuer", () => {
  it("gives totalPresentValue's total to the last digit, for the map, one assumption moved, or another rate", () => {
    const moves = fc.record({
      assumption: fc.constantFrom<RowAssumption>(
        "quantity",
        "outcome_rate",
        "deadweight",
        "attribution",
        "displacement",
        "proxy",
        "years",
        "drop_off",
      ),
      factor: fc.integer({ min: 0, max: 20 }).map((x) => d(x).div(10)),
    });
    fc.assert(
      fc.property(
        fc.array(rowInput, { minLength: 1, maxLength: 8 }),
        rate,
        fc.array(moves, { maxLength: 4 }),
        rate,
        (inputs, r, moved, other) => {
          const rows = inputs.map(row);
          const valuer = mapValuer(rows, r);
          expect(valuer.total(rows, r).eq(totalPresentValue(rows, r))).toBe(true);
          for (const { assumption, factor } of moved) {
            const variant = rows.map((x) => {
              const value =
                assumption === "years"
                  ? new Dec(Math.min(100, Math.max(1, Math.round(x.years * factor.toNumber()))))
                  : Dec.min(x[fieldOf(assumption)] as Dec, 1).times(factor);
              return withAssumption(
                x,
                assumption,
                assumption === "quantity" || assumption === "proxy" || assumption === "years" ? value : Dec.min(value, 1),
              );
            });
            expect(valuer.total(variant, r).eq(totalPresentValue(variant, r))).toBe(true);
            expect(valuer.total(variant, other).eq(totalPresentValue(variant, other))).toBe(true);
          }
          expect(valuer.total(rows, other).eq(totalPresentValue(rows, other))).toBe(true);
        },
      ),
      { numRuns: 80 },
    );
  });
});

function fieldOf(assumption: RowAssumption): keyof Outcome {
  return (
    {
      quantity: "quantity",
      outcome_rate: "outcomeRate",
      deadweight: "deadweight",
      attribution: "attribution",
      displacement: "displacement",
      proxy: "proxy",
      years: "years",
      drop_off: "dropOff",
    } as const
  )[assumption];
}

describe("floatGap", () => {
  it("is the decimal gap within 1e-12 of its scale, for drop-off, years and the discount rate", () => {
    fc.assert(
      fc.property(
        fc.array(rowInput, { minLength: 1, maxLength: 6 }),
        rate,
        investment,
        fc.integer({ min: 0, max: 100 }),
        (inputs, r, paid, at) => {
          const rows = inputs.map(row);
          for (const assumption of ["drop_off", "years", "discount_rate"] as const) {
            const family = breakEvenFamily(rows, r, assumption);
            const { low, high } = family.interval;
            if (low === null || high === null) continue; // nothing to search (every drop-off is 0)
            const x =
              family.shape === "whole"
                ? low.plus(Math.round((at / 100) * high.minus(low).toNumber()))
                : low.plus(high.minus(low).times(at).div(100));
            const map = family.at(x);
            const exact = totalPresentValue(map.rows, map.rate).minus(investmentPresentValue(paid, map.rate));
            const float = floatGap(rows, r, paid, assumption, family.parameter)(x.toNumber());
            expect(Math.abs(float.gap - exact.toNumber())).toBeLessThanOrEqual(1e-12 * float.scale);
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe("break-evens searched in floats", () => {
  const same = (actual: BreakEven, expected: Solution) => {
    if (!expected.found) {
      expect(actual.found ? "found" : actual.reason).toBe(expected.reason);
      return;
    }
    expect(actual.found).toBe(true);
    if (!actual.found) return;
    expect(actual.falls).toBe(expected.falls);
    // both lie within half the tolerance of a root in the same grid part
    expect(actual.at.minus(expected.at).abs().lte(BISECTION_TOLERANCE)).toBe(true);
  };

  it("find what the all-decimal search finds, on one row and on several", () => {
    fc.assert(
      fc.property(fc.array(rowInput, { minLength: 1, maxLength: 4 }), rate, investment, (inputs, r, paid) => {
        const rows = inputs.map(row);
        const results = breakEvens(rows, r, paid);
        if (investmentPresentValue(paid, r).isZero()) return;
        for (const assumption of ["drop_off", "years", "discount_rate"] as const) {
          const actual = results.find((x) => x.assumption === assumption) as BreakEven;
          const expected = decimalBreakEven(rows, r, paid, assumption);
          const reported =
            !expected.found && expected.reason === "alwaysAbove" && actual.parameter === "value"
              ? { found: true as const, at: (actual as { at: Dec }).at, falls: false }
              : expected;
          same(actual, reported);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("returns a grid point where the decimal gap is exactly 0 as it is", () => {
    // 1 000 a year for 1 year against 1 000: the ratio is exactly 1 at a rate of 0, the grid's midpoint
    // (−0.99 + 50 × 0.0198 = 0), where the float gap is 0 too and the decimals decide
    const plain = row({ quantity: 10, outcomeRate: 1, deadweight: 0, attribution: 0, displacement: 0, proxy: 100, years: 1, dropOff: 0 });
    const result = solveBreakEven([plain, plain], d("0.05"), [d(2000)], "discount_rate");
    expect(result.found && result.at.toString()).toBe("0");
  });

  it("finds the drop-off of 2 years by hand", () => {
    // 574 560 × (1 + (1 − d)) = 1 000 000 → d = 149 120 / 574 560 (breakEvenOf's example), in a two-row map
    const seed = row({
      quantity: 80,
      outcomeRate: 0.7,
      deadweight: 0.2,
      attribution: 0.05,
      displacement: 0.1,
      proxy: 15000,
      years: 2,
      dropOff: 0.5,
    });
    const result = solveBreakEven([seed], d(0), [d(1000000)], "drop_off");
    expect(result.found && result.at.minus(d(149120).div(574560)).abs().lte(BISECTION_TOLERANCE)).toBe(true);
  });
});
