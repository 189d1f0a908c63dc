import { FakeExcel, FakeExcelOptions, FakeOfficeError } from ".";
import { TEMPLATES } from "../../src/templates";
import type { TemplateOptions } from "../../src/templates/kit/model";
import { createSheets } from "../../src/writers/excel";
import type { FakeCalculator } from "./fakeCalculator";
import { hyperFormulaCalculator } from "./fakeCalculation";

/** The values of `address` on `sheet`, loaded through the fake's API. */
async function valuesOf(fake: FakeExcel, sheet: string, address: string): Promise<unknown[][]> {
  return fake.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(address).load("values");
    await context.sync();
    return range.values;
  });
}

async function codeOf(run: Promise<unknown>): Promise<string> {
  try {
    await run;
    return "ok";
  } catch (error) {
    return (error as FakeOfficeError).code;
  }
}

const calculating = (options: FakeExcelOptions): FakeExcel => new FakeExcel({ ...options, calculate: hyperFormulaCalculator });

describe("formula calculation", () => {
  it("keeps refusing to load values over formulas without a calculator", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "S", cells: { A1: 2, B1: "=A1*2" } }] });
    expect(await codeOf(valuesOf(fake, "S", "A1:B1"))).toBe("GeneralException");
    expect(await valuesOf(fake, "S", "A1")).toEqual([[2]]);
  });

  it("gives computed values, constants as they are and blanks as empty text", async () => {
    const fake = calculating({ sheets: [{ name: "S", cells: { A1: 2, B1: "=A1*2", C1: "=SUM(A1:B1)", A2: "text", B2: '=A2&"!"' } }] });
    expect(await valuesOf(fake, "S", "A1:D2")).toEqual([
      [2, 4, 6, ""],
      ["text", "text!", "", ""],
    ]);
  });

  it("reads text that looks like a number or a formula as text, as Excel keeps it", async () => {
    const fake = calculating({
      sheets: [{ name: "S", cells: { A1: "'2026", A2: "'=1+1", B1: "=ISTEXT(A1)", B2: "=ISTEXT(A2)", C1: '=A1&""' } }],
    });
    expect(await valuesOf(fake, "S", "B1:C2")).toEqual([
      [true, "2026"],
      [true, ""],
    ]);
  });

  it("gives 0 for a formula that refers to a blank cell, as Excel does", async () => {
    const fake = calculating({ sheets: [{ name: "S", cells: { A1: "=B1", A2: "=B1+1" } }] });
    expect(await valuesOf(fake, "S", "A1:A2")).toEqual([[0], [1]]);
  });

  it("computes percentages entered as text, booleans and the TRUE and FALSE literals", async () => {
    const fake = calculating({
      sheets: [{ name: "S", cells: { A1: "50%", B1: "=A1*200", A2: true, B2: "=IF(A2,TRUE,FALSE)", C2: "=AND(A2,FALSE)" } }],
    });
    expect(await valuesOf(fake, "S", "A1:C2")).toEqual([
      [0.5, 100, ""],
      [true, true, false],
    ]);
  });

  it("follows references to other sheets by quoted and plain names, and defined names", async () => {
    const fake = calculating({
      sheets: [
        { name: "Kostnadskalkyl", cells: { B3: 1200 } },
        { name: "Cost sheet", cells: { A1: 7 } },
        { name: "Summary", cells: { A1: "='Kostnadskalkyl'!$B$3/2", A2: "=Kostnadskalkyl!B3+'Cost sheet'!A1", A3: "=Rate*100" } },
      ],
      names: [{ name: "Rate", formula: "='Cost sheet'!$A$1" }],
    });
    expect(await valuesOf(fake, "Summary", "A1:A3")).toEqual([[600], [1207], [700]]);
  });

  it.each([
    ["=1/0", "#DIV/0!"],
    ["=NA()", "#N/A"],
    ['="a"+1', "#VALUE!"],
    ["=A1+#REF!", "#REF!"],
    ["=NOSUCHFUNCTION(1)", "#NAME?"],
    ["=UnknownName", "#NAME?"],
    ["=SQRT(-1)", "#NUM!"],
  ])("gives %s as Excel's error text %s", async (formula, text) => {
    const fake = calculating({ sheets: [{ name: "S", cells: { B2: formula } }] });
    expect(await valuesOf(fake, "S", "B2")).toEqual([[text]]);
  });

  it("refuses to guess the value of a circular reference", async () => {
    const fake = calculating({ sheets: [{ name: "S", cells: { A1: "=A2", A2: "=A1" } }] });
    expect(await codeOf(valuesOf(fake, "S", "A1"))).toBe("GeneralException");
  });

  it("recalculates after writes in the same sync, and calculates once per state of the workbook", async () => {
    let builds = 0;
    const counting: FakeCalculator = (input) => {
      builds++;
      return hyperFormulaCalculator(input);
    };
    const fake = new FakeExcel({ sheets: [{ name: "S", cells: { A1: 1, B1: "=A1*10" } }], calculate: counting });
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("B1");
      const before = range.load("values");
      await context.sync();
      expect(before.values).toEqual([[10]]);
      context.workbook.worksheets.getItem("S").getRange("A1").values = [[5]];
      const after = context.workbook.worksheets.getItem("S").getRange("A1:B1").load("values");
      const again = context.workbook.worksheets.getItem("S").getRange("B1").load("values");
      await context.sync();
      expect(after.values).toEqual([[5, 50]]);
      expect(again.values).toEqual([[50]]);
    });
    expect(builds).toBe(2);
  });
});

describe("the add-in's templates, calculated", () => {
  const EXAMPLE: TemplateOptions = { language: "sv", years: 5, startYear: 2026, currency: "kr", example: true };

  it("writes every template with the example and finds no error in the impact map, cost sheet or before/after sheet", async () => {
    const fake = calculating({});
    const uninstall = fake.install();
    let result: Awaited<ReturnType<typeof createSheets>>;
    try {
      result = await createSheets({ templates: TEMPLATES.map((t) => t.id), options: EXAMPLE });
    } finally {
      uninstall();
    }
    expect(result.ok).toBe(true);
    const checked = result.sheets.filter((s) => ["impactMap", "costSheet", "beforeAfter"].includes(s.templateId));
    expect(new Set(checked.map((s) => s.templateId))).toEqual(new Set(["impactMap", "costSheet", "beforeAfter"]));
    const errors: string[] = [];
    let formulas = 0;
    for (const { name } of checked) {
      const { values, cells } = await fake.run(async (context) => {
        const used = context.workbook.worksheets.getItem(name).getUsedRange(true).load("values,formulas,address");
        await context.sync();
        return { values: used.values, cells: used.formulas };
      });
      values.forEach((row, r) =>
        row.forEach((value, c) => {
          if (typeof cells[r][c] === "string" && (cells[r][c] as string).startsWith("=")) formulas++;
          if (typeof value === "string" && /^#(DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|SPILL!|NULL!)$/.test(value))
            errors.push(`${name} (${r},${c}) ${String(cells[r][c])}: ${value}`);
        }),
      );
    }
    expect(errors).toEqual([]);
    expect(formulas).toBeGreaterThan(100);
  });
});
