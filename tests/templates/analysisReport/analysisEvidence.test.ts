import { DEFAULT_GRADES, Dec, GradeTable, parseImpactRow } from "../../../src/core";
import { AnalysisSettings, analyse, withGradeTable } from "../../../src/core/analysis";
import { buildAnalysisReport } from "../../../src/templates/analysisReport/report";
import type { ImpactMapRead } from "../../../src/templates/impactMap/read/impactRead";
import type { SheetSpec } from "../../../src/templates/kit/model";

/**
 * The analysis sheet's evidence figures: the ratio after optimism bias beside the base ratio, and
 * where each spread came from. Hand-worked map, discount rate 0, every row one year, no drop-off,
 * outcome rate 100 %, no deadweight, attribution or displacement, proxy 100:
 *   A  10 people → PV 1 000, haircut 0 %  → 1 000
 *   B  10 people → PV 1 000, haircut 10 % →   900
 *   C   4 people → PV   400, haircut 25 % →   300
 *   –   2 people → PV   200, no grade = D, haircut 40 % → 120
 * Total 2 600, after optimism bias 2 320; investment 1 000 → ratio 2.6, after optimism bias 2.32,
 * Net SROI 1.6; on C or D: (400 + 200) / 2 600 = 3 / 13; one row without a grade.
 */

const d = (v: number | string): Dec => new Dec(v);
const ROWS: [number, string][] = [
  [10, "A"],
  [10, "B"],
  [4, "C"],
  [2, ""],
];
const MAP: ImpactMapRead = {
  sheet: "Impact map",
  table: "SroiImpactMap",
  rows: ROWS.map(([quantity, grade], i) => ({
    sheetRow: 5 + i,
    outcome: `Outcome ${i + 1}`,
    row: parseImpactRow({
      quantity,
      outcomeRate: 1,
      deadweight: 0,
      attribution: 0,
      displacement: 0,
      proxy: 100,
      years: 1,
      dropOff: 0,
      grade,
    }),
    warnings: [],
  })),
  skipped: [],
  capped: [],
  rate: d(0),
  investment: [d(1000)],
  yearColumns: null,
  startYear: null,
  investmentFormat: null,
  baseYear: null,
  grades: DEFAULT_GRADES,
};

/** The Analysis tab's default settings, with the user's own low and high on the proxy (−5 % / +15 %). */
const SETTINGS: AnalysisSettings = {
  step: { kind: "relative", size: d("0.1") },
  steps: {},
  monteCarlo: { runs: 100, seed: 1, distribution: "triangular", bins: 10, spreads: { proxy: { down: d("0.05"), up: d("0.15") } } },
  ranges: { spreads: { proxy: { down: d("0.05"), up: d("0.15") } }, fromGrades: true, tornado: true },
};

function sheetOf(language: "en" | "sv", settings = SETTINGS, grades: GradeTable = DEFAULT_GRADES): SheetSpec {
  const map = { ...MAP, grades };
  const resolved = withGradeTable(settings, grades);
  const result = analyse(
    map.rows.map((r) => r.row),
    map.rate,
    map.investment,
    resolved,
  );
  return buildAnalysisReport({
    language,
    sheetName: "Analysis",
    currency: "kr",
    map,
    settings: resolved,
    result,
    readAt: "2026-12-06 03:00",
  }).sheet;
}

/** Column A, B and C of the first row whose column A reads `label`. */
function line(spec: SheetSpec, label: string): [unknown, unknown, unknown] {
  const row = spec.grid.find((r) => r[0]?.value === label);
  if (row === undefined) throw new Error(`no row labelled ${label}`);
  return [row[0]?.value, row[1]?.value, row[2]?.value];
}

