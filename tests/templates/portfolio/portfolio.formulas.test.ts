import fc from "fast-check";
import { planSheets } from "../../../src/templates";
import type { TemplateOptions } from "../../../src/templates/kit/model";
import { BALANCE, CANDIDATE_ROWS, CANDIDATES, COLUMNS, CRITERIA_ROWS, SUMMARY } from "../../../src/templates/portfolio";
import { SheetEngine } from "../hyperformula";
import { expectAgreement } from "../outcomeContract/contractSheet";
import { portfolioWanted } from "./portfolioSheet";

/** The portfolio sheet's formulas evaluated by HyperFormula against the core. */

const K = "portfolio";

function engineFor(language: "en" | "sv", example = true): SheetEngine {
  const options: TemplateOptions = { language, years: 5, startYear: 2026, currency: "kr", example };
  return new SheetEngine(planSheets(["portfolio"], options, []));
}

describe.each([["en"], ["sv"]] as const)("portfolio (%s) with the worked example", (language) => {
  const engine = engineFor(language);
  const at = (row: number, column: number) => engine.getAt(K, row, column);

  it("has no error values", () => {
    expect(engine.errors()).toEqual([]);
  });

  it("shows the issue's figures", () => {
    const rows = [0, 1, 2].map((i) => CANDIDATES.first + i);
    expect(rows.map((r) => at(r, COLUMNS.score))).toEqual([4.05, 3.55, 3.75]);
    expect(rows.map((r) => at(r, COLUMNS.rank))).toEqual([1, 3, 2]);
    expect([at(SUMMARY.chosen, 1), at(SUMMARY.investment, 1), at(SUMMARY.presentValue, 1)]).toEqual([2, 2700000, 6300000]);
    expect((at(SUMMARY.ratio, 1) as number).toFixed(4)).toBe("2.3333");
  });

  it("agrees with the core in every calculated cell", () => {
    expectAgreement(
      engine,
      K,
      portfolioWanted((r, c) => engine.getAt(K, r, c), language),
    );
  });
});

describe("portfolio: ties, balance and check cells", () => {
  it("gives tied scores the same rank and counts the balance", () => {
    const engine = engineFor("en");
    // Coaching scored like reading support: 5, 4, 3, 4 → 4.05, both rank 1; family support rank 3.
    [5, 4, 3, 4].forEach((s, i) => engine.setAt(K, CANDIDATES.first + 1, COLUMNS.firstScore + i, s));
    expect([0, 1, 2].map((i) => engine.getAt(K, CANDIDATES.first + i, COLUMNS.rank))).toEqual([1, 1, 3]);
    expect(engine.getAt(K, BALANCE.lengthFirst + 1, 6)).toBe(2);
    expectAgreement(
      engine,
      K,
      portfolioWanted((r, c) => engine.getAt(K, r, c), "en"),
    );
  });

  const cases: [string, number, number, number | string, number, number][] = [
    ["a score of 6", CANDIDATES.first, COLUMNS.firstScore, 6, CANDIDATES.first, COLUMNS.check],
    ["a score of 0", CANDIDATES.first + 2, COLUMNS.firstScore + 1, 0, CANDIDATES.first + 2, COLUMNS.check],
    ["a missing score on a weighted criterion", CANDIDATES.first, COLUMNS.firstScore + 3, "", CANDIDATES.first, COLUMNS.check],
    ["a negative investment", CANDIDATES.first + 1, COLUMNS.investment, -5, CANDIDATES.first + 1, COLUMNS.check],
    ["a negative weight", CRITERIA_ROWS.first, 1, -0.3, CRITERIA_ROWS.check, 0],
  ];
  it.each(cases)("flags %s", (_, row, column, value, checkRow, checkColumn) => {
    const engine = engineFor("en");
    expect(engine.getAt(K, checkRow, checkColumn)).toBe("");
    engine.setAt(K, row, column, value === "" ? null : value);
    expect(String(engine.getAt(K, checkRow, checkColumn))).not.toBe("");
  });

  it("flags weights that are all zero", () => {
    const engine = engineFor("sv");
    for (let i = 0; i < 4; i++) engine.setAt(K, CRITERIA_ROWS.first + i, 1, 0);
    expect(engine.getAt(K, CRITERIA_ROWS.check, 0)).toBe("Ge minst ett kriterium en vikt över 0");
    expect(engine.getAt(K, CANDIDATES.first, COLUMNS.score)).toBe("");
  });
});

describe("properties", () => {
  it("agrees with the core for random candidates", () => {
    const engine = engineFor("en", false);
    const candidate = fc.record({
      op: fc.constantFrom("School", "school", "Care", "Work"),
      group: fc.constantFrom("Children", "Adults"),
      length: fc.integer({ min: 0, max: 12 }).map((n) => n / 2),
      complexity: fc.constantFrom("Low", "Medium", "High", ""),
      investment: fc.integer({ min: 0, max: 3_000_000 }),
      pv: fc.integer({ min: -1_000_000, max: 9_000_000 }),
      scores: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 5, maxLength: 5 }),
      chosen: fc.constantFrom("Yes", "No", ""),
    });
    const weights = fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 5, maxLength: 5 }).filter((w) => w.some((x) => x > 0));
    fc.assert(
      fc.property(weights, fc.array(candidate, { minLength: 1, maxLength: CANDIDATE_ROWS }), (w, rows) => {
        engine.batch(() => {
          w.forEach((x, i) => engine.setAt(K, CRITERIA_ROWS.first + i, 1, x));
          for (let i = 0; i < CANDIDATE_ROWS; i++) {
            const c = rows[i];
            const r = CANDIDATES.first + i;
            const values: [number, string | number | null][] = [
              [COLUMNS.name, c ? `Candidate ${i + 1}` : null],
              [COLUMNS.operation, c?.op ?? null],
              [COLUMNS.targetGroup, c?.group ?? null],
              [COLUMNS.length, c?.length ?? null],
              [COLUMNS.complexity, c?.complexity || null],
              [COLUMNS.investment, c?.investment ?? null],
              [COLUMNS.presentValue, c?.pv ?? null],
              [COLUMNS.chosen, c?.chosen || null],
              ...Array.from({ length: 5 }, (_, k): [number, number | null] => [COLUMNS.firstScore + k, c ? c.scores[k] : null]),
            ];
            for (const [column, value] of values) engine.setAt(K, r, column, value);
          }
        });
        expectAgreement(
          engine,
          K,
          portfolioWanted((r, c) => engine.getAt(K, r, c), "en"),
        );
      }),
      { numRuns: 25 },
    );
  });
});
