import fc from "fast-check";
import {
  countWarnings,
  Dec,
  evaluateImpactMap,
  evidenceSummary,
  ImpactRowInput,
  OVERCLAIM_WARNINGS,
  overclaimWarnings,
  parseImpactRow,
  WARNING_TEXTS,
} from "../../../src/core";
import { planSheets } from "../../../src/templates";
import { impactColumn, IMPACT_INPUTS, SOURCE_COLUMNS } from "../../../src/templates/impactMap/impactColumns";
import { IMPACT_EXAMPLE_INVESTMENT } from "../../../src/templates/impactMap/impactMap";
import { impactLayout } from "../../../src/templates/impactMap/impactLayout";
import { GRADE_LIST_COLUMN, LIST_HEADER_ROW } from "../../../src/templates/kit";
import type { SheetSpec, TemplateOptions } from "../../../src/templates/kit/model";
import { expectClose, SheetEngine } from "../hyperformula";

/** The impact map's figures after optimism bias and its over-claim checks, by HyperFormula against the core. */

const K = "impactMap";

function opts(years: number, example: boolean, language: "en" | "sv" = "en"): TemplateOptions {
  return { language, years, startYear: 2026, currency: "kr", example };
}

const L5 = impactLayout(5);
const E = L5.evidence;
const CHECK = L5.presentValueColumn + 1;

/** A blank five-year map at 0 % with the given investment. */
function blankMap(investment: number, language: "en" | "sv" = "en"): SheetEngine {
  const engine = new SheetEngine(planSheets(["impactMap"], opts(5, false, language), []));
  engine.setAt(K, L5.rateRow, 1, 0);
  engine.setAt(K, L5.investmentRow, 1, investment);
  engine.setAt(K, L5.baseYearRow, 1, 2023); // a year the shipped KPI has, for proxies from other years
  return engine;
}

/** Types a one-year row valued at `proxy` (1 × 100 % × no deadweight … × proxy), graded `grade`. */
function typeRow(engine: SheetEngine, i: number, proxy: number, grade: string): void {
  const r = L5.firstRow + i;
  const values: Record<string, number | string> = {
    quantity: 1,
    outcomeRate: 1,
    deadweight: 0,
    attribution: 0,
    displacement: 0,
    proxy,
    grade,
  };
  engine.batch(() => {
    for (const [id, value] of Object.entries(values)) engine.setAt(K, r, impactColumn(id), value === "" ? null : value);
  });
}

const at = (engine: SheetEngine, row: number, column = 1) => engine.getAt(K, row, column);

