import { AnalysisSettings, analyse, analysisUncertainty, uncertainEstimates } from "../../src/core/analysis";
import { Dec } from "../../src/core/decimal";
import { DEFAULT_GRADES, GradeTable } from "../../src/core/evidence";
import { ImpactRow, parseImpactRow } from "../../src/core/impactMap";
import { AnalysisForm, initialAnalysisForm, readAnalysisForm, withSpread } from "../../src/taskpane/analysisForm";
import type { Sources } from "../../src/workbook/ports";

/**
 * The Analysis tab's default low and high per evidence grade, from the form as it opens to the
 * estimates the tornado and the Monte Carlo use. Every figure is worked out by hand below from
 * the product's grade table (spreads A ±10 %, B ±20 %, C ±35 %, D ±50 %; ungraded counts as D):
 * low = value × (1 − spread), high = value × (1 + spread), shares kept in [0, 1], years rounded
 * outward to whole years (floor the low, ceiling the high).
 */

const SOURCES: Sources = { impactMaps: [{ table: "SroiImpactMap", sheet: "Impact map" }], beforeAfter: [], analyses: [] };

/** quantity 100, outcome rate 60 %, deadweight 30 %, attribution 20 %, displacement 10 %, proxy 2 000, 3 years, drop-off 20 %. */
const VALUES = {
  quantity: 100,
  outcomeRate: 0.6,
  deadweight: 0.3,
  attribution: 0.2,
  displacement: 0.1,
  proxy: 2000,
  years: 3,
  dropOff: 0.2,
};
const graded = (grade: string): ImpactRow => parseImpactRow({ ...VALUES, grade });
const RATE = new Dec("0.035");

function settingsOf(form: AnalysisForm): AnalysisSettings {
  const reading = readAnalysisForm(form, SOURCES, "en");
  if (!reading.ok) throw new Error(JSON.stringify(reading.problems));
  return reading.request.settings;
}

/** Low and high of every row assumption as strings: [low, high]. */
function ends(rows: readonly ImpactRow[], settings: AnalysisSettings, table?: GradeTable) {
  const s = table === undefined ? settings : { ...settings, ranges: { ...settings.ranges!, table } };
  const estimates = uncertainEstimates(rows, RATE, analysisUncertainty(rows, s));
  return {
    rows: estimates.rows.map((row) =>
      Object.fromEntries(Object.entries(row).map(([a, e]) => [a, [e!.low.toString(), e!.high.toString()]])),
    ),
    rate: estimates.discountRate && [estimates.discountRate.low.toString(), estimates.discountRate.high.toString()],
  };
}

const form = initialAnalysisForm(7);

describe("default low and high per evidence grade (the form as it opens)", () => {
  it.each([
    // grade, quantity, outcome rate, deadweight, attribution, displacement, proxy, years, drop-off
    [
      "A",
      ["90", "110"],
      ["0.54", "0.66"],
      ["0.27", "0.33"],
      ["0.18", "0.22"],
      ["0.09", "0.11"],
      ["1800", "2200"],
      ["2", "4"],
      ["0.18", "0.22"],
    ],
    [
      "B",
      ["80", "120"],
      ["0.48", "0.72"],
      ["0.24", "0.36"],
      ["0.16", "0.24"],
      ["0.08", "0.12"],
      ["1600", "2400"],
      ["2", "4"],
      ["0.16", "0.24"],
    ],
    // C: years 3 × 0.65 = 1.95 → 1, 3 × 1.35 = 4.05 → 5
    [
      "C",
      ["65", "135"],
      ["0.39", "0.81"],
      ["0.195", "0.405"],
      ["0.13", "0.27"],
      ["0.065", "0.135"],
      ["1300", "2700"],
      ["1", "5"],
      ["0.13", "0.27"],
    ],
    // D: years 1.5 → 1, 4.5 → 5
    ["D", ["50", "150"], ["0.3", "0.9"], ["0.15", "0.45"], ["0.1", "0.3"], ["0.05", "0.15"], ["1000", "3000"], ["1", "5"], ["0.1", "0.3"]],
    // no grade: counted as D
    ["", ["50", "150"], ["0.3", "0.9"], ["0.15", "0.45"], ["0.1", "0.3"], ["0.05", "0.15"], ["1000", "3000"], ["1", "5"], ["0.1", "0.3"]],
  ])("grade %j", (grade, quantity, outcome_rate, deadweight, attribution, displacement, proxy, years, drop_off) => {
    expect(ends([graded(grade)], settingsOf(form))).toEqual({
      rows: [{ quantity, outcome_rate, deadweight, attribution, displacement, proxy, years, drop_off }],
      rate: null,
    });
  });

  it("keeps shares in [0, 1] and leaves a value of 0 fixed", () => {
    // D on outcome rate 80 %: 0.4 … 1.2, held at 1; deadweight 0 and drop-off 0 do not move.
    const row = parseImpactRow({ ...VALUES, outcomeRate: 0.8, deadweight: 0, dropOff: 0, grade: "D" });
    const { rows } = ends([row], settingsOf(form));
    expect(rows[0].outcome_rate).toEqual(["0.4", "1"]);
    expect(rows[0].deadweight).toBeUndefined();
    expect(rows[0].drop_off).toBeUndefined();
  });

  it("takes the spreads of the workbook's own grade table", () => {
    const table: GradeTable = { ...DEFAULT_GRADES, B: { haircut: new Dec("0.1"), spread: new Dec("0.05") } };
    // B at ±5 %: proxy 1 900 … 2 100; years 2.85 → 2, 3.15 → 4.
    const { rows } = ends([graded("B")], settingsOf(form), table);
    expect(rows[0].proxy).toEqual(["1900", "2100"]);
    expect(rows[0].years).toEqual(["2", "4"]);
  });
});

