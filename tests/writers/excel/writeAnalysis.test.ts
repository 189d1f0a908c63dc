import { Dec } from "../../../src/core";
import { AnalysisSettings, analyse } from "../../../src/core/analysis";
import { buildAnalysisReport } from "../../../src/templates/analysisReport/report";
import { readImpactMap as interpret, ImpactMapRead } from "../../../src/templates/impactMap/read/impactRead";
import { parseRange } from "../../../src/templates/kit/a1";
import type { ReportSheet } from "../../../src/templates/kit/chartModel";
import { createSheets, readImpactMap, writeAnalysis } from "../../../src/writers/excel";
import type { AnalysisWriteRequest, AnalysisWriteResult } from "../../../src/writers/excel";
import { FakeExcel, FakeExcelOptions, SheetSnapshot, snapshotSheetNamed, snapshotWorkbook } from "../../fakes";
import { hyperFormulaCalculator } from "../../fakes/fakeCalculation";
import { inFake } from "./inFake";

/** The analysis sheet written through Office.js on the fake: a new sheet, a refresh, and what is refused. */

const d = (v: number | string): Dec => new Dec(v);
const SETTINGS: AnalysisSettings = {
  step: { kind: "relative", size: d("0.1") },
  steps: {},
  monteCarlo: { runs: 300, seed: 7, distribution: "pert", bins: 10, spreads: { proxy: d("0.2"), deadweight: d("0.25") } },
};

/** A workbook with the example impact map, and the map read back from it. */
async function exampleWorkbook(options: FakeExcelOptions = {}): Promise<{ fake: FakeExcel; map: ImpactMapRead }> {
  const fake = new FakeExcel({ calculate: hyperFormulaCalculator, ...options });
  const map = await inFake(fake, async () => {
    const created = await createSheets({
      templates: ["impactMap"],
      options: { language: "sv", years: 5, startYear: 2026, currency: "kr", example: true },
    });
    if (!created.ok) throw new Error(JSON.stringify(created.problem));
    const read = await readImpactMap("SroiImpactMap");
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    const result = interpret(read.cells);
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    return result.map;
  });
  return { fake, map };
}

function request(map: ImpactMapRead, settings = SETTINGS, replace?: string): AnalysisWriteRequest & { built: ReportSheet[] } {
  const built: ReportSheet[] = [];
  const result = analyse(
    map.rows.map((r) => r.row),
    map.rate,
    map.investment,
    settings,
  );
  return {
    built,
    preferredName: "Analys",
    currency: "kr",
    ...(replace === undefined ? {} : { replace }),
    build: (sheetName) => {
      const report = buildAnalysisReport({ language: "sv", sheetName, currency: "kr", map, settings, result, readAt: "2026-12-01 10:00" });
      built.push(report);
      return report;
    },
  };
}

async function write(fake: FakeExcel, req: AnalysisWriteRequest): Promise<{ result: AnalysisWriteResult; syncs: number }> {
  const before = fake.syncs;
  const result = await inFake(fake, () => writeAnalysis(req));
  return { result, syncs: fake.syncs - before };
}

/** The values a chart series shows, read from the report the writer was given. */
function reportColumn(report: ReportSheet, address: string): (string | number | null)[] {
  const b = parseRange(address);
  return Array.from({ length: b.bottom - b.top + 1 }, (_, i) => {
    const v = report.sheet.grid[b.top + i]?.[b.left]?.value;
    return v === undefined || v === "" ? null : (v as string | number);
  });
}

function others(fake: FakeExcel, except: string): SheetSnapshot[] {
  return snapshotWorkbook(fake).sheets.filter((s) => s.name !== except);
}