describe("impact map after optimism bias: a hand-worked map", () => {
  // Rows of 1 000 (A), 2 000 (B), 3 000 (C), 4 000 (D) and 5 000 ungraded, one year at 0 %: PV = proxy.
  // Total 15 000. After the defaults' haircuts (0, 10, 25, 40 %; ungraded as D):
  // 1 000 + 1 800 + 2 250 + 2 400 + 3 000 = 10 450. Against 5 000 invested: ratio 3, after bias 2.09;
  // Net SROI 2 and 1.09. On C or D: 3 000 + 4 000 + 5 000 = 12 000 of 15 000 = 80 %.
  const graded = (investment: number): SheetEngine => {
    const engine = blankMap(investment);
    [
      [1000, "A"],
      [2000, "B"],
      [3000, "C"],
      [4000, "D"],
      [5000, ""],
    ].forEach(([proxy, grade], i) => typeRow(engine, i, proxy as number, grade as string));
    return engine;
  };

  it("takes each grade's haircut off its rows' present value, an ungraded row as D", () => {
    const engine = graded(5000);
    expect(engine.numAt(K, L5.totalPresentValueRow, 1)).toBe(15000);
    expectClose(engine.numAt(K, E.adjustedPresentValueRow, 1), 10450);
    expectClose(engine.numAt(K, E.adjustedRatioRow, 1), 2.09);
    expectClose(engine.numAt(K, L5.ratioRow, E.netSroiColumn + 1), 2);
    expectClose(engine.numAt(K, E.adjustedRatioRow, E.netSroiColumn + 1), 1.09);
    expectClose(engine.numAt(K, E.weakShareRow, 1), 0.8);
    expect(engine.errors()).toEqual([]);
  });

  it("agrees with the core's evidenceSummary", () => {
    const grades = ["A", "B", "C", "D", null] as const;
    const core = evidenceSummary(
      [1000, 2000, 3000, 4000, 5000].map((pv, i) => ({ presentValue: new Dec(pv), grade: grades[i] })),
      new Dec(5000),
    );
    expect([core.adjustedPresentValue, core.adjustedRatio, core.netSroi, core.adjustedNetSroi, core.weakShare].map(String)).toEqual([
      "10450",
      "2.09",
      "2",
      "1.09",
      "0.8",
    ]);
  });

  it("looks the haircuts up in the Lists sheet's grade table as edited", () => {
    const engine = graded(5000);
    // D's haircut 40 % → 50 %: 1 000 + 1 800 + 2 250 + 2 000 + 2 500 = 9 550
    engine.setAt("lists", LIST_HEADER_ROW + 4, GRADE_LIST_COLUMN + 2, 0.5);
    expectClose(engine.numAt(K, E.adjustedPresentValueRow, 1), 9550);
  });

  it("reads a lower-case grade as the grade, and a grade the table lacks as D (its check says so)", () => {
    const engine = graded(5000);
    engine.setAt(K, L5.firstRow + 2, impactColumn("grade"), "c");
    expectClose(engine.numAt(K, E.adjustedPresentValueRow, 1), 10450);
    engine.setAt(K, L5.firstRow, impactColumn("grade"), "E");
    // 1 000 now as D: 600 instead of 1 000
    expectClose(engine.numAt(K, E.adjustedPresentValueRow, 1), 10050);
    expect(at(engine, L5.firstRow, CHECK)).toMatch(/^The evidence grade is not one of the grades/);
  });

  it("says so when the grade table has lost a grade, instead of an error value", () => {
    const engine = graded(5000);
    engine.setAt("lists", LIST_HEADER_ROW + 2, GRADE_LIST_COLUMN, "X");
    expect(at(engine, E.adjustedPresentValueRow)).toBe("Check the grade table on the Lists sheet");
    expect([at(engine, E.adjustedRatioRow), at(engine, E.adjustedRatioRow, E.netSroiColumn + 1)]).toEqual(["", ""]);
  });

  it("gives no ratio and no Net SROI without an investment, and no C/D share of a net harm", () => {
    const engine = graded(0);
    expect(at(engine, E.adjustedRatioRow)).toBe("No ratio: the investment is zero");
    expect([at(engine, L5.ratioRow, E.netSroiColumn + 1), at(engine, E.adjustedRatioRow, E.netSroiColumn + 1)]).toEqual(["", ""]);
    typeRow(engine, 5, -20000, "A");
    expect(at(engine, E.weakShareRow)).toBe("");
    // A harm is cut alike: 10 450 − 20 000 = −9 550
    expectClose(engine.numAt(K, E.adjustedPresentValueRow, 1), -9550);
  });

  it("leaves a blank map's figures at 0 or blank, without errors", () => {
    const engine = blankMap(100, "sv");
    expect(engine.numAt(K, E.adjustedPresentValueRow, 1)).toBe(0);
    expect(engine.numAt(K, E.adjustedRatioRow, 1)).toBe(0);
    expect(at(engine, E.weakShareRow)).toBe("");
    for (let i = 0; i < OVERCLAIM_WARNINGS.length; i++) expect(engine.numAt(K, E.firstWarningRow + i, E.warningCountColumn)).toBe(0);
    expect(engine.errors()).toEqual([]);
  });
});

type RowValues = Record<string, string | number | undefined>;

function rowsOf(sheet: SheetSpec): RowValues[] {
  const rows: RowValues[] = [];
  for (let r = L5.firstRow; r <= L5.lastRow; r++) {
    const values: RowValues = {};
    IMPACT_INPUTS.forEach((c, i) => (values[c.id] = sheet.grid[r][i]?.value as string | number | undefined));
    if (values.quantity !== undefined) rows.push(values);
  }
  return rows;
}

const warningsOfValues = (v: RowValues) => {
  const row = parseImpactRow(v as unknown as ImpactRowInput);
  return overclaimWarnings({
    ...row,
    grade: row.grade ?? null,
    sources: SOURCE_COLUMNS.map((id) => v[id]),
    proxyYear: row.proxyYear ?? null,
  });
};

