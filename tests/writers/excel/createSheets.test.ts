import { mkdirSync, writeFileSync } from "fs";
import path from "path";
import { FakeExcel, FakeExcelOptions, snapshotSheetNamed, snapshotWorkbook } from "../../fakes";
import { TEMPLATES, planSheets } from "../../../src/templates";
import type { TemplateId, TemplateOptions } from "../../../src/templates/kit/model";
import { activateSheet, createSheets, selectCell } from "../../../src/writers/excel";
import type { CreateRequest, CreateResult } from "../../../src/writers/excel";
import { sheetDifferences } from "./expectSheet";

const SV: TemplateOptions = { language: "sv", years: 5, startYear: 2026, currency: "kr", example: false };
const EN: TemplateOptions = { language: "en", years: 10, startYear: 2027, currency: "EUR", example: true };
const ALL: TemplateId[] = TEMPLATES.map((t) => t.id);

/** Runs the writer against a fake installed as the Office and Excel globals. */
async function write(fake: FakeExcel, request: CreateRequest): Promise<CreateResult> {
  const uninstall = fake.install();
  try {
    return await createSheets(request);
  } finally {
    uninstall();
  }
}

/** A workbook a user already works in: a sheet named like a template, with data, a table and a name. */
function usersWorkbook(sheetName: string): FakeExcelOptions {
  return {
    sheets: [
      { name: "Blad1", cells: { A1: "Budget", B1: 1200, B2: "=B1*2" } },
      { name: sheetName, cells: { A1: "Mine", B1: "Value", A2: "kept", B2: 42, C2: "=B2/2", A3: "also", B3: 7 } },
    ],
    tables: [{ sheet: sheetName, range: "A1:B3", name: "SroiStakeholders" }],
    names: [{ name: "MyTotal", formula: `='${sheetName}'!$B$2` }],
  };
}

