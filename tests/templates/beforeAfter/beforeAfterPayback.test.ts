import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { dec } from "../../../src/core/decimal";
import { paybackMonthsConstant } from "../../../src/core/payback";
import { SroiError } from "../../../src/core/errors";
import { paybackFormula, withinHorizonFormula } from "../../../src/templates/beforeAfter/beforeAfterSummary";
import { EXCEL_LIKE, expectClose } from "../hyperformula";

/**
 * The before/after sheet's payback formula, evaluated by HyperFormula on literal inputs, against
 * the core's paybackMonthsConstant (12 × the monthly change a year, one investment at the start).
 */

const NEVER = "never";

function sheetPayback(investment: number, monthly: number, rate: number): number | string {
  const hf = HyperFormula.buildFromArray([[investment, monthly, rate, `=${paybackFormula("A1", "B1", "C1", NEVER)}`]], EXCEL_LIKE);
  const value = hf.getCellValue({ sheet: 0, row: 0, col: 3 });
  hf.destroy();
  if (typeof value !== "number" && typeof value !== "string") throw new Error(`the formula gave ${JSON.stringify(value)}`);
  return value;
}

function corePayback(investment: number, monthly: number, rate: number): number | string {
  try {
    return paybackMonthsConstant([dec(investment)], dec(monthly).times(12), dec(rate)).toNumber();
  } catch (error) {
    if (error instanceof SroiError && error.detail.kind === "noPayback") return NEVER;
    throw error;
  }
}

function expectSame(investment: number, monthly: number, rate: number): void {
  const core = corePayback(investment, monthly, rate);
  const sheet = sheetPayback(investment, monthly, rate);
  if (typeof core === "string") expect(`${investment}, ${monthly}, ${rate}: ${sheet}`).toBe(`${investment}, ${monthly}, ${rate}: ${NEVER}`);
  else if (typeof sheet !== "number") throw new Error(`${investment}, ${monthly}, ${rate}: the sheet says ${sheet}, the core ${core}`);
  else expectClose(sheet, core);
}

/** The "within the horizon" cell for a payback given as a cell's content (a number or a formula). */
function withinHorizon(payback: number | string, horizon: number): unknown {
  const hf = HyperFormula.buildFromArray([[payback, horizon, `=${withinHorizonFormula("A1", "B1", "Yes", "No")}`]], EXCEL_LIKE);
  const value = hf.getCellValue({ sheet: 0, row: 0, col: 2 });
  hf.destroy();
  return value;
}

describe("the before/after 'paid back within the horizon' formula", () => {
  it("says yes up to the horizon and no after it or for a payback that never comes", () => {
    expect([
      withinHorizon(11.5, 12),
      withinHorizon(12, 12),
      withinHorizon(12.01, 12),
      withinHorizon(NEVER, 12),
      withinHorizon(0, 1),
    ]).toEqual(["Yes", "Yes", "No", "No", "Yes"]);
  });

  it("keeps a payback exactly at the horizon within it when floating point lands a hair past it", () => {
    // 3.6 / 0.3 = 12 months exactly, as the core finds it; in floating point 0.7 − 0.4 is
    // 0.29999999999999993 and the quotient 12.000000000000002
    expect(corePayback(3.6, 0.3, 0)).toBe(12);
    expect(withinHorizon("=3.6/(0.7-0.4)", 12)).toBe("Yes");
  });
});

describe("the before/after payback formula", () => {
  it("gives hand-worked paybacks", () => {
    // undiscounted: 78 000 / 6 000 a month = 13 months
    expect(sheetPayback(78000, 6000, 0)).toBe(13);
    // 10 %, 12 000 a year: year 1 brings 12 000 / 1.1 = 10 909.09…; 5 000 is covered after
    // 5 000 / 10 909.09… of the year = 5.5 months
    expectClose(sheetPayback(5000, 1000, 0.1) as number, 5.5);
    // nothing invested, nothing lost: paid back at once
    expect(sheetPayback(0, 0, 0.05)).toBe(0);
    expect(sheetPayback(1000, 0, 0.05)).toBe(NEVER);
    expect(sheetPayback(1000, -10, 0)).toBe(NEVER);
  });

  it("says never when the discounted stream only approaches the investment (12M / r = I exactly)", () => {
    // 1 440 000 × 1.1 % = 15 840 = 12 × 1 320: the found case where floating point left
    // 1 − I·r / 12M just above zero and the sheet reported 40 296 months
    expect(corePayback(1440000, 1320, 0.011)).toBe(NEVER);
    expect(sheetPayback(1440000, 1320, 0.011)).toBe(NEVER);
  });

  it("agrees with the core on the boundary 12M / r = I for any per-mille rate", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 900 }), fc.integer({ min: 1, max: 5000 }), (perMille, q) => {
        // M = perMille × q and I = 12 000 q make 12M / r = I exactly
        expectSame(12000 * q, perMille * q, perMille / 1000);
      }),
      { numRuns: 200 },
    );
  });

  it("agrees with the core on random investments, monthly changes and rates", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: -20_000, max: 200_000 }),
        fc.integer({ min: -50, max: 300 }),
        (investment, monthly, perMille) => {
          expectSame(investment, monthly, perMille / 1000);
        },
      ),
      { numRuns: 300 },
    );
  });
});
