import { FakeExcel, FakeOfficeError, snapshotSheetNamed, snapshotWorkbook } from ".";
import { hyperFormulaCalculator } from "./fakeCalculation";

/** The code of the FakeOfficeError an edit throws, or "ok". */
function codeOf(edit: () => void): string {
  try {
    edit();
    return "ok";
  } catch (error) {
    return (error as FakeOfficeError).code;
  }
}

/**
 * "Effektkarta": a table Impact over A3:B6 (header row 3, data rows 4–6), a total in B8, a
 * validation on B4:B6, a conditional format on A4:B6, a chart of B4:B6; "Summary" refers to it.
 */
async function workbook(): Promise<FakeExcel> {
  const fake = new FakeExcel({
    calculate: hyperFormulaCalculator,
    sheets: [
      {
        name: "Effektkarta",
        cells: { A1: "Title", A3: "Outcome", B3: "Value", A4: "a", B4: 1, A5: "b", B5: 2, A6: "c", B6: 3, A8: "Total", B8: "=SUM(B4:B6)" },
      },
      { name: "Summary", cells: { A1: "=Effektkarta!B8", A2: "='Effektkarta'!B4*10" } },
    ],
    tables: [{ sheet: "Effektkarta", range: "A3:B6", name: "Impact" }],
    names: [{ name: "Total", formula: "=Effektkarta!$B$8" }],
  });
  await fake.run(async (c) => {
    const sheet = c.workbook.worksheets.getItem("Effektkarta");
    const values = sheet.getRange("B4:B6");
    values.numberFormat = [["0.0"], ["0.0"], ["0.0"]];
    values.format.fill.color = "#FFFF00";
    values.format.borders.getItem("EdgeLeft").style = "Continuous";
    values.dataValidation.rule = { decimal: { operator: "GreaterThan", formula1: 0 } };
    sheet.getRange("A4:B6").conditionalFormats.add("Custom").custom.rule.formula = "=$B4>2";
    const chart = sheet.charts.add("ColumnClustered", values);
    chart.setPosition("D3", "H8");
  });
  return fake;
}

const map = (fake: FakeExcel) => snapshotSheetNamed(fake, "Effektkarta")!;