describe("createSheets", () => {
  describe("sync budget", () => {
    const perTemplate: Record<string, number> = {};

    it.each(ALL)("writes %s with one sync for the existence check and one for the template", async (id) => {
      const fake = new FakeExcel();
      const result = await write(fake, { templates: [id], options: SV });
      expect(result.ok).toBe(true);
      perTemplate[id] = fake.syncs;
      expect(fake.runs).toBe(1);
      expect(fake.syncs).toBe(2);
    });

    it("writes all templates in one Excel.run with 1 + one sync per template", async () => {
      const fake = new FakeExcel();
      const progress: [number, number][] = [];
      const result = await write(fake, { templates: ALL, options: EN, onProgress: (done, total) => progress.push([done, total]) });
      expect(result.ok).toBe(true);
      expect(fake.runs).toBe(1);
      expect(fake.syncs).toBe(1 + ALL.length);
      expect(progress).toEqual(ALL.map((_, i) => [i + 1, ALL.length]));
      expect(fake.suspendedCalculations).toBe(ALL.length);
      const report = { perTemplate, all: { templates: ALL.length, syncs: fake.syncs, operationsPerSync: fake.syncLog } };
      const dir = path.resolve(__dirname, "../../../test-artifacts");
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, "excel-syncs.json"), JSON.stringify(report, null, 2));
      console.log(
        `syncs per template (alone): ${JSON.stringify(perTemplate)}; all ${ALL.length}: ${fake.syncs}; operations per sync: ${fake.syncLog.join(", ")}`,
      );
    });
  });

  describe("what is written", () => {
    it.each([
      ["Swedish, blank", SV],
      ["English, example data", EN],
    ])("matches every SheetSpec (%s)", async (_, options) => {
      const fake = new FakeExcel();
      const result = await write(fake, { templates: ALL, options });
      const specs = planSheets(ALL, options, ["Sheet1"]);
      expect(result.ok && result.sheets.map((s) => s.name).sort()).toEqual(specs.map((s) => s.name).sort());
      const problems = specs.flatMap((spec) => sheetDifferences(snapshotSheetNamed(fake, spec.name)!, spec, options));
      expect(problems).toEqual([]);
      const names = specs.flatMap((s) => s.names.map((n) => ({ name: n.name, formula: n.refersTo })));
      expect(snapshotWorkbook(fake).names).toEqual(names);
    });

    it("activates the first sheet it made", async () => {
      const fake = new FakeExcel();
      const result = await write(fake, { templates: ["stakeholders"], options: SV });
      expect(result.ok && snapshotWorkbook(fake).activeSheet).toBe(result.ok ? result.sheets[0].name : null);
    });
  });

  describe("nothing the user has is touched", () => {
    it("leaves an existing sheet with the template's name exactly as it was and names the new one (2)", async () => {
      const taken = planSheets(["stakeholders"], SV, [])[0].name;
      const fake = new FakeExcel(usersWorkbook(taken));
      const before = snapshotWorkbook(fake);
      const result = await write(fake, { templates: ["stakeholders"], options: SV });
      const after = snapshotWorkbook(fake);
      expect(after.sheets.slice(0, 2)).toEqual(before.sheets);
      expect(after.names[0]).toEqual(before.names[0]);
      expect(result.ok && result.sheets.map((s) => s.name)).toEqual([`${taken} (2)`]);
      // The new sheet's table could not be called SroiStakeholders (the user's table is): it is _2.
      expect(snapshotSheetNamed(fake, `${taken} (2)`)!.tables.map((t) => t.name)).toEqual(["SroiStakeholders_2"]);
      const spec = planSheets(["stakeholders"], SV, ["Blad1", taken])[0];
      expect(sheetDifferences(snapshotSheetNamed(fake, `${taken} (2)`)!, spec, SV, { SroiStakeholders: "SroiStakeholders_2" })).toEqual([]);
    });

    it("leaves every existing sheet untouched when all templates are written twice", async () => {
      const fake = new FakeExcel();
      await write(fake, { templates: ALL, options: SV });
      const first = snapshotWorkbook(fake);
      const again = await write(fake, { templates: ALL, options: SV });
      expect(again.ok).toBe(true);
      const second = snapshotWorkbook(fake);
      expect(second.sheets.slice(0, first.sheets.length)).toEqual(first.sheets);
      expect(
        second.sheets
          .slice(first.sheets.length)
          .map((s) => s.name)
          .every((n) => / \(2\)$/.test(n)),
      ).toBe(true);
    });
  });

  describe("links between templates", () => {
    it("points the impact map's investment at the cost sheet by its resolved name, whatever the order asked", async () => {
      const costName = planSheets(["costSheet"], SV, [])[0].name;
      const fake = new FakeExcel({ sheets: [{ name: costName, cells: { A1: "old cost sheet" } }] });
      const result = await write(fake, { templates: ["impactMap", "costSheet"], options: SV });
      expect(result.ok).toBe(true);
      const impactName = result.ok ? result.sheets.find((s) => s.key === "impactMap")!.name : "";
      const formulas = Object.values(snapshotSheetNamed(fake, impactName)!.cells).map((c) => c.formula ?? "");
      expect(formulas.some((f) => f.includes(`'${costName} (2)'!`))).toBe(true);
      expect(formulas.some((f) => f.includes(`'${costName}'!`))).toBe(false);
    });
  });

  describe("problems become messages", () => {
    it.each([
      ["1.7", ["dataValidation"]],
      ["1.5", ["conditionalFormats", "freezePanes", "dataValidation"]],
      ["1.3", ["names", "conditionalFormats", "freezePanes", "dataValidation"]],
    ])("tells an Excel with ExcelApi %s what it lacks and writes nothing", async (apiVersion, missing) => {
      const fake = new FakeExcel({ apiVersion });
      const before = snapshotWorkbook(fake);
      const result = await write(fake, { templates: ALL, options: SV });
      expect(result).toEqual(expect.objectContaining({ ok: false, sheets: [] }));
      expect(!result.ok && result.problem.kind === "tooOld" && result.problem.missing.map((m) => m.feature)).toEqual(missing);
      expect(fake.syncs).toBe(0);
      expect(snapshotWorkbook(fake)).toEqual(before);
    });

    it("writes every sheet on an Excel with ExcelApi 1.8, only without its page setup (1.9)", async () => {
      const old = new FakeExcel({ apiVersion: "1.8" });
      const current = new FakeExcel();
      const [a, b] = [await write(old, { templates: ALL, options: SV }), await write(current, { templates: ALL, options: SV })];
      expect(a.ok && b.ok).toBe(true);
      const withoutPage = snapshotWorkbook(current).sheets.map(({ pageLayout: _p, ...rest }) => rest);
      expect(snapshotWorkbook(old).sheets).toEqual(withoutPage);
      // Every new sheet of the current Excel is set up for A4, one page wide (the fake keeps Sheet1 as it was).
      const pages = snapshotWorkbook(current).sheets.filter((s) => s.name !== "Sheet1");
      expect(pages.length).toBeGreaterThan(ALL.length);
      // The decision summary and the principles checklist fit one page tall as well; the impact map, too wide to read on one
      // page, prints two wide and one tall with stakeholder and outcome (A:B) on both, the cost sheet
      // likewise with its cost item (A:A); every other sheet is one page wide and takes the pages it needs.
      const twoWide = new Set(["Effektkarta", "Kostnadskalkyl"]);
      for (const s of pages)
        expect(s.pageLayout).toEqual(
          expect.objectContaining({
            paperSize: "A4",
            zoom: {
              horizontalFitToPages: twoWide.has(s.name) ? 2 : 1,
              verticalFitToPages: ["Beslutsunderlag", "Principchecklista"].includes(s.name) || twoWide.has(s.name) ? 1 : 0,
            },
          }),
        );
      expect(pages.find((s) => s.name === "Effektkarta")?.pageLayout?.printTitleColumns).toBe("A:B");
      expect(pages.find((s) => s.name === "Kostnadskalkyl")?.pageLayout?.printTitleColumns).toBe("A:A");
      expect(pages.filter((s) => s.pageLayout?.printTitleColumns !== undefined).map((s) => s.name)).toEqual([
        "Kostnadskalkyl",
        "Effektkarta",
      ]);
    });

    it("adds the decision summary's two charts, over its own cells, inside its one printed page", async () => {
      const fake = new FakeExcel();
      const result = await write(fake, { templates: ALL, options: EN });
      expect(result.ok).toBe(true);
      const summary = snapshotSheetNamed(fake, "Decision summary")!;
      const charts = summary.charts;
      expect(charts.map((c) => c.name)).toEqual(["SroiChartSummaryPayers", "SroiChartSummaryTime"]);
      expect(charts.map((c) => c.series.length)).toEqual([2, 2]);
      // Side by side under the figures (the left half A–C and the right D–G), the print area (A–G,
      // one page) ending with them.
      const area = summary.pageLayout!.printArea!;
      expect(area).toMatch(/^A1:G\d+$/);
      const last = Number(/\d+$/.exec(area)![0]);
      const lastCell = Math.max(...Object.keys(summary.cells).map((a) => Number(/\d+$/.exec(a)![0])));
      expect(charts.map((c) => [c.from, c.to])).toEqual([
        [`A${lastCell + 2}`, `C${last}`],
        [`D${lastCell + 2}`, `G${last}`],
      ]);
      expect(summary.pageLayout!.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 1 });
    });

    it.each(["InvalidOperationInCellEditMode", "InvalidOperation"] as const)(
      "answers cell-edit mode (%s) with a problem and writes nothing",
      async (code) => {
        const fake = new FakeExcel();
        fake.cellEditMode = code;
        const before = snapshotWorkbook(fake);
        const result = await write(fake, { templates: ALL, options: SV });
        expect(result).toEqual({
          ok: false,
          problem: { kind: code === "InvalidOperation" ? "notNow" : "cellEditMode" },
          sheets: [],
          cleanedUp: true,
        });
        expect(snapshotWorkbook(fake)).toEqual(before);
      },
    );

    it("keeps whole templates and removes the half-made one when Excel fails in the middle", async () => {
      const fake = new FakeExcel(usersWorkbook("Data"));
      const before = snapshotWorkbook(fake);
      const withValidations = ALL.filter((id) => planSheets([id], SV, []).some((s) => s.validations.length > 0));
      const [first, second] = withValidations;
      // The first template's validations pass; the second template fails at its first validation rule.
      const validationsOfFirst = planSheets([first], SV, []).reduce((n, s) => n + s.validations.length, 0);
      fake.failOperation("dataValidation.rule", "GeneralException", validationsOfFirst + 1);
      const result = await write(fake, { templates: [first, second], options: SV });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problem).toEqual({ kind: "general", code: "GeneralException" });
      expect(result.cleanedUp).toBe(true);
      // 1 existence check + 2 templates + 2 for the clean-up (read, then delete).
      expect(fake.syncs).toBe(5);
      const kept = planSheets([first], SV, ["Blad1", "Data"]).map((s) => s.name);
      expect(result.sheets.map((s) => s.name)).toEqual(kept);
      const after = snapshotWorkbook(fake);
      expect(after.sheets.map((s) => s.name)).toEqual(["Blad1", "Data", ...kept]);
      expect(after.sheets.slice(0, 2)).toEqual(before.sheets);
    });

    it("does not remove anything after a name clash, since the sheet may be someone else's", async () => {
      const fake = new FakeExcel();
      fake.failOperation("worksheets.add", "ItemAlreadyExists");
      const result = await write(fake, { templates: ["stakeholders"], options: SV });
      expect(result).toEqual({ ok: false, problem: { kind: "nameTaken" }, sheets: [], cleanedUp: false });
      expect(fake.syncs).toBe(2);
    });

    it("checks options and the choice before asking Excel", async () => {
      const fake = new FakeExcel();
      const bad = await write(fake, { templates: ALL, options: { ...SV, years: 11 } });
      expect(!bad.ok && bad.problem.kind).toBe("options");
      const none = await write(fake, { templates: [], options: SV });
      expect(!none.ok && none.problem.kind).toBe("noTemplates");
      expect(fake.syncs).toBe(0);
    });

    it("answers without Excel instead of throwing", async () => {
      const result = await createSheets({ templates: ALL, options: SV });
      expect(result).toEqual({ ok: false, problem: { kind: "noExcel" }, sheets: [], cleanedUp: true });
    });
  });
});