describe.each(["en", "sv"] as const)("the example map after optimism bias (%s)", (language) => {
  const sheets = planSheets(["impactMap"], opts(5, true, language), []);
  const engine = new SheetEngine(sheets);
  const rows = rowsOf(sheets[0]);
  const baseYear = sheets[0].grid[L5.baseYearRow][1]?.value as number;
  const rate = sheets[0].grid[L5.rateRow][1]?.value as number;
  const core = evaluateImpactMap(
    rows.map((v) => parseImpactRow(v as unknown as ImpactRowInput)),
    new Dec(rate),
    [new Dec(IMPACT_EXAMPLE_INVESTMENT)],
    { baseYear },
  );
  const summary = evidenceSummary(
    core.rows.map((r) => ({ presentValue: r.presentValue, grade: r.row.grade ?? null })),
    core.investmentPresentValue,
  );

  it("computes the adjusted present value, ratio, Net SROI and C/D share as the core does", () => {
    expectClose(engine.numAt(K, E.adjustedPresentValueRow, 1), summary.adjustedPresentValue.toNumber());
    expectClose(engine.numAt(K, E.adjustedRatioRow, 1), (summary.adjustedRatio as Dec).toNumber());
    expectClose(engine.numAt(K, L5.ratioRow, E.netSroiColumn + 1), (summary.netSroi as Dec).toNumber());
    expectClose(engine.numAt(K, E.adjustedRatioRow, E.netSroiColumn + 1), (summary.adjustedNetSroi as Dec).toNumber());
    expectClose(engine.numAt(K, E.weakShareRow, 1), (summary.weakShare as Dec).toNumber());
  });

  it("counts the rows carrying each warning as the core does, and shows them in the rows' checks", () => {
    const counts = countWarnings(rows.map(warningsOfValues));
    OVERCLAIM_WARNINGS.forEach((w, i) => {
      expect(engine.getAt(K, E.firstWarningRow + i, E.warningCountColumn + 1)).toBe(WARNING_TEXTS[w][language]);
      expect(engine.numAt(K, E.firstWarningRow + i, E.warningCountColumn)).toBe(counts[w]);
    });
    rows.forEach((v, i) => {
      const expected = warningsOfValues(v).map((w) => WARNING_TEXTS[w][language]);
      const check = at(engine, L5.firstRow + i, CHECK) as string;
      expect(check).toBe(expected.length === 0 ? "" : `${language === "en" ? "Warning" : "Varning"}: ${expected.join("; ")}`);
    });
  });

  it("evaluates without errors", () => {
    expect(engine.errors()).toEqual([]);
  });
});

describe("every over-claim rule in the row's check, against overclaimWarnings", () => {
  const engine = blankMap(1000);
  const r = L5.firstRow;
  const blankish = fc.constantFrom<string | number>("", "Källa", " ");
  const row = fc.record({
    deadweight: fc.constantFrom(0, 0.2),
    attribution: fc.constantFrom(0, 0.1),
    dropOff: fc.constantFrom<string | number>("", 0, 0.25),
    years: fc.constantFrom<string | number>("", 1, 2, 5, 6, 8),
    grade: fc.constantFrom("", "A", "b", "C", "D"),
    proxyYear: fc.constantFrom<string | number>("", 2023, 2021),
    sources: fc.array(blankish, { minLength: SOURCE_COLUMNS.length, maxLength: SOURCE_COLUMNS.length }),
  });

  it("shows exactly the core's warnings, in order, after the error of a period longer than the columns", () => {
    fc.assert(
      fc.property(row, (v) => {
        const { sources, ...figures } = v;
        const values: RowValues = { quantity: 10, outcomeRate: 0.5, displacement: 0, proxy: 1000, ...figures };
        SOURCE_COLUMNS.forEach((id, k) => (values[id] = sources[k]));
        engine.batch(() => {
          for (const [id, value] of Object.entries(values))
            engine.setAt(K, r, impactColumn(id), value === "" || value === undefined ? null : value);
        });
        const texts = warningsOfValues(values).map((w) => WARNING_TEXTS[w].en);
        const warnings = texts.length === 0 ? "" : `Warning: ${texts.join("; ")}`;
        const tooLong = typeof v.years === "number" && v.years > 5 ? "Benefit period longer than the 5 year columns" : "";
        const expected = [tooLong, warnings].filter((t) => t !== "").join(". ");
        expect(at(engine, r, CHECK)).toBe(expected);
        OVERCLAIM_WARNINGS.forEach((w, i) =>
          expect(engine.numAt(K, E.firstWarningRow + i, E.warningCountColumn)).toBe(texts.includes(WARNING_TEXTS[w].en) ? 1 : 0),
        );
      }),
      { numRuns: 60 },
    );
  });
});
