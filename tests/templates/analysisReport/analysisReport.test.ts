import { Dec } from "../../../src/core";
import { parseImpactRow } from "../../../src/core";
import { AnalysisSettings, analyse, solveBreakEven } from "../../../src/core/analysis";
import { ReportCursor } from "../../../src/templates/analysisReport/reportCursor";
import { breakEvenMeaning } from "../../../src/templates/analysisReport/reportSensitivity";
import { parseRange } from "../../../src/templates/kit/a1";
import { printedSize } from "../../../src/templates/kit/printScale";
import { sheetCheck, gridValues, checkCode } from "../../../src/templates/analysisReport/checkCode";
import { buildAnalysisReport, AnalysisReportInput } from "../../../src/templates/analysisReport/report";
import { ImpactMapRead, readImpactMap } from "../../../src/templates/impactMap/read/impactRead";
import type { ReportSheet } from "../../../src/templates/kit/chartModel";
import type { SheetSpec } from "../../../src/templates/kit/model";
import { impactMapFixture } from "../impactMap/impactCells";

/** The analysis sheet as data: its blocks, its charts' series, its inputs and its check code. */

const d = (v: number | string): Dec => new Dec(v);
const SETTINGS: AnalysisSettings = {
  step: { kind: "relative", size: d("0.1") },
  steps: { deadweight: { kind: "absolute", size: d("0.05") } },
  monteCarlo: {
    runs: 400,
    seed: 20261201,
    distribution: "triangular",
    bins: 12,
    spreads: { proxy: { down: d("0.2"), up: d("0.3") }, outcome_rate: d("0.1") },
  },
};

function exampleMap(language: "sv" | "en"): ImpactMapRead {
  const result = readImpactMap(impactMapFixture({ language, years: 5, startYear: 2026, currency: "kr", example: true }).cells);
  if (!result.ok) throw new Error("the example map did not read");
  return result.map;
}

function report(map: ImpactMapRead, language: "sv" | "en", settings = SETTINGS): { input: AnalysisReportInput; sheet: ReportSheet } {
  const result = analyse(
    map.rows.map((r) => r.row),
    map.rate,
    map.investment,
    settings,
  );
  const input: AnalysisReportInput = {
    language,
    sheetName: language === "sv" ? "Analys" : "Analysis",
    currency: "kr",
    map,
    settings,
    result,
    readAt: "2026-12-01 09:30",
  };
  return { input, sheet: buildAnalysisReport(input) };
}

/** The values of one column range of the sheet ("F12:F20"), blank as null. */
function column(spec: SheetSpec, address: string): (string | number | boolean | null)[] {
  const b = parseRange(address);
  return Array.from({ length: b.bottom - b.top + 1 }, (_, i) => spec.grid[b.top + i]?.[b.left]?.value ?? null);
}

/** The row index whose column A reads `label`. */
function rowOf(spec: SheetSpec, label: string): number {
  const row = spec.grid.findIndex((r) => r[0]?.value === label);
  if (row < 0) throw new Error(`no row labelled ${label}`);
  return row;
}