describe("activateSheet", () => {
  it("shows an existing sheet and reports a missing one", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "One" }, { name: "Two" }] });
    const uninstall = fake.install();
    try {
      expect(await activateSheet("two")).toEqual({ ok: true });
      expect(fake.activeSheet?.name).toBe("Two");
      expect(await activateSheet("Gone")).toEqual({ ok: false, problem: { kind: "sheetMissing", name: "Gone" } });
      fake.cellEditMode = "InvalidOperationInCellEditMode";
      expect(await activateSheet("One")).toEqual({ ok: false, problem: { kind: "cellEditMode" } });
    } finally {
      uninstall();
    }
  });
});

describe("selectCell", () => {
  it("shows the sheet and selects the cell, and reports a missing sheet", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "One" }, { name: "Före och efter" }] });
    const uninstall = fake.install();
    try {
      expect(await selectCell("Före och efter", "B35")).toEqual({ ok: true });
      expect(fake.activeSheet?.name).toBe("Före och efter");
      expect(fake.selection).toEqual({ sheet: "Före och efter", address: "B35" });
      expect(await selectCell("Gone", "A1")).toEqual({ ok: false, problem: { kind: "sheetMissing", name: "Gone" } });
      expect(fake.selection).toEqual({ sheet: "Före och efter", address: "B35" });
    } finally {
      uninstall();
    }
  });
});