describe("a user at the keyboard", () => {
  describe("renameSheet", () => {
    it("renames the sheet, and formulas, names and rules that refer to it follow", async () => {
      const fake = await workbook();
      fake.user.renameSheet("effektkarta", "Impact map");
      const snap = snapshotWorkbook(fake);
      expect(snap.sheets.map((s) => s.name)).toEqual(["Impact map", "Summary"]);
      expect(snap.sheets[1].cells.A1).toEqual({ formula: "='Impact map'!B8" });
      expect(snap.sheets[1].cells.A2).toEqual({ formula: "='Impact map'!B4*10" });
      expect(snap.names).toEqual([{ name: "Total", formula: "='Impact map'!$B$8" }]);
      expect(
        await fake.run(async (c) => {
          const r = c.workbook.worksheets.getItem("Summary").getRange("A1:A2").load("values");
          await c.sync();
          return r.values;
        }),
      ).toEqual([[6], [10]]);
    });

    it("refuses a name Excel refuses", async () => {
      const fake = await workbook();
      expect(codeOf(() => fake.user.renameSheet("Summary", "EFFEKTKARTA"))).toBe("ItemAlreadyExists");
      expect(codeOf(() => fake.user.renameSheet("Summary", "a/b"))).toBe("InvalidArgument");
      expect(codeOf(() => fake.user.renameSheet("Nope", "x"))).toBe("ItemNotFound");
      expect(codeOf(() => fake.user.renameSheet("Summary", "SUMMARY"))).toBe("ok");
    });
  });

  describe("typeInto and clear", () => {
    it("enters what was typed as Excel reads it, and the calculation follows", async () => {
      const fake = await workbook();
      fake.user.typeInto("Effektkarta", "B5", "20");
      fake.user.typeInto("Effektkarta", "C1", "=B8/2");
      fake.user.typeInto("Effektkarta", "C2", "12%");
      const cells = map(fake).cells;
      expect([cells.B5.value, cells.C1.formula, cells.C2]).toEqual([20, "=B8/2", { value: 0.12, numberFormat: "0%" }]);
      const values = await fake.run(async (c) => {
        const r = c.workbook.worksheets.getItem("Effektkarta").getRange("C1").load("values");
        await c.sync();
        return r.values;
      });
      expect(values).toEqual([[12]]);
    });

    it("renames a table column when its header is typed over or cleared", async () => {
      const fake = await workbook();
      fake.user.typeInto("Effektkarta", "A3", "Utfall");
      fake.user.clear("Effektkarta", "B3");
      expect(map(fake).tables[0].headers).toEqual(["Utfall", "Column2"]);
      expect(map(fake).cells.B3.value).toBe("Column2");
    });

    it("extends a table by a value typed right under it or right of it", async () => {
      const fake = await workbook();
      fake.user.typeInto("Effektkarta", "A7", "d");
      fake.user.typeInto("Effektkarta", "C3", "Year");
      fake.user.typeInto("Effektkarta", "C10", "not next to it");
      expect(map(fake).tables[0]).toMatchObject({ range: "A3:C7", headers: ["Outcome", "Value", "Year"] });
    });

    it("clears contents only, as the Delete key does", async () => {
      const fake = await workbook();
      fake.user.clear("Effektkarta", "B4:B5");
      expect(map(fake).cells.B4).toEqual({ numberFormat: "0.0", style: { fill: "#FFFF00", borders: { left: { style: "Continuous" } } } });
      expect(map(fake).validations).toHaveLength(1);
    });

    it("types into one cell at a time", async () => {
      const fake = await workbook();
      expect(codeOf(() => fake.user.typeInto("Effektkarta", "A1:B1", "x"))).toBe("InvalidArgument");
    });
  });

  describe("insertRows", () => {
    it("inside a table: the table, rules, chart data and references grow, the rows below move", async () => {
      const fake = await workbook();
      fake.user.insertRows("Effektkarta", 5, 2);
      const snap = map(fake);
      expect(snap.tables[0].range).toBe("A3:B8");
      expect(snap.cells.B7).toEqual({
        value: 2,
        numberFormat: "0.0",
        style: { fill: "#FFFF00", borders: { left: { style: "Continuous" } } },
      });
      expect(snap.cells.B10).toEqual({ formula: "=SUM(B4:B8)" });
      expect(snapshotSheetNamed(fake, "Summary")!.cells.A1).toEqual({ formula: "=Effektkarta!B10" });
      expect(snapshotWorkbook(fake).names[0].formula).toBe("=Effektkarta!$B$10");
      expect(snap.cells.A10).toEqual({ value: "Total" });
      expect(snap.validations.map((v) => v.range)).toEqual(["B4:B8"]);
      expect(snap.conditionalFormats.map((f) => f.range)).toEqual(["A4:B8"]);
      expect(snap.charts[0]).toMatchObject({ from: "D3", to: "H10", series: [{ values: "B4:B8", valueData: [1, null, null, 2, 3] }] });
    });

    it("gives new rows the formats of the row above, not its values", async () => {
      const fake = await workbook();
      fake.user.insertRows("Effektkarta", 5);
      expect(map(fake).cells.B5).toEqual({ numberFormat: "0.0", style: { fill: "#FFFF00", borders: { left: { style: "Continuous" } } } });
    });

    it("above a table moves it; right under it leaves it as it is", async () => {
      const fake = await workbook();
      fake.user.insertRows("Effektkarta", 2);
      expect(map(fake).tables[0].range).toBe("A4:B7");
      fake.user.insertRows("Effektkarta", 8);
      expect(map(fake).tables[0].range).toBe("A4:B7");
      expect(map(fake).cells.A10).toEqual({ value: "Total" });
    });

    it("refuses to push cells off the sheet", async () => {
      const fake = await workbook();
      fake.user.typeInto("Summary", "A1048576", "last");
      expect(codeOf(() => fake.user.insertRows("Summary", 3))).toBe("InvalidOperation");
      expect(codeOf(() => fake.user.insertRows("Summary", 0))).toBe("InvalidArgument");
    });
  });

  describe("deleteRows", () => {
    it("inside a table: the table, rules, chart data and references shrink, the rows below move up", async () => {
      const fake = await workbook();
      fake.user.deleteRows("Effektkarta", 5);
      const snap = map(fake);
      expect(snap.tables[0].range).toBe("A3:B5");
      expect(snap.cells.A5.value).toBe("c");
      expect(snap.cells.B7).toEqual({ formula: "=SUM(B4:B5)" });
      expect(snap.conditionalFormats[0]).toMatchObject({ range: "A4:B5", formula: "=$B4>2" });
      expect(snap.validations.map((v) => v.range)).toEqual(["B4:B5"]);
      expect(snap.charts[0].series[0]).toMatchObject({ values: "B4:B5", valueData: [1, 3] });
    });

    it("removes what lies entirely in the deleted rows: a whole table, its rules, the chart's data", async () => {
      const fake = await workbook();
      fake.user.deleteRows("Effektkarta", 3, 4);
      const snap = map(fake);
      expect(snap.tables).toEqual([]);
      expect(snap.validations).toEqual([]);
      expect(snap.conditionalFormats).toEqual([]);
      expect(snap.charts[0].series[0]).toEqual({ name: "Series1", values: "#REF!", valueData: [] });
      expect(snap.cells.A4).toEqual({ value: "Total" });
    });

    it("refuses to delete a table's header row alone, or all its data rows", async () => {
      const fake = await workbook();
      expect(codeOf(() => fake.user.deleteRows("Effektkarta", 3, 2))).toBe("InvalidOperation");
      expect(codeOf(() => fake.user.deleteRows("Effektkarta", 4, 3))).toBe("InvalidOperation");
      expect(map(fake).tables[0].range).toBe("A3:B6");
    });
  });

  it("changes the workbook between two requests of the add-in", async () => {
    const fake = await workbook();
    fake.user.insertRows("Effektkarta", 6);
    fake.user.typeInto("Effektkarta", "A6", "new");
    fake.user.typeInto("Effektkarta", "B6", "4");
    const body = await fake.run(async (c) => {
      const range = c.workbook.tables.getItem("Impact").getDataBodyRange().load("values");
      await c.sync();
      return range.values;
    });
    expect(body).toEqual([
      ["a", 1],
      ["b", 2],
      ["new", 4],
      ["c", 3],
    ]);
  });
});
