import { LANGUAGES, Language } from "../../../src/core/language";
import { planSheets } from "../../../src/templates";
import { ANALYSIS_TEXT } from "../../../src/templates/analysisReport";
import { cellAddress, rangeAddress } from "../../../src/templates/kit/a1";
import type { SheetSpec, TemplateId, TemplateOptions } from "../../../src/templates/kit/model";
import { CHECKLIST, CHECKLIST_EXAMPLE, CHECKLIST_TEXT, PRINCIPLES, STATUSES } from "../../../src/templates/principles";
import { renderWorkbook, workbookBytes } from "../../../src/writers/xlsx";
import { readConditionalFormats, readWorkbook } from "../../writers/xlsx/readBack";
import { SheetEngine } from "../hyperformula";

/**
 * The principles checklist: the eight principles of social value in order, where each answer lies
 * (sheets and columns that really exist in our templates), the status drop-down, the count per
 * status evaluated by HyperFormula, and the sheet as the .xlsx writer writes it.
 */

const K = "principlesChecklist";
const options = (language: Language, example = false): TemplateOptions => ({
  language,
  years: 5,
  startYear: 2026,
  currency: "kr",
  example,
});
const checklist = (language: Language, example = false, existing: string[] = []): SheetSpec =>
  planSheets([K], options(language, example), existing).find((s) => s.key === K)!;
const text = (sheet: SheetSpec, row: number, column: number): string => String(sheet.grid[row]?.[column]?.value ?? "");
const C = CHECKLIST.columns;
const statusCell = (i: number): string => cellAddress(CHECKLIST.firstPrinciple + i, C.status);
const countCell = (i: number): string => cellAddress(CHECKLIST.summaryFirst + i, CHECKLIST.summaryCount);

/** Counts in the summary's order: not reviewed, met, partly met, not met; then the total and the check. */
function summary(engine: SheetEngine): [number[], number, unknown] {
  const counts = [0, 1, 2, 3].map((i) => engine.num(K, countCell(i)));
  return [
    counts,
    engine.num(K, cellAddress(CHECKLIST.totalRow, CHECKLIST.summaryCount)),
    engine.get(K, cellAddress(CHECKLIST.checkRow, CHECKLIST.summaryLabel)),
  ];
}