describe("writeAnalysis", () => {
  it("adds the analysis as a new sheet with a free name in three syncs, leaving every other sheet as it was", async () => {
    const { fake, map } = await exampleWorkbook({ sheets: [{ name: "Analys", cells: { A1: "my own analysis" } }] });
    const before = others(fake, "Analys (2)");
    const req = request(map);
    const { result, syncs } = await write(fake, req);
    expect(result).toEqual({ ok: true, sheet: "Analys (2)", replaced: false });
    // read the names; write the sheet and read it back; write its fingerprint
    expect(syncs).toBe(3);
    expect(others(fake, "Analys (2)")).toEqual(before);
    expect(snapshotWorkbook(fake).activeSheet).toBe("Analys (2)");
    const sheet = snapshotSheetNamed(fake, "Analys (2)")!;
    expect(sheet.tables.map((t) => t.name)).toEqual(["SroiAnalysisInputs"]);
    expect(sheet.cells.A1).toEqual(expect.objectContaining({ value: "Känslighet och osäkerhet: Effektkarta" }));
  });

  it("creates the five charts with the series and data the report declares", async () => {
    const { fake, map } = await exampleWorkbook();
    const req = request(map);
    await write(fake, req);
    const report = req.built[0];
    const charts = snapshotSheetNamed(fake, "Analys")!.charts;
    expect(charts.map((c) => [c.name, c.type])).toEqual([
      ["SroiChartTornado", "BarClustered"],
      ["SroiChartHistogram", "ColumnClustered"],
      ["SroiChartStakeholders", "BarClustered"],
      ["SroiChartPayers", "BarClustered"],
      ["SroiChartPayback", "XYScatterLines"],
    ]);
    charts.forEach((chart, i) => {
      const spec = report.charts[i];
      expect(chart.title).toBe(spec.title);
      expect([chart.from, chart.to]).toEqual([spec.from, spec.to]);
      expect(chart.series.map((s) => s.name)).toEqual(spec.series.map((s) => s.name));
      chart.series.forEach((series, j) => {
        expect(series.values).toBe(spec.series[j].values);
        expect(series.xValues).toBe(spec.series[j].categories);
        expect(series.valueData).toEqual(reportColumn(report, spec.series[j].values));
        expect(series.xData).toEqual(reportColumn(report, spec.series[j].categories));
      });
    });
    expect(charts[0].series.map((s) => s.overlap)).toEqual([100, 100]);
    expect(charts[0].reversePlotOrder).toBe(true);
  });

  it("sets the sheet up for print as the templates: A4, one page wide, title row, footer, charts inside the print area", async () => {
    const { fake, map } = await exampleWorkbook();
    const req = request(map);
    await write(fake, req);
    const sheet = snapshotSheetNamed(fake, "Analys")!;
    const report = req.built[0];
    const area = parseRange(sheet.pageLayout!.printArea!);
    // Every chart and every cell lies inside the print area.
    for (const chart of report.charts) {
      const box = parseRange(`${chart.from}:${chart.to}`);
      expect(box.bottom <= area.bottom && box.right <= area.right).toBe(true);
    }
    expect(area.bottom).toBeGreaterThanOrEqual(report.sheet.grid.length - 1);
    expect(sheet.pageLayout).toEqual(
      expect.objectContaining({
        paperSize: "A4",
        orientation: "Landscape",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        printTitleRows: "1:1", // the title row, frozen: the sheet is a column of blocks
        centerFooter: "&A, sida &P av &N",
        leftMargin: 0.4 * 72,
        topMargin: 0.8 * 72,
      }),
    );
  });

  it("writes the analysis without its page setup on an Excel without ExcelApi 1.9", async () => {
    const { fake, map } = await exampleWorkbook({ apiVersion: "1.8" });
    const { result } = await write(fake, request(map));
    expect(result.ok).toBe(true);
    expect(snapshotSheetNamed(fake, "Analys")!.pageLayout).toBeUndefined();
  });

  it("refreshes the analysis sheet it made, in place and in four syncs", async () => {
    const { fake, map } = await exampleWorkbook();
    await write(fake, request(map));
    const position = snapshotSheetNamed(fake, "Analys")!.position;
    const sheetsBefore = snapshotWorkbook(fake).sheets.length;
    const { result, syncs } = await write(fake, request(map, { ...SETTINGS, monteCarlo: { ...SETTINGS.monteCarlo!, seed: 8 } }, "Analys"));
    expect(result).toEqual({ ok: true, sheet: "Analys", replaced: true });
    // read the names and the sheet's outline; its cells; write and read back; fingerprint
    expect(syncs).toBe(4);
    const sheet = snapshotSheetNamed(fake, "Analys")!;
    expect([snapshotWorkbook(fake).sheets.length, sheet.position]).toEqual([sheetsBefore, position]);
    expect(sheet.charts).toHaveLength(5);
    expect(sheet.tables.map((t) => t.name)).toEqual(["SroiAnalysisInputs"]);
    const seeds = Object.entries(sheet.cells)
      .filter(([a1, c]) => /^A\d+$/.test(a1) && c.value === "Frö")
      .map(([a1]) => sheet.cells[`B${a1.slice(1)}`]?.value);
    expect(seeds).toEqual([8, 8]);
    // and it can be refreshed again: the rewritten sheet carries a fresh check code
    expect((await write(fake, request(map, SETTINGS, "Analys"))).result.ok).toBe(true);
  });

  it.each([
    ["a value changed", (fake: FakeExcel) => fake.user.typeInto("Analys", "B6", 1)],
    ["a note added beside the tables", (fake: FakeExcel) => fake.user.typeInto("Analys", "Z3", "remember this")],
    ["the title cleared", (fake: FakeExcel) => fake.user.clear("Analys", "A1")],
  ])("refuses to refresh a sheet with %s, and writes nothing", async (_, edit) => {
    const { fake, map } = await exampleWorkbook();
    await write(fake, request(map));
    edit(fake);
    const before = snapshotWorkbook(fake);
    const { result } = await write(fake, request(map, SETTINGS, "Analys"));
    expect(result).toEqual({ ok: false, problem: { kind: "analysisChanged", sheet: "Analys" } });
    expect(snapshotWorkbook(fake)).toEqual(before);
  });

  /*
   * Issue 11: each edit below made the old check (a hash of values only) refresh the sheet and
   * lose the edit, except inserted and deleted rows, which move values and were already refused;
   * they stay here so that the fingerprint keeps refusing them. The fake has no column insertion:
   * a column inserted or deleted inside the sheet moves values and formats just as a row does.
   */
  describe("sees everything a person can add to the sheet, and leaves the sheet exactly as they left it", () => {
    const TITLE = "Känslighet och osäkerhet: Effektkarta";
    it.each([
      ['=""', "typed into an empty cell inside the sheet", (fake: FakeExcel) => fake.user.typeInto("Analys", "E4", '=""')],
      ['=IF(1>2,"x","")', "typed far to the right", (fake: FakeExcel) => fake.user.typeInto("Analys", "AZ7", '=IF(1>2,"x","")')],
      [
        "a formula",
        "showing the same text as the title it replaced",
        (fake: FakeExcel) => fake.user.typeInto("Analys", "A1", `="${TITLE}"`),
      ],
      ["a number format", "on a result", (fake: FakeExcel) => fake.user.setNumberFormat("Analys", "B6", "0.000")],
      ["a fill", "on a few cells", (fake: FakeExcel) => fake.user.setFill("Analys", "D10:E12", "#FFFF00")],
      ["a comment", "on a result", (fake: FakeExcel) => fake.user.addComment("Analys", "B6", "Check this with the board")],
      ["a note", "on a result", (fake: FakeExcel) => fake.user.addNote("Analys", "B6", "From the 2025 survey")],
      ["a row", "inserted", (fake: FakeExcel) => fake.user.insertRows("Analys", 5)],
      ["a row", "deleted", (fake: FakeExcel) => fake.user.deleteRows("Analys", 4)],
      [
        "a copy of one of its charts",
        "(which keeps the chart's name)",
        (fake: FakeExcel) => fake.user.copyChart("Analys", "SroiChartTornado"),
      ],
      ["a chart", "whose type was changed", (fake: FakeExcel) => fake.user.setChartType("Analys", "SroiChartPayers", "ColumnClustered")],
      ["a name", "scoped to the sheet", (fake: FakeExcel) => fake.user.addName("Analys", "MyResult", "=Analys!$B$6")],
    ])("refuses a refresh over %s %s", async (_what, _where, edit) => {
      const { fake, map } = await exampleWorkbook();
      await write(fake, request(map));
      expect(snapshotSheetNamed(fake, "Analys")!.cells.A1?.value).toBe(TITLE);
      edit(fake);
      const before = snapshotWorkbook(fake);
      const { result } = await write(fake, request(map, SETTINGS, "Analys"));
      expect(result).toEqual({ ok: false, problem: { kind: "analysisChanged", sheet: "Analys" } });
      expect(snapshotWorkbook(fake)).toEqual(before);
    });

    it("refuses every refresh on an Excel that cannot count notes (ExcelApi 1.17), asking Excel nothing", async () => {
      const { fake, map } = await exampleWorkbook();
      await write(fake, request(map));
      fake.apiVersion = "1.17";
      const before = snapshotWorkbook(fake);
      const { result, syncs } = await write(fake, request(map, SETTINGS, "Analys"));
      expect(result).toEqual({ ok: false, problem: { kind: "analysisChanged", sheet: "Analys", reason: "cannotCheck" } });
      expect([syncs, snapshotWorkbook(fake)]).toEqual([0, before]);
    });

    it("writes no fingerprint on an Excel that cannot read cell formats (ExcelApi 1.8), so the sheet is never refreshed in place", async () => {
      const { fake, map } = await exampleWorkbook({ apiVersion: "1.8" });
      const { result, syncs } = await write(fake, request(map));
      expect([result.ok, syncs]).toEqual([true, 2]);
      fake.apiVersion = "1.18";
      expect((await write(fake, request(map, SETTINGS, "Analys"))).result).toEqual({
        ok: false,
        problem: { kind: "analysisChanged", sheet: "Analys" },
      });
    });

    it("still refreshes a sheet the user only renamed or moved (the fingerprint holds no sheet name or place)", async () => {
      const { fake, map } = await exampleWorkbook();
      await write(fake, request(map));
      fake.user.renameSheet("Analys", "Min analys");
      fake.moveSheet(fake.findSheet("Min analys")!, 0);
      expect((await write(fake, request(map, SETTINGS, "Min analys"))).result).toEqual({ ok: true, sheet: "Min analys", replaced: true });
    });

    it("keeps the fingerprint in the check-code cell", async () => {
      const { fake, map } = await exampleWorkbook();
      await write(fake, request(map));
      const cells = snapshotSheetNamed(fake, "Analys")!.cells;
      const label = Object.keys(cells).find((a1) => /^A\d+$/.test(a1) && cells[a1].value === "Kontrollkod")!;
      expect(cells[`B${label.slice(1)}`].value).toMatch(/^v2-[0-9a-f]{16}$/);
    });
  });

  it("refuses to refresh a sheet that is not an analysis sheet, and one that is gone", async () => {
    const { fake, map } = await exampleWorkbook();
    const before = snapshotWorkbook(fake);
    expect((await write(fake, request(map, SETTINGS, "Effektkarta"))).result).toEqual({
      ok: false,
      problem: { kind: "analysisChanged", sheet: "Effektkarta" },
    });
    expect((await write(fake, request(map, SETTINGS, "Analys 9"))).result).toEqual({
      ok: false,
      problem: { kind: "sheetMissing", name: "Analys 9" },
    });
    expect(snapshotWorkbook(fake)).toEqual(before);
  });

  it("writes stakeholder, payer and outcome texts exactly as the user typed them, even those Excel would parse", async () => {
    const { fake, map } = await exampleWorkbook();
    const texts = ["1E5", "(5)", "$5", "#N/A", "1/2", "=x", "TRUE", "  12 ", "50%"];
    const renamed: ImpactMapRead = {
      ...map,
      rows: map.rows.map((r, i) => ({
        ...r,
        outcome: texts[(i + 3) % texts.length],
        row: { ...r.row, stakeholder: texts[i % texts.length], payer: texts[(i + 1) % texts.length] },
      })),
    };
    await write(fake, request(renamed));
    const cells = Object.values(snapshotSheetNamed(fake, "Analys")!.cells);
    const shown = new Set(cells.filter((c) => typeof c.value === "string" && !c.error).map((c) => c.value));
    const used = new Set(renamed.rows.flatMap((r) => [r.row.stakeholder, r.row.payer, r.outcome]));
    expect(used.size).toBeGreaterThan(3);
    for (const text of used) expect(shown).toContain(text);
    expect(cells.filter((c) => c.error || c.formula !== undefined)).toEqual([]);
  });

  it("gives the inputs table a free name when the workbook already uses it", async () => {
    const { fake, map } = await exampleWorkbook({
      sheets: [{ name: "Mitt", cells: { A1: "a", A2: 1 } }],
      tables: [{ sheet: "Mitt", range: "A1:A2", name: "SroiAnalysisInputs" }],
    });
    await write(fake, request(map));
    expect(snapshotSheetNamed(fake, "Analys")!.tables.map((t) => t.name)).toEqual(["SroiAnalysisInputs_2"]);
  });

  it("tells an Excel without ExcelApi 1.8 that it lacks charts, asking Excel nothing", async () => {
    const { fake, map } = await exampleWorkbook();
    fake.apiVersion = "1.7";
    const before = snapshotWorkbook(fake);
    const { result, syncs } = await write(fake, request(map));
    expect(result).toEqual({ ok: false, problem: { kind: "tooOld", missing: [{ feature: "charts", set: "1.8" }] } });
    expect(syncs).toBe(0);
    expect(snapshotWorkbook(fake)).toEqual(before);
  });

  it("removes the half-made sheet when writing fails, and reports Excel's problem", async () => {
    const { fake, map } = await exampleWorkbook();
    const before = snapshotWorkbook(fake);
    fake.failOperation("charts.add", "GeneralException", 3);
    const { result } = await write(fake, request(map));
    expect(result).toEqual({ ok: false, problem: { kind: "general", code: "GeneralException" } });
    expect(snapshotWorkbook(fake)).toEqual(before);
  });

  describe("a refresh that fails part-way", () => {
    async function refreshed(): Promise<{ fake: FakeExcel; map: ImpactMapRead; before: ReturnType<typeof snapshotWorkbook> }> {
      const { fake, map } = await exampleWorkbook();
      await write(fake, request(map));
      return { fake, map, before: snapshotWorkbook(fake) };
    }

    it.each(["range.clear", "range.formulas", "tables.add", "charts.add"])(
      "puts the analysis back as it was when %s fails, and can be refreshed after",
      async (api) => {
        const { fake, map, before } = await refreshed();
        fake.failOperation(api, "GeneralException", 1);
        const { result } = await write(fake, request(map, { ...SETTINGS, monteCarlo: { ...SETTINGS.monteCarlo!, seed: 8 } }, "Analys"));
        expect(result).toEqual({ ok: false, problem: { kind: "general", code: "GeneralException" } });
        // the same sheets in the same places, the old analysis with its five charts and its table under its own name
        expect(snapshotWorkbook(fake)).toEqual(before);
        expect((await write(fake, request(map, SETTINGS, "Analys"))).result).toEqual({ ok: true, sheet: "Analys", replaced: true });
      },
    );

    it("keeps the sheet as it is when the copy itself cannot be made", async () => {
      const { fake, map, before } = await refreshed();
      const id = fake.sheets.find((s) => s.name === "Analys")!.id;
      fake.failOperation("worksheet.copy", "GeneralException", 1);
      expect((await write(fake, request(map, SETTINGS, "Analys"))).result).toEqual({
        ok: false,
        problem: { kind: "general", code: "GeneralException" },
      });
      expect(snapshotWorkbook(fake)).toEqual(before);
      expect(fake.sheets.find((s) => s.name === "Analys")!.id).toBe(id);
    });

    it("says the sheet may be incomplete, naming the copy, when it cannot be put back either", async () => {
      const { fake, map } = await refreshed();
      fake.failOperation("tables.add", "GeneralException", 1);
      // the refresh's three syncs (two reads, the write that fails), then the restore's first (reads) and second (the swap), which fails
      fake.failSync(fake.syncs + 5, "GeneralException");
      const { result } = await write(fake, request(map, SETTINGS, "Analys"));
      expect(result).toEqual({ ok: false, problem: { kind: "refreshIncomplete", sheet: "Analys", backup: "Analys (2)" } });
      expect(snapshotWorkbook(fake).sheets.map((s) => s.name)).toContain("Analys (2)");
    });
  });

  it("answers cell-edit mode with a problem and writes nothing", async () => {
    const { fake, map } = await exampleWorkbook();
    fake.cellEditMode = "InvalidOperationInCellEditMode";
    const before = snapshotWorkbook(fake);
    expect((await write(fake, request(map))).result).toEqual({ ok: false, problem: { kind: "cellEditMode" } });
    fake.cellEditMode = false;
    expect(snapshotWorkbook(fake)).toEqual(before);
  });
});