describe("the user's own low and high", () => {
  it("replace the grade's for that assumption in every row, and only that one", () => {
    const typed = withSpread(form, "proxy", { low: "5", high: "15" });
    // proxy 2 000 × 0.95 = 1 900, × 1.15 = 2 300 whatever the grade; quantity still by grade.
    const { rows } = ends([graded("A"), graded("D")], settingsOf(typed));
    expect(rows.map((r) => r.proxy)).toEqual([
      ["1900", "2300"],
      ["1900", "2300"],
    ]);
    expect(rows.map((r) => r.quantity)).toEqual([
      ["90", "110"],
      ["50", "150"],
    ]);
  });

  it("0 and 0 keep an assumption fixed in every row", () => {
    const { rows } = ends([graded("C")], settingsOf(withSpread(form, "quantity", { low: "0", high: "0" })));
    expect(rows[0].quantity).toBeUndefined();
  });

  it("leave the discount rate fixed when blank, and move it by its own spread when typed", () => {
    expect(ends([graded("A")], settingsOf(form)).rate).toBeNull();
    // 3.5 % × 0.8 = 2.8 %, × 1.2 = 4.2 %
    expect(ends([graded("A")], settingsOf(withSpread(form, "discount_rate", { low: "20", high: "20" }))).rate).toEqual(["0.028", "0.042"]);
  });
});

describe("the tornado and the Monte Carlo use the same low and high", () => {
  const rows = [graded("A"), graded("C"), graded("")];
  const settings = settingsOf({ ...form, runs: "100" });
  const result = analyse(rows, RATE, [new Dec(100000)], settings);
  const estimates = uncertainEstimates(rows, RATE, analysisUncertainty(rows, settings));

  it("moves every row assumption to each row's low and high, and the discount rate (no grade) by the step", () => {
    for (const bar of result.tornado.bars) {
      if (bar.assumption === "discount_rate") {
        expect(bar.step).toEqual({ kind: "relative", size: new Dec("0.1") });
        expect(bar.down.values.map(String)).toEqual(["0.0315"]);
        continue;
      }
      const a = bar.assumption;
      expect(bar.step).toBeNull();
      expect(bar.down.values.map(String)).toEqual(estimates.rows.map((r) => String(r[a]!.low)));
      expect(bar.up.values.map(String)).toEqual(estimates.rows.map((r) => String(r[a]!.high)));
    }
    const proxy = result.tornado.bars.find((b) => b.assumption === "proxy")!;
    // A ±10 %, C ±35 %, ungraded as D ±50 %
    expect(proxy.down.values.map(String)).toEqual(["1800", "1300", "1000"]);
    expect(proxy.up.values.map(String)).toEqual(["2200", "2700", "3000"]);
  });

  it("draws the Monte Carlo between the very same ends", () => {
    const drawn = result.monteCarlo!.parameters.filter((p) => p.assumption === "proxy");
    expect(drawn.map((p) => [p.row, p.low, p.likely, p.high])).toEqual([
      [0, 1800, 2000, 2200],
      [1, 1300, 2000, 2700],
      [2, 1000, 2000, 3000],
    ]);
    expect(result.monteCarlo!.parameters.some((p) => p.assumption === "discount_rate")).toBe(false);
  });

  it("moves by the step again when asked to", () => {
    const stepped = analyse(rows, RATE, [new Dec(100000)], settingsOf({ ...form, monteCarlo: false, tornado: "step" }));
    const proxy = stepped.tornado.bars.find((b) => b.assumption === "proxy")!;
    expect(proxy.step).toEqual({ kind: "relative", size: new Dec("0.1") });
    expect(proxy.down.values.map(String)).toEqual(["1800", "1800", "1800"]);
  });
});