describe("principles checklist", () => {
  it.each([
    [
      "en",
      "Principles checklist",
      [
        "1. Involve stakeholders",
        "2. Understand what changes",
        "3. Value the things that matter",
        "4. Only include what is material",
        "5. Do not over-claim",
        "6. Be transparent",
        "7. Verify the result",
        "8. Be responsive",
      ],
    ],
    [
      "sv",
      "Principchecklista",
      [
        "1. Involvera intressenterna",
        "2. Förstå vad som förändras",
        "3. Värdera det som spelar roll",
        "4. Ta bara med det väsentliga",
        "5. Överdriv inte",
        "6. Var öppen",
        "7. Verifiera resultatet",
        "8. Var lyhörd",
      ],
    ],
  ] as const)("%s: one sheet %s with the eight principles in order, each with its texts", (language, name, principles) => {
    const sheet = checklist(language);
    expect(sheet.name).toBe(name);
    expect(sheet.tables).toEqual([{ name: "SroiPrinciplesChecklist", range: `A13:F21`, style: "TableStyleLight9" }]);
    expect([...Array(8).keys()].map((i) => text(sheet, CHECKLIST.firstPrinciple + i, C.principle))).toEqual(principles);
    for (let i = 0; i < 8; i++) {
      const row = CHECKLIST.firstPrinciple + i;
      for (const c of [C.meaning, C.question, C.where]) expect(text(sheet, row, c).length).toBeGreaterThan(20);
      expect(text(sheet, row, C.question)).toMatch(/\?$/);
      expect(sheet.grid[row][C.status]).toEqual({
        value: language === "en" ? "Not reviewed" : "Ej granskad",
        role: "input",
        format: "text",
      });
      expect(sheet.grid[row][C.note]).toEqual({ role: "input", format: "text" });
    }
  });

  it("asks about the over-claiming figures a reviewer must check", () => {
    const sheet = checklist("en");
    const question = (i: number) => text(sheet, CHECKLIST.firstPrinciple + i, C.question);
    expect(question(4)).toMatch(/deadweight and attribution both 0/);
    expect(question(4)).toMatch(/drop-off 0 on a benefit period/i);
    expect(question(6)).toMatch(/Monte Carlo/);
    expect(question(5)).toMatch(/source/);
    const where = (i: number) => text(sheet, CHECKLIST.firstPrinciple + i, C.where);
    expect(where(4)).toBe(
      "Impact map: “Deadweight”, “Comparison alternative”, “Attribution”, “Displacement”, “Benefit period (years)”, “Drop-off per year”, “Evidence grade”",
    );
    expect(where(6)).toBe(
      "Analysis (from the Analysis tab): “Sensitivity: one assumption at a time (tornado)”, “Uncertainty: Monte Carlo simulation”",
    );
    expect(checklist("sv").grid[CHECKLIST.firstPrinciple + 4][C.where]?.value).toBe(
      "Effektkarta: ”Dödvikt”, ”Jämförelsealternativ”, ”Tillskrivning”, ”Undanträngning”, ”Nyttoperiod (år)”, ”Avtrappning per år”, ”Evidensgrad”",
    );
  });

  it("names the sheets by the names they get in this workbook", () => {
    const sheet = checklist("sv", false, ["Effektkarta", "Analys"]);
    const where = text(sheet, CHECKLIST.firstPrinciple + 4, C.where);
    expect(where).toMatch(/^Effektkarta: ”Dödvikt”/);
    // With the impact map made in the same action, the checklist names the free name it got.
    const both = planSheets(["impactMap", K], options("sv"), ["Effektkarta"]);
    expect(both.find((s) => s.key === "impactMap")!.name).toBe("Effektkarta (2)");
    expect(
      text(
        both.find((s) => s.key === K)!,
        CHECKLIST.firstPrinciple + 4,
        C.where,
      ),
    ).toMatch(/^Effektkarta \(2\): ”Dödvikt”/);
  });

  describe.each(LANGUAGES.map((l) => [l]))("in %s, every place named is on the sheet named", (language) => {
    const analysisHeadings = new Set(
      Object.values(ANALYSIS_TEXT).flatMap((v) => (typeof v === "object" && "heading" in v ? [v.heading[language]] : [])),
    );
    const places = PRINCIPLES.flatMap((p) => p.places);

    it.each([...new Set(places.map((p) => p.sheet))].map((s) => [s]))("%s", (key) => {
      const names = places.filter((p) => p.sheet === key).flatMap((p) => p.names.map((n) => n[language]));
      if (key === "analysis") return void expect(names.filter((n) => !analysisHeadings.has(n))).toEqual([]);
      const sheets = planSheets([key as TemplateId], options(language), []);
      const sheet = sheets.find((s) => s.key === key)!;
      const shown = new Set(sheet.grid.flatMap((row) => row.map((cell) => String(cell?.value ?? ""))));
      expect(names.filter((n) => !shown.has(n))).toEqual([]);
    });
  });

  it.each([
    ["en", ["Not reviewed", "Met", "Partly met", "Not met"]],
    ["sv", ["Ej granskad", "Uppfylld", "Delvis uppfylld", "Ej uppfylld"]],
  ] as const)("%s: the status column has a drop-down of the four statuses, with a prompt saying what each means", (language, values) => {
    const sheet = checklist(language);
    expect(sheet.validations).toHaveLength(1);
    const [v] = sheet.validations;
    expect(v.range).toBe("E14:E21");
    expect(v.rule).toEqual({ type: "list", values });
    for (const value of values) expect(v.prompt.message).toContain(`${value}:`);
    expect(v.error.message).toContain(language === "en" ? "Status" : "Bedömning");
    // Met, partly met and not met are shaded; a relative row, so the rule moves down the column.
    expect(sheet.conditionalFormats.map((f) => f.type === "formula" && [f.range, f.formula])).toEqual(
      values.slice(1).map((value) => ["E14:E21", `=$E14="${value}"`]),
    );
  });

  describe("the summary counts the statuses", () => {
    it("counts eight not reviewed at the start, with a total of 8 and no check", () => {
      const engine = new SheetEngine([checklist("en")]);
      expect(summary(engine)).toEqual([[8, 0, 0, 0], 8, ""]);
    });

    it("counts each status, a blank as not reviewed, and the list's words in any case", () => {
      const engine = new SheetEngine([checklist("en")]);
      engine.batch(() => {
        ["Met", "met", "Partly met", null, "Not met", "Not met", "NOT MET", "Not reviewed"].forEach((v, i) =>
          engine.set(K, statusCell(i), v),
        );
      });
      // met: rows 1 and 2; partly: row 3; not met: rows 5–7; not reviewed: row 8 and the blank row 4
      expect(summary(engine)).toEqual([[2, 2, 1, 3], 8, ""]);
    });

    it("says so when a status is not from the list (pasted past the drop-down), and the total falls short", () => {
      const engine = new SheetEngine([checklist("sv")]);
      engine.set(K, statusCell(2), "Klar");
      engine.set(K, statusCell(3), "Uppfylld");
      expect(summary(engine)).toEqual([[6, 1, 0, 0], 7, "En bedömning finns inte i listan: välj en i rullgardinen"]);
    });

    it.each(LANGUAGES.map((l) => [l]))("%s: the example's review counts 2 not reviewed, 2 met, 3 partly met, 1 not met", (language) => {
      const sheet = checklist(language, true);
      const engine = new SheetEngine([sheet]);
      expect(summary(engine)).toEqual([[2, 2, 3, 1], 8, ""]);
      expect(engine.errors()).toEqual([]);
      expect(text(sheet, CHECKLIST.reviewFirst, 1)).toBe(CHECKLIST_EXAMPLE.workbook[language]);
      expect(text(sheet, CHECKLIST.firstPrinciple + 4, C.status)).toBe(STATUSES.partly[language]);
      expect(text(sheet, CHECKLIST.firstPrinciple + 4, C.note)).toMatch(
        language === "en" ? /deadweight and attribution both 0/ : /dödvikt och tillskrivning båda 0/,
      );
    });
  });

  it("prints on one landscape A4 page, its principle rows tall enough for their text and aligned to the top", () => {
    const sheet = checklist("en", true);
    expect(sheet.print).toMatchObject({ orientation: "landscape", fitToWidth: 1, fitToHeight: 1, area: "A1:F21", titleRows: "1:1" });
    for (let r = CHECKLIST.firstPrinciple; r <= CHECKLIST.lastPrinciple; r++) expect(sheet.rowHeights?.[r]).toBeGreaterThanOrEqual(48);
    expect(sheet.alignTop).toEqual([rangeAddress(CHECKLIST.tableHeader, 0, CHECKLIST.lastPrinciple, C.note)]);
    expect(sheet.wraps).toEqual(expect.arrayContaining(["A14:A21", "F14:F21"]));
    expect(sheet.merges).toEqual(["A2:F2"]);
  });

  it("is written to .xlsx with its drop-down, shading, top alignment and one-page setup", async () => {
    const sheet = checklist("sv", true);
    const book = await readWorkbook(
      await workbookBytes(renderWorkbook([sheet], { ...options("sv", true), title: "t", created: new Date(0) })),
    );
    const ws = book.getWorksheet(sheet.name)!;
    expect(ws.getCell("E14").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Ej granskad,Uppfylld,Delvis uppfylld,Ej uppfylld"'],
      showInputMessage: true,
      promptTitle: CHECKLIST_TEXT.promptTitle.sv,
    });
    expect(ws.getCell("E18").value).toBe("Delvis uppfylld");
    expect(ws.getCell("E6").value).toEqual({ formula: "COUNTIF($E$14:$E$21,D6)+COUNTBLANK($E$14:$E$21)" });
    for (const address of ["A14", "C17", "E21", "F21"]) expect(ws.getCell(address).alignment?.vertical).toBe("top");
    expect(ws.getCell("F14").alignment?.wrapText).toBe(true);
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 1, paperSize: 9 });
    expect(readConditionalFormats(ws).map((f) => f.ref)).toEqual(["E14:E21", "E14:E21", "E14:E21"]);
  });
});
