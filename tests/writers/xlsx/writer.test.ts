import type ExcelJS from "exceljs";
import { formatCode, ROLE_STYLES } from "../../../src/writers/style";
import { CREATOR, renderWorkbook, workbookBytes } from "../../../src/writers/xlsx";
import { COSTS, LINKED } from "./fixtures";
import { readCells, readConditionalFormats, readTables, readValidations, readWorkbook } from "./readBack";

const OPTIONS = { currency: "kr", title: "Course", language: "sv" as const, created: new Date("2026-03-01T10:00:00Z") };

async function roundTrip(): Promise<ExcelJS.Workbook> {
  return readWorkbook(await workbookBytes(renderWorkbook([COSTS, LINKED], OPTIONS)));
}

describe("renderWorkbook", () => {
  let book: ExcelJS.Workbook;
  let costs: ExcelJS.Worksheet;
  beforeAll(async () => {
    book = await roundTrip();
    costs = book.getWorksheet("Kost kalk")!;
  });

  it("writes the sheets in order with their names, quotes and all", () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(["Kost kalk", "It's linked (2)"]);
  });

  it("records the creator, title and language of the workbook", () => {
    expect(book.creator).toBe(CREATOR);
    expect(book.creator).toBe("SROI for Excel");
    expect(book.title).toBe("Course");
    expect((book as unknown as { language: string }).language).toBe("sv-SE");
  });

  it("writes constants of every type and formulas without losing any", () => {
    const cells = readCells(costs);
    expect(cells.get("A1")?.value).toBe("Costs");
    expect(cells.get("B4")?.value).toBe(1200);
    expect(cells.get("B5")?.value).toBe(300.5);
    expect(cells.get("A7")?.value).toBe(true);
    expect(cells.get("D4")?.formula).toBe("=B4*2");
    expect(cells.get("B6")?.formula).toBe("=SUM(B4:B5)");
    expect(cells.get("D6")?.formula).toBe('=IFNA(MATCH("Rent",A4:A5,0),0)');
    const linked = readCells(book.getWorksheet("It's linked (2)")!);
    expect(linked.get("B2")?.formula).toBe("='Kost kalk'!B6");
    expect(linked.get("C2")?.formula).toBe("=CostTotal/2");
    // every cell of the grid and nothing else
    expect([...cells.keys()].sort()).toEqual(
      ["A1", "A2", "A3", "A4", "A5", "A6", "A7", "B3", "B4", "B5", "B6", "B7", "C3", "C4", "C5", "D3", "D4", "D5", "D6"].sort(),
    );
  });

  it("stores post-2007 functions with the _xlfn. prefix Excel needs", () => {
    const raw = costs.getCell("D6").value as { formula: string };
    expect(raw.formula).toBe('_xlfn.IFNA(MATCH("Rent",A4:A5,0),0)');
  });

  it("gives each cell the number format of its Format, with the currency", () => {
    expect(costs.getCell("B4").numFmt).toBe('#,##0 "kr"');
    expect(costs.getCell("C4").numFmt).toBe(formatCode("percent", OPTIONS));
    expect(costs.getCell("B7").numFmt).toBe(formatCode("year", OPTIONS));
    expect(costs.getCell("A3").numFmt).toBe("@");
    expect(costs.getCell("A1").numFmt ?? "General").toBe("General");
  });

  it("styles cells by role: fill, font and border lines around each block of a role", () => {
    const input = costs.getCell("B4");
    expect(input.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: `FF${ROLE_STYLES.input.fill!.slice(1)}` } });
    expect(input.border?.top?.style).toBe("thin");
    expect(costs.getCell("A1").font).toMatchObject({ bold: true, size: 16 });
    expect(costs.getCell("A2").font?.italic).toBe(true);
    expect(costs.getCell("B6").font?.bold).toBe(true);
    // header: a line under the header block only
    expect(costs.getCell("B3").border?.bottom?.style).toBe("thin");
    expect(costs.getCell("B3").border?.top).toBeUndefined();
    expect(costs.getCell("B3").alignment).toMatchObject({ wrapText: true, vertical: "top" });
  });

  it("creates the tables over the written cells, keeping formulas, with unique names", () => {
    expect(readTables(costs)).toEqual([
      { name: "Costs", ref: "A3:D5", theme: "TableStyleLight9", columns: ["Item", "Amount", "Share", "Double"] },
    ]);
    const linked = readTables(book.getWorksheet("It's linked (2)")!);
    expect(linked).toEqual([{ name: "costs_2", ref: "A1:C2", theme: "TableStyleLight9", columns: ["Label", "Link", "Half"] }]);
    expect(readCells(costs).get("D5")?.formula).toBe("=B5*2");
  });

  it("sets column widths, frozen panes and the tab colour", () => {
    // 9 is kept 1/256 wider: ExcelJS would drop exactly 9 as its default (see layout.ts)
    expect([1, 2, 3, 4].map((c) => costs.getColumn(c).width)).toEqual([20, 12.5, 9 + 1 / 256, 14]);
    expect(costs.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 3, topLeftCell: "B4" });
    expect(costs.properties.tabColor).toEqual({ argb: "FF70AD47" });
    expect(book.getWorksheet("It's linked (2)")!.views?.[0]?.state ?? "normal").toBe("normal");
  });

  it("writes each validation over its whole range with prompt and stop error", () => {
    const v = readValidations(costs);
    for (const address of ["A4", "A5"])
      expect(v[address]).toMatchObject({
        type: "list",
        formulae: ["'Kost kalk'!$A$10:$A$12"],
        showInputMessage: true,
        promptTitle: "Item",
        prompt: "Pick an item.",
        showErrorMessage: true,
        errorStyle: "stop",
        errorTitle: "Not allowed",
        error: "Pick from the list.",
      });
    expect(v.B4).toMatchObject({ type: "decimal", operator: "greaterThanOrEqual", formulae: [0] });
    expect(v.C5).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 1] });
    expect(v.B7).toMatchObject({ type: "whole", operator: "between", formulae: [1900, 9990] });
    expect(v.A7).toMatchObject({ type: "list", formulae: ['"yes,no"'] });
    expect(v.D7).toMatchObject({ type: "decimal", operator: "between" });
    expect(v.D7.formulae.map(Number)).toEqual([-1e15, 1e15]);
    expect(Object.keys(v).sort()).toEqual(["A4", "A5", "A7", "B4", "B5", "B7", "C4", "C5", "D7"]);
  });

  it("writes the colour scale and the formula rule with its fill and font", () => {
    const cf = readConditionalFormats(costs);
    expect(cf.map((c) => c.ref)).toEqual(["D4:D5", "B4:B5"]);
    expect(cf[0].rules[0]).toMatchObject({
      type: "colorScale",
      cfvo: [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }],
      color: [{ argb: "FFF8696B" }, { argb: "FFFFEB84" }, { argb: "FF63BE7B" }],
    });
    expect(cf[1].rules[0]).toMatchObject({
      type: "expression",
      formulae: ["B4>=1000"],
      style: { fill: { bgColor: { argb: "FFFFC7CE" } }, font: { color: { argb: "FF9C0006" } } },
    });
    expect(cf.map((c) => c.rules[0].priority)).toEqual([1, 2]);
  });

  it("defines the workbook names", () => {
    expect(book.definedNames.model).toEqual([{ name: "CostTotal", ranges: ["'Kost kalk'!$B$6"] }]);
  });
});

