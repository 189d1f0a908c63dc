import { FakeExcel, snapshotWorkbook } from ".";
import { codeOf } from "./fakeTesting";

const names = (fake: FakeExcel) => fake.sheets.map((s) => s.name);

describe("worksheets", () => {
  describe("position", () => {
    it("moves the sheet; the sheets in between shift by one", async () => {
      const fake = new FakeExcel({ sheets: [{ name: "A" }, { name: "B" }, { name: "C" }, { name: "D" }] });
      await fake.run(async (c) => {
        c.workbook.worksheets.getItem("D").position = 1;
        const moved = c.workbook.worksheets.getItem("A");
        moved.position = 3;
        moved.load("position");
        await c.sync();
        expect(moved.position).toBe(3);
      });
      expect(names(fake)).toEqual(["D", "B", "C", "A"]);
      expect(snapshotWorkbook(fake).sheets.map((s) => s.position)).toEqual([0, 1, 2, 3]);
    });

    it.each([4, -1, 1.5])("refuses position %s with InvalidArgument", async (position) => {
      const fake = new FakeExcel({ sheets: [{ name: "A" }, { name: "B" }, { name: "C" }, { name: "D" }] });
      expect(await codeOf(fake, async (c) => void (c.workbook.worksheets.getItem("A").position = position))).toBe("InvalidArgument");
    });
  });

  describe("name", () => {
    it("renames the sheet and the formulas that refer to it", async () => {
      const fake = new FakeExcel({
        sheets: [
          { name: "Effektkarta", cells: { A1: 2 } },
          { name: "S", cells: { A1: "=Effektkarta!A1*2" } },
        ],
      });
      await fake.run(async (c) => void (c.workbook.worksheets.getItem("Effektkarta").name = "Effektkarta 2026"));
      expect(names(fake)).toEqual(["Effektkarta 2026", "S"]);
      expect(snapshotWorkbook(fake).sheets[1].cells.A1).toEqual({ formula: "='Effektkarta 2026'!A1*2" });
      expect(await codeOf(fake, async (c) => void (c.workbook.worksheets.getItem("S").name = "effektkarta 2026"))).toBe(
        "ItemAlreadyExists",
      );
    });
  });

  describe("copy", () => {
    it("copies cells, formats, the table (renamed) and the charts (reading the copy), as Name (2) at the end", async () => {
      const fake = new FakeExcel({
        sheets: [{ name: "Analys", cells: { A1: "Run", B1: "Ratio", A2: 1, B2: 2.5, A3: 2, B3: 3 } }, { name: "Other" }],
      });
      await fake.run(async (c) => {
        const sheet = c.workbook.worksheets.getItem("Analys");
        sheet.tables.add("A1:B3", true).name = "Inputs";
        sheet.getRange("B2").format.fill.color = "#FFEEDD";
        sheet.charts.add("ColumnClustered", sheet.getRange("B2:B3"));
        const copy = sheet.copy("End");
        copy.load("name,position");
        await c.sync();
        expect([copy.name, copy.position]).toEqual(["Analys (2)", 2]);
        copy.getRange("A2").values = [[9]];
      });
      const snap = snapshotWorkbook(fake);
      const [original, , copied] = snap.sheets;
      expect(copied.cells.B2).toEqual(original.cells.B2);
      expect([original.cells.A2, copied.cells.A2]).toEqual([{ value: 1 }, { value: 9 }]);
      expect([original.tables, copied.tables].map((ts) => ts.map((t) => `${t.name} ${t.range}`))).toEqual([
        ["Inputs A1:B3"],
        ["Inputs2 A1:B3"],
      ]);
      expect(copied.charts.map((ch) => ch.series.map((s) => s.values))).toEqual([["B2:B3"]]);
      expect(fake.sheets[2].charts[0].series[0].values?.sheet).toBe(fake.sheets[2]);
    });

    it("puts the copy first by default, before or after a sheet when asked, and needs ExcelApi 1.7", async () => {
      const fake = new FakeExcel({ sheets: [{ name: "A" }, { name: "B" }] });
      await fake.run(async (c) => {
        const a = c.workbook.worksheets.getItem("A");
        a.copy();
        a.copy("After", c.workbook.worksheets.getItem("B"));
        a.copy("Before", c.workbook.worksheets.getItem("B"));
      });
      expect(names(fake)).toEqual(["A (2)", "A", "A (4)", "B", "A (3)"]);
      const old = new FakeExcel({ sheets: [{ name: "A" }], apiVersion: "1.6" });
      expect(await codeOf(old, async (c) => void c.workbook.worksheets.getItem("A").copy("End"))).toBe("ApiNotFound");
    });
  });

  describe("null objects", () => {
    it("does nothing with operations on a sheet that does not exist (getItemOrNullObject(…).delete())", async () => {
      const fake = new FakeExcel({ sheets: [{ name: "Keep" }] });
      await fake.run(async (c) => {
        const missing = c.workbook.worksheets.getItemOrNullObject("Old");
        missing.delete();
        missing.getRange("A1").values = [[1]];
        missing.tables.add("A1:B2", true);
        missing.charts.add("Line", missing.getRange("A1:A3"));
        missing.load("name");
        c.workbook.worksheets.add("Old");
        await c.sync();
        expect(missing.isNullObject).toBe(true);
        expect(() => missing.name).toThrow(expect.objectContaining({ code: "InvalidOperation" }));
      });
      expect(names(fake)).toEqual(["Keep", "Old"]);
      expect(snapshotWorkbook(fake).sheets[1].cells).toEqual({});
    });

    it("still fails operations on a sheet that was deleted", async () => {
      const fake = new FakeExcel({ sheets: [{ name: "A" }, { name: "B" }] });
      const code = await codeOf(fake, async (c) => {
        const sheet = c.workbook.worksheets.getItem("B");
        sheet.delete();
        await c.sync();
        sheet.getRange("A1").values = [[1]];
      });
      expect(code).toBe("ItemNotFound");
    });
  });

  it("reaches a sheet's charts and loads their count", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "S", cells: { A1: 1, A2: 2 } }] });
    await fake.run(async (c) => {
      const sheet = c.workbook.worksheets.getItem("S");
      sheet.charts.add("Line", sheet.getRange("A1:A2"));
      const charts = sheet.charts.load("count");
      await c.sync();
      expect(charts.count).toBe(1);
    });
    expect(snapshotWorkbook(fake).sheets[0].charts.map((ch) => ch.name)).toEqual(["Chart 1"]);
  });
});
