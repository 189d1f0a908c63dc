import fc from "fast-check";
import type { Cell, SheetSpec } from "../../../src/templates/kit/model";
import { FakeExcel, snapshotSheetNamed } from "../../fakes";
import { formatGrid, formulaEntry, formulaGrid, sheetSize, widthRuns } from "../../../src/writers/excel/sheetArrays";

function sheet(grid: SheetSpec["grid"]): SheetSpec {
  return {
    key: "stakeholders",
    name: "S",
    grid,
    columnWidths: [],
    freeze: { rows: 0, columns: 0 },
    tables: [],
    validations: [],
    conditionalFormats: [],
    names: [],
  };
}

describe("formulaEntry", () => {
  it("writes formulas, numbers and booleans as they are and blanks as empty", () => {
    expect(formulaEntry({ formula: "=SUM(B2:B4)" })).toBe("=SUM(B2:B4)");
    expect(formulaEntry({ value: 2026 })).toBe(2026);
    expect(formulaEntry({ value: false })).toBe(false);
    expect(formulaEntry({ role: "input" })).toBe("");
    expect(formulaEntry(undefined)).toBe("");
  });

  it("keeps text that Excel would convert as text behind an apostrophe", () => {
    expect(formulaEntry({ value: "2026" })).toBe("'2026");
    expect(formulaEntry({ value: "1-5" })).toBe("'1-5");
    expect(formulaEntry({ value: "50 %" })).toBe("'50 %");
    expect(formulaEntry({ value: "=not a formula" })).toBe("'=not a formula");
    expect(formulaEntry({ value: "- a dash list" })).toBe("'- a dash list");
    expect(formulaEntry({ value: "TRUE" })).toBe("'TRUE");
    expect(formulaEntry({ value: "3 mar" })).toBe("'3 mar");
  });

  // The texts issue 11 found changed by Excel, and more that a Swedish or English Excel parses.
  const PARSED = [
    "1E5",
    "(5)",
    "$5",
    "#N/A",
    "1/2",
    "=x",
    "TRUE",
    "  12 ",
    "50%",
    "1,5",
    "5 kr",
    "SANT",
    "3 mar",
    "10 AM",
    "'quoted",
    "@x",
    "１２",
  ];

  it.each(PARSED)("puts an apostrophe before %j", (text) => {
    expect(formulaEntry({ value: text })).toBe(`'${text}`);
  });

  it("keeps exactly the text on a cell of the fake, which parses strings as Excel does (property)", async () => {
    const numberLike = fc.oneof(
      fc.constantFrom(...PARSED),
      fc
        .tuple(
          fc.constantFrom("", " ", "-", "+", "(", "$", "#"),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.constantFrom("", " ", "%", ")", "e5", "/2", ":30", " pm", "-jan"),
        )
        .map(([a, n, b]) => `${a}${n}${b}`),
      fc.string(),
    );
    await fc.assert(
      fc.asyncProperty(numberLike, async (text) => {
        const fake = new FakeExcel();
        await fake.run(async (context) => {
          context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [[formulaEntry({ value: text })]];
        });
        const cell = snapshotSheetNamed(fake, "Sheet1")!.cells.A1;
        expect(cell).toEqual(text === "" ? undefined : { value: text });
      }),
      { numRuns: 300 },
    );
  });

  it("writes ordinary text unchanged", () => {
    expect(formulaEntry({ value: "Deltagare" })).toBe("Deltagare");
    expect(formulaEntry({ value: "1 låg" })).toBe("1 låg");
    expect(formulaEntry({ value: "Year 1" })).toBe("Year 1");
  });
});

describe("formulaGrid and formatGrid", () => {
  const grid: (Cell | undefined)[][] = [
    [{ value: "T", role: "title" }],
    [{ value: "Cost", format: "text" }, { formula: "=A1", format: "money" }, undefined],
  ];

  it("are rows × widest row, padded with blanks and General", () => {
    expect(sheetSize(sheet(grid))).toEqual({ rows: 2, columns: 3 });
    expect(formulaGrid(sheet(grid))).toEqual([
      ["T", "", ""],
      ["Cost", "=A1", ""],
    ]);
    expect(formatGrid(sheet(grid), { currency: "kr" })).toEqual([
      ["General", "General", "General"],
      ["@", '#,##0 "kr"', "General"],
    ]);
  });

  it("are empty for an empty grid", () => {
    expect(sheetSize(sheet([]))).toEqual({ rows: 0, columns: 0 });
    expect(formulaGrid(sheet([]))).toEqual([]);
  });

  it("always have the shape of the used range (property)", () => {
    const cell = fc.option(fc.record({ value: fc.string() }), { nil: undefined });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 9 }), (rows) => {
        const spec = sheet(rows);
        const { rows: r, columns: c } = sheetSize(spec);
        for (const g of [formulaGrid(spec), formatGrid(spec, { currency: "kr" })]) {
          expect(g).toHaveLength(r);
          for (const row of g) expect(row).toHaveLength(c);
        }
      }),
    );
  });
});

describe("widthRuns", () => {
  it("groups adjacent equal widths", () => {
    expect(widthRuns([10, 10, 14, 10])).toEqual([
      { left: 0, right: 1, width: 10 },
      { left: 2, right: 2, width: 14 },
      { left: 3, right: 3, width: 10 },
    ]);
    expect(widthRuns([])).toEqual([]);
  });
});