describe("buildAnalysisReport", () => {
  const map = exampleMap("sv");
  const { input, sheet } = report(map, "sv");
  const spec = sheet.sheet;
  const chart = (name: string) => sheet.charts.find((c) => c.name === name)!;

  it("records the base result the impact map shows", () => {
    const r = rowOf(spec, "Totalt nuvärde");
    expect(spec.grid[r][1]?.value).toBe(input.result.base.totalPresentValue.toNumber());
    expect(spec.grid[rowOf(spec, "SROI-kvot")][1]?.value).toBe(input.result.base.ratio!.toNumber());
    expect(spec.grid[rowOf(spec, "Värderade rader")][1]?.value).toBe(6);
  });

  it("draws the tornado from the change in the ratio at each end, widest first, top down", () => {
    const tornado = chart("SroiChartTornado");
    expect(tornado.kind).toBe("bar");
    expect(tornado.series.map((s) => s.name)).toEqual(["Ned", "Upp"]);
    const base = input.result.tornado.base.ratio!;
    const bars = input.result.tornado.bars;
    expect(column(spec, tornado.series[0].values)).toEqual(bars.map((b) => b.down.ratio!.minus(base).toNumber()));
    expect(column(spec, tornado.series[1].values)).toEqual(bars.map((b) => b.up.ratio!.minus(base).toNumber()));
    // the categories name the assumptions in the bars' order, by the impact map's Swedish headers
    const names: Record<string, string> = {
      quantity: "Antal",
      outcome_rate: "Utfallsandel",
      deadweight: "Dödvikt",
      attribution: "Tillskrivning",
      displacement: "Undanträngning",
      proxy: "Finansiell proxy",
      years: "Nyttoperiod (år)",
      drop_off: "Avtrappning per år",
      discount_rate: "Diskonteringsränta",
    };
    expect(column(spec, tornado.series[0].categories)).toEqual(bars.map((b) => names[b.assumption]));
    expect(tornado.series[1].categories).toBe(tornado.series[0].categories);
    expect([tornado.overlap, tornado.reverseCategories]).toEqual([100, true]);
  });

  it("draws the histogram of the ratio over every run", () => {
    const histogram = chart("SroiChartHistogram");
    const counts = column(spec, histogram.series[0].values) as number[];
    expect(counts).toHaveLength(12);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(400);
    expect(
      column(spec, histogram.series[0].categories).every((label) => typeof label === "string" && /^\d+,\d\d–\d+,\d\d$/.test(label)),
    ).toBe(true);
  });

  it("draws the value by stakeholder and by payer, each adding up to the total present value", () => {
    for (const name of ["SroiChartStakeholders", "SroiChartPayers"]) {
      const values = column(spec, chart(name).series[0].values) as number[];
      expect(values.reduce((a, b) => a + b, 0)).toBeCloseTo(input.result.base.totalPresentValue.toNumber(), 6);
    }
    expect(column(spec, chart("SroiChartStakeholders").series[0].categories)).toEqual([
      "Deltagare",
      "Socialtjänsten",
      "Hälso- och sjukvården",
      "Försäkringskassan",
      "Miljön",
    ]);
  });

  it("draws the value created against the investment with the payback point on both", () => {
    const payback = chart("SroiChartPayback");
    expect(payback.kind).toBe("scatterLines");
    const years = column(spec, payback.series[0].categories) as number[];
    const values = column(spec, payback.series[0].values) as number[];
    const marker = column(spec, payback.series[2].values);
    const at = marker.findIndex((v) => v !== null);
    const months = input.result.base.paybackMonths!.toNumber();
    expect(years[at]).toBeCloseTo(months / 12, 12);
    expect(values[at]).toBe(1500000);
    expect(marker.filter((v) => v !== null)).toEqual([1500000]);
    expect(years.filter((y) => Number.isInteger(y))).toEqual([0, 1, 2, 3, 4, 5]);
    expect([...years].sort((a, b) => a - b)).toEqual(years);
  });

  it("places the five charts right of the tables, none over another", () => {
    const boxes = sheet.charts.map((c) => ({ from: parseRange(c.from), to: parseRange(c.to) }));
    expect(boxes).toHaveLength(5);
    for (const b of boxes) expect(b.from.left).toBeGreaterThan(9);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i].from.top).toBeGreaterThan(boxes[i - 1].to.bottom);
  });

  it("records every input in the SroiAnalysisInputs table, so the analysis can be repeated", () => {
    const table = spec.tables.find((t) => t.name === "SroiAnalysisInputs")!;
    const b = parseRange(table.range);
    const labels = Array.from({ length: b.bottom - b.top }, (_, i) => spec.grid[b.top + 1 + i][0]?.value);
    expect(labels).toEqual([
      "Effektkartans blad",
      "Effektkartans tabell",
      "Läst",
      "Diskonteringsränta",
      "Investering (betalas i början)",
      "Rader som användes",
      "Rader som inte användes",
      "Tornadosteg, alla antaganden",
      "Tornadosteg: Dödvikt",
      "Monte Carlo-körningar",
      "Frö",
      "Fördelning",
      "Intervall i histogrammet",
      "Lågt: Utfallsandel",
      "Högt: Utfallsandel",
      "Lågt: Finansiell proxy",
      "Högt: Finansiell proxy",
      "Kontrollkod",
    ]);
    const value = (label: string) => spec.grid[rowOf(spec, label)][1]?.value;
    expect([value("Frö"), value("Monte Carlo-körningar"), value("Lågt: Finansiell proxy"), value("Högt: Finansiell proxy")]).toEqual([
      20261201, 400, -0.2, 0.3,
    ]);
  });

  it("copies the rows used, with their sheet rows", () => {
    const r = rowOf(spec, "Rader i effektkartan som användes");
    expect(spec.grid.slice(r + 2, r + 8).map((row) => row[0]?.value)).toEqual([6, 7, 8, 9, 10, 11]);
  });

  it("carries a check code that matches its values and no longer matches after any change", () => {
    const values = gridValues(spec.grid);
    expect(sheetCheck(values)).toBe("unchanged");
    const r = rowOf(spec, "Totalt nuvärde");
    const edited = values.map((row) => [...row]);
    edited[r][1] = 1;
    expect(sheetCheck(edited)).toBe("changed");
    const noted = values.map((row) => [...row]);
    noted[r][9] = "my note";
    expect(sheetCheck(noted)).toBe("changed");
    expect(sheetCheck([["Something else"]])).toBe("unmarked");
    // numbers compare to 12 significant digits, as Excel may return a double's last bits differently
    const wobble = values.map((row) => row.map((v) => (typeof v === "number" ? v * (1 + 1e-15) : v)));
    expect(sheetCheck(wobble)).toBe("unchanged");
    expect(checkCode([["a", 1]], { row: 5, column: 5 })).toBe(checkCode([["a", 1, ""], [""]], { row: 5, column: 5 }));
  });

  it("writes every text in the chosen language, with no placeholder or NaN left", () => {
    for (const language of ["sv", "en"] as const) {
      const texts = report(exampleMap(language), language)
        .sheet.sheet.grid.flatMap((row) => row.map((c) => c?.value))
        .filter((v): v is string => typeof v === "string");
      for (const text of texts) expect(text).not.toMatch(/\{\w+\}|undefined|NaN|\[object/);
    }
  });

  it("says when the uncertainty analysis was not run", () => {
    const { sheet: without } = report(map, "en", { ...SETTINGS, monteCarlo: null });
    expect(without.charts.map((c) => c.name)).not.toContain("SroiChartHistogram");
    expect(
      without.sheet.grid.some(
        (row) => row[0]?.value === "Not run: the uncertainty analysis (Monte Carlo) was switched off for this analysis.",
      ),
    ).toBe(true);
  });
});

