import { FakeExcel, snapshotWorkbook } from "../../fakes";
import { planSheets, TEMPLATES } from "../../../src/templates";
import { columnLetter } from "../../../src/templates/kit/a1";
import type { TemplateOptions } from "../../../src/templates/kit/model";
import { createSheets } from "../../../src/writers/excel";
import { renderWorkbook, workbookBytes } from "../../../src/writers/xlsx";
import { normalFake, normalXlsx, NormalWorkbook } from "./agreeNormal";
import { readWorkbook } from "./readBack";

/**
 * The two writers agree: the taskpane's Office.js writer (run against the fake Excel) and this
 * .xlsx writer render the same options to the same sheet names, cells, formulas, number formats,
 * styles, border lines, widths, frozen panes, tables, validations, conditional formats, names,
 * merged help texts, row heights and page setup (A4, orientation, fit, margins, print area and
 * titles, footer).
 */

const ALL = TEMPLATES.map((t) => t.id);
const CASES: [string, TemplateOptions][] = [
  ["sv, 5 years, blank", { language: "sv", years: 5, startYear: 2026, currency: "kr", example: false }],
  ["en, 10 years, EUR, example", { language: "en", years: 10, startYear: 2027, currency: "EUR", example: true }],
  ["sv, 1 year, €, example", { language: "sv", years: 1, startYear: 2030, currency: "€", example: true }],
];

async function throughOfficeJs(options: TemplateOptions): Promise<{ workbook: NormalWorkbook; names: string[] }> {
  const fake = new FakeExcel();
  const before = fake.sheets.map((s) => s.name);
  const uninstall = fake.install();
  try {
    const result = await createSheets({ templates: ALL, options });
    if (!result.ok) throw new Error(`the Office.js writer failed: ${JSON.stringify(result.problem)}`);
  } finally {
    uninstall();
  }
  const snapshot = snapshotWorkbook(fake);
  return { workbook: normalFake(snapshot, before), names: snapshot.sheets.map((s) => s.name).filter((n) => !before.includes(n)) };
}

async function throughXlsx(options: TemplateOptions): Promise<NormalWorkbook> {
  const sheets = planSheets(ALL, options, []);
  const book = await readWorkbook(await workbookBytes(renderWorkbook(sheets, { ...options, title: "t", created: new Date(0) })));
  return normalXlsx(book, sheets);
}

describe.each(CASES)("the two writers agree (%s)", (_label, options) => {
  let office: { workbook: NormalWorkbook; names: string[] };
  let xlsx: NormalWorkbook;
  beforeAll(async () => {
    [office, xlsx] = await Promise.all([throughOfficeJs(options), throughXlsx(options)]);
  });

  it("on the sheet names, in order", () => {
    expect(xlsx.sheets.map((s) => s.name)).toEqual(office.names);
    expect(office.names.length).toBeGreaterThanOrEqual(ALL.length);
  });

  it("on every sheet's cells, formulas, formats, styles and border lines", () => {
    office.workbook.sheets.forEach((sheet, i) => {
      expect({ name: xlsx.sheets[i].name, cells: xlsx.sheets[i].cells }).toEqual({ name: sheet.name, cells: sheet.cells });
      expect({ name: xlsx.sheets[i].name, lines: xlsx.sheets[i].lines }).toEqual({ name: sheet.name, lines: sheet.lines });
    });
  });

  it("on validations, per cell", () => {
    office.workbook.sheets.forEach((sheet, i) =>
      expect({ name: xlsx.sheets[i].name, validations: xlsx.sheets[i].validations }).toEqual({
        name: sheet.name,
        validations: sheet.validations,
      }),
    );
  });

  it("on widths, frozen panes, tables, conditional formats, tab colours, merges, row heights and page setup", () => {
    const specs = planSheets(ALL, options, []);
    office.workbook.sheets.forEach((sheet, i) => {
      const { cells: _c, lines: _l, validations: _v, ...rest } = xlsx.sheets[i];
      const { cells: _c2, lines: _l2, validations: _v2, ...expected } = sheet;
      // The one difference: the .xlsx has no charts, so it prints down to its last cell, not over
      // the rows Excel's charts cover (the decision summary's two charts under its figures).
      const spec = specs.find((s) => s.name === sheet.name)!;
      const cellsEnd = `A1:${columnLetter(Math.max(...spec.grid.map((row) => row.length)) - 1)}${spec.grid.length}`;
      const page = expected.page && (spec.charts?.length ?? 0) > 0 ? { ...expected.page, area: cellsEnd } : expected.page;
      expect(rest).toEqual({ ...expected, ...(page ? { page } : {}) });
    });
  });

  it("prints the decision summary's charts on its page in Excel, under its figures", () => {
    const summary = office.workbook.sheets.find((s) => s.name === (options.language === "sv" ? "Beslutsunderlag" : "Decision summary"))!;
    const xlsxSummary = xlsx.sheets.find((s) => s.name === summary.name)!;
    expect(summary.page?.area).toMatch(/^A1:G\d+$/);
    // Excel's area runs 10 rows further: a blank row and 9 rows of charts after the last cell.
    const rows = (area: string | undefined): number => Number(/\d+$/.exec(area ?? "")![0]);
    expect(rows(summary.page?.area) - rows(xlsxSummary.page?.area)).toBe(10);
  });

  it("compares something of every kind (the checks above are not vacuous)", () => {
    const count = (f: (s: NormalWorkbook["sheets"][number]) => number): number => office.workbook.sheets.reduce((n, s) => n + f(s), 0);
    expect(count((s) => Object.values(s.cells).filter((c) => c.formula !== undefined).length)).toBeGreaterThan(100);
    expect(count((s) => Object.keys(s.lines).length)).toBeGreaterThan(100);
    expect(count((s) => Object.keys(s.validations).length)).toBeGreaterThan(100);
    expect(count((s) => s.tables.length)).toBeGreaterThanOrEqual(ALL.length);
    expect(count((s) => s.conditionalFormats.length)).toBeGreaterThan(0);
    expect(count((s) => Object.keys(s.widths).length)).toBeGreaterThan(0);
    expect(count((s) => (s.page ? 1 : 0))).toBe(office.workbook.sheets.length);
    expect(count((s) => (s.page?.titleRows ? 1 : 0))).toBeGreaterThanOrEqual(ALL.length);
    expect(count((s) => s.merges?.length ?? 0)).toBeGreaterThan(0);
    expect(count((s) => Object.keys(s.rowHeights ?? {}).length)).toBeGreaterThan(0);
  });

  it("on the defined names", () => {
    expect(xlsx.names).toEqual(office.workbook.names);
  });
});