describe("renderWorkbook refuses what Excel would repair", () => {
  const render = (spec: typeof COSTS): unknown => renderWorkbook([spec], OPTIONS);

  it("a prompt longer than 255 characters, naming the range", () => {
    const long = { ...COSTS, validations: [{ ...COSTS.validations[0], prompt: { title: "T", message: "x".repeat(256) } }] };
    expect(() => render(long)).toThrow(/A4:A5.*prompt has 256 characters, Excel allows 255/);
  });

  it("a title longer than 32 characters", () => {
    const long = { ...COSTS, validations: [{ ...COSTS.validations[0], error: { title: "t".repeat(33), message: "m" } }] };
    expect(() => render(long)).toThrow(/error title has 33 characters/);
  });

  it("an inline list item with a comma", () => {
    const bad = { ...COSTS, validations: [{ ...COSTS.validations[4], rule: { type: "list" as const, values: ["a,b", "c"] } }] };
    expect(() => render(bad)).toThrow(/comma/);
  });

  it("a table header that is not text", () => {
    const bad = { ...COSTS, tables: [{ name: "Bad", range: "A4:D5" }] };
    expect(() => render(bad)).toThrow(/header A4 must be text|header B4 must be text/);
  });

  it("a defined name that is not an absolute reference, and a name given twice", () => {
    expect(() => render({ ...COSTS, names: [{ name: "X", refersTo: "=1+1" }] })).toThrow(/not an absolute reference/);
    expect(() => render({ ...COSTS, names: [COSTS.names[0], COSTS.names[0]] })).toThrow(/defined twice/);
  });
});