describe("break-even sentences (one row: the seed outcome of 574 560 against 500 000)", () => {
  // 80 × 0.7 × 0.8 × 0.95 × 0.9 × 15 000 = 574 560 (seed 000); ratio 1 at proxy 15 000 × 500 000 / 574 560 = 13 053.47,
  // at deadweight 1 − 500 000 / 718 200 = 0.30381 (718 200 = the value without deadweight)
  const map = exampleMap("sv");
  const one: ImpactMapRead = { ...map, rows: [map.rows[0]], skipped: [], rate: d(0), investment: [d(500000)] };
  const { sheet } = report(one, "sv", { ...SETTINGS, monteCarlo: null });
  const heading = sheet.sheet.grid.findIndex((row) => row[0]?.value === "Brytpunkt: där SROI-kvoten är exakt 1");
  const meaning = (label: string) => sheet.sheet.grid.slice(heading).find((row) => row[0]?.value === label)?.[4]?.value;

  it("gives the proxy and the deadweight at ratio 1, as values of the one row", () => {
    expect(meaning("Finansiell proxy")).toBe("Kvot 1 vid 13 053 kr (grund 15 000 kr)");
    expect(meaning("Dödvikt")).toBe("Kvot 1 vid 30,4 % (grund 20,0 %)");
  });

  it("gives the first whole benefit period and the discount rate at ratio 1", () => {
    // a benefit period of 1 year already pays back; the discount rate moves in [−0.99, 0.99]
    expect(meaning("Nyttoperiod (år)")).toBe("Kvot 1 eller mer från 1 år (grund 1)");
    expect(String(meaning("Diskonteringsränta"))).toMatch(/^Kvot 1 vid 14,9 % \(grund 0,0 %\)$/);
  });
});

