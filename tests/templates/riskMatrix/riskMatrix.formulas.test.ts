import fc from "fast-check";
import { cellAddress } from "../../../src/templates/kit/a1";
import { planSheets } from "../../../src/templates";
import { heatMapCell, riskLevels } from "../../../src/templates/riskMatrix/riskHeatMap";
import { RISK_COLUMNS, RISK_FIRST } from "../../../src/templates/riskMatrix/riskMatrix";
import { SheetEngine } from "../hyperformula";

/** The risk matrix's priority and heat-map counts evaluated by HyperFormula. */

const K = "riskMatrix";

function engineFor(language: "en" | "sv"): SheetEngine {
  return new SheetEngine(planSheets(["riskMatrix"], { language, years: 5, startYear: 2026, currency: "kr", example: false }, []));
}

function enter(engine: SheetEngine, language: "en" | "sv", risks: readonly { p: number; i: number }[]): void {
  const levels = riskLevels(language);
  risks.forEach((risk, k) => {
    const r = RISK_FIRST + k;
    engine.setAt(K, r, RISK_COLUMNS.risk, `Risk ${k + 1}`);
    engine.setAt(K, r, RISK_COLUMNS.probability, levels[risk.p - 1]);
    engine.setAt(K, r, RISK_COLUMNS.impact, levels[risk.i - 1]);
  });
}

describe("risk matrix formulas", () => {
  it("computes priority = probability × impact and numbers the risks", () => {
    const engine = engineFor("sv");
    enter(engine, "sv", [
      { p: 4, i: 5 },
      { p: 1, i: 3 },
      { p: 3, i: 3 },
    ]);
    // 4 × 5 = 20, 1 × 3 = 3, 3 × 3 = 9
    expect([0, 1, 2].map((k) => engine.numAt(K, RISK_FIRST + k, RISK_COLUMNS.priority))).toEqual([20, 3, 9]);
    expect([0, 1, 2].map((k) => engine.numAt(K, RISK_FIRST + k, RISK_COLUMNS.no))).toEqual([1, 2, 3]);
    expect(engine.getAt(K, RISK_FIRST + 3, RISK_COLUMNS.priority)).toBe("");
    expect(engine.getAt(K, RISK_FIRST + 3, RISK_COLUMNS.no)).toBe("");
  });

  it("leaves the priority blank until both levels are chosen", () => {
    const engine = engineFor("en");
    engine.setAt(K, RISK_FIRST, RISK_COLUMNS.risk, "Staff leave");
    engine.setAt(K, RISK_FIRST, RISK_COLUMNS.probability, "2 – Low");
    expect(engine.getAt(K, RISK_FIRST, RISK_COLUMNS.priority)).toBe("");
  });

  it("counts the risks in each heat-map cell", () => {
    const engine = engineFor("en");
    enter(engine, "en", [
      { p: 4, i: 5 },
      { p: 4, i: 5 },
      { p: 1, i: 3 },
    ]);
    expect(engine.num(K, heatMapCell(4, 5))).toBe(2);
    expect(engine.num(K, heatMapCell(1, 3))).toBe(1);
    expect(engine.num(K, heatMapCell(5, 4))).toBe(0);
    // the corner labels read the chosen levels: column header of probability 4, row header of impact 5
    expect(engine.get(K, cellAddress(4, 8 + 4))).toBe("4 – High");
    expect(engine.get(K, cellAddress(5, 8))).toBe("5 – Very high");
  });

  describe("properties", () => {
    it("heat-map counts add up to the risks entered, cell by cell", () => {
      const engine = engineFor("sv");
      const level = fc.integer({ min: 1, max: 5 });
      fc.assert(
        fc.property(fc.array(fc.record({ p: level, i: level }), { maxLength: 20 }), (risks) => {
          for (let k = 0; k < 20; k++)
            for (const c of [RISK_COLUMNS.risk, RISK_COLUMNS.probability, RISK_COLUMNS.impact]) engine.setAt(K, RISK_FIRST + k, c, null);
          enter(engine, "sv", risks);
          for (let p = 1; p <= 5; p++) {
            for (let i = 1; i <= 5; i++) expect(engine.num(K, heatMapCell(p, i))).toBe(risks.filter((r) => r.p === p && r.i === i).length);
          }
          risks.forEach((r, k) => expect(engine.numAt(K, RISK_FIRST + k, RISK_COLUMNS.priority)).toBe(r.p * r.i));
        }),
        { numRuns: 30 },
      );
    });
  });
});