describe("the analysis sheet's figures after optimism bias", () => {
  const en = sheetOf("en");

  it("shows the ratio after optimism bias and Net SROI beside the base ratio", () => {
    const labels = en.grid.map((r) => r[0]?.value);
    const ratio = labels.indexOf("SROI ratio");
    expect(labels.slice(ratio, ratio + 3)).toEqual(["SROI ratio", "SROI ratio after optimism bias", "Net SROI (ratio − 1)"]);
    expect(line(en, "SROI ratio")[1]).toBe(2.6);
    expect(line(en, "SROI ratio after optimism bias")[1]).toBe(2.32);
    expect(line(en, "Net SROI (ratio − 1)")[1]).toBe(1.6);
    expect(line(en, "Total present value")[1]).toBe(2600);
    expect(line(en, "Present value after optimism bias")[1]).toBe(2320);
    expect(line(en, "Share of value on grade C or D evidence")[1]).toBeCloseTo(3 / 13, 12);
    expect(line(en, "Rows without an evidence grade (counted as D)")[1]).toBe(1);
  });

  it("uses the workbook's haircuts", () => {
    // C's haircut 50 % instead of 25 %: 1 000 + 900 + 200 + 120 = 2 220 → ratio 2.22
    const table = { ...DEFAULT_GRADES, C: { haircut: d("0.5"), spread: d("0.35") } };
    expect(line(sheetOf("en", SETTINGS, table), "SROI ratio after optimism bias")[1]).toBe(2.22);
  });

  it("says so in Swedish", () => {
    const sv = sheetOf("sv");
    expect(line(sv, "SROI-kvot efter avdrag för optimism")[1]).toBe(2.32);
    expect(line(sv, "Netto-SROI (kvot − 1)")[1]).toBe(1.6);
  });
});

describe("the analysis sheet records where each spread came from", () => {
  const en = sheetOf("en");

  it("says the tornado moved to the same low and high as the Monte Carlo", () => {
    expect(line(en, "Tornado moves each assumption").slice(1, 2)).toEqual(["to its low and high"]);
  });

  it("lists each grade the rows count as with its spread, rows and haircut", () => {
    expect(line(en, "Spread of evidence grade A")).toEqual([
      "Spread of evidence grade A",
      0.1,
      "± around each value of its 1 row(s); optimism-bias haircut 0.0%",
    ]);
    expect(line(en, "Spread of evidence grade B").slice(1)).toEqual([
      0.2,
      "± around each value of its 1 row(s); optimism-bias haircut 10.0%",
    ]);
    expect(line(en, "Spread of evidence grade C").slice(1)).toEqual([
      0.35,
      "± around each value of its 1 row(s); optimism-bias haircut 25.0%",
    ]);
    expect(line(en, "Spread of evidence grade D").slice(1)).toEqual([
      0.5,
      "± around each value of its 1 row(s), 1 of them without a grade (counted as D); optimism-bias haircut 40.0%",
    ]);
  });

  it("says per assumption whether its spread came from the grades or from the user", () => {
    expect(line(en, "Spread: Quantity").slice(1, 2)).toEqual(["each row's evidence grade"]);
    expect(line(en, "Spread: Benefit period (years)").slice(1, 2)).toEqual(["each row's evidence grade"]);
    expect(line(en, "Low: Financial proxy").slice(1)).toEqual([-0.05, "your own, for every row; likely = each row's value"]);
    expect(line(en, "High: Financial proxy").slice(1)).toEqual([0.15, "your own, for every row; likely = each row's value"]);
    expect(en.grid.some((r) => r[0]?.value === "Spread: Financial proxy")).toBe(false);
    // the discount rate has no grade and no spread of its own: fixed, not listed
    expect(en.grid.some((r) => String(r[0]?.value).endsWith(": Discount rate") && r[0]?.value !== "Tornado step: Discount rate")).toBe(
      false,
    );
  });

  it("shows the tornado's bars as moved to low – high, the discount rate by its step", () => {
    const labels = en.grid.map((r) => r[0]?.value);
    const rate = en.grid[labels.indexOf("Discount rate", labels.indexOf("Sensitivity: one assumption at a time (tornado)"))];
    expect([rate[1]?.value, rate[2]?.value]).toEqual(["relative", 0.1]);
    const proxy = en.grid[labels.indexOf("Financial proxy", labels.indexOf("Sensitivity: one assumption at a time (tornado)"))];
    // proxy 95 … 115 in every row: ratio 2.6 × 0.95 = 2.47 and 2.6 × 1.15 = 2.99
    expect([proxy[1]?.value, proxy[2]?.value, proxy[3]?.value, proxy[4]?.value]).toEqual(["low – high", undefined, 2.47, 2.99]);
  });

  it("records the Swedish sheet in Swedish", () => {
    const sv = sheetOf("sv");
    expect(line(sv, "Spridning för evidensgrad C").slice(1)).toEqual([
      0.35,
      "± kring varje värde på dess 1 rad(er); avdrag för optimism 25,0 %",
    ]);
    expect(line(sv, "Spridning: Antal").slice(1, 2)).toEqual(["varje rads evidensgrad"]);
  });
});