describe("break-even sentences for years on several rows", () => {
  const yearly = (years: number, proxy: number, dropOff = 0) =>
    parseImpactRow({ quantity: 10, outcomeRate: 1, deadweight: 0, attribution: 0, displacement: 0, proxy, years, dropOff });
  const sentence = (rows: ReturnType<typeof yearly>[], investment: number, language: "sv" | "en"): string =>
    breakEvenMeaning(new ReportCursor("Analysis", language, "kr"), solveBreakEven(rows, d(0), [d(investment)], "years"), d(0));

  it("says where a lasting harm pulls the ratio below 1", () => {
    // 10 000 fading by 90 % a year against a harm of 1 500 a year and 5 000 invested: ratio 1.022 at +3, 0.7222 at +4
    const rows = [yearly(1, 1000, 0.9), yearly(1, -150)];
    expect(sentence(rows, 5000, "en")).toBe("Ratio below 1 with 4 year(s) more on every row");
    expect(sentence(rows, 5000, "sv")).toBe("Kvot under 1 med 4 år mer på varje rad");
  });

  it("says how many years fewer still reach 1, and when every shift does", () => {
    const rows = [yearly(3, 1000), yearly(5, 1000)];
    expect(sentence(rows, 50000, "en")).toBe("Ratio 1 or more with 1 year(s) fewer on every row");
    expect(sentence(rows, 10000, "en")).toBe("Ratio 1 or more at every shift searched (-2 to 95 year(s) on every row)");
    expect(sentence(rows, 10000, "sv")).toBe("Kvot 1 eller mer vid varje förskjutning som prövats (-2 till 95 år på varje rad)");
  });
});

describe("the analysis sheet prints", () => {
  it.each(["sv", "en"] as const)("%s: A4 landscape, one page wide, the title row repeated, charts inside, readable", (language) => {
    const { sheet } = report(exampleMap(language), language);
    const print = sheet.sheet.print!;
    expect(print).toEqual(
      expect.objectContaining({
        paper: "A4",
        orientation: "landscape",
        fitToWidth: 1,
        titleRows: "1:1",
        footer: language === "sv" ? "&A, sida &P av &N" : "&A, page &P of &N",
      }),
    );
    expect(print.fitToHeight).toBeUndefined();
    const area = parseRange(print.area);
    expect([area.top, area.left]).toEqual([0, 0]);
    expect(area.bottom).toBe(sheet.sheet.grid.length - 1);
    for (const chart of sheet.charts) expect(parseRange(`${chart.from}:${chart.to}`).right).toBeLessThanOrEqual(area.right);
    // Columns A–J and the charts in L–S: about 1 383 pt on 784 pt of landscape page, 57 %.
    expect(printedSize({ ...sheet.sheet, charts: sheet.charts }, print).scale).toBeGreaterThanOrEqual(0.5);
  });
});
