import { FakeExcel, snapshotSheetNamed } from ".";
import type { FakeContext } from "./fakeContext";
import { codeOf } from "./fakeTesting";

/** Runs a batch on the fake and returns the rejection's code (or "ok"). */
/** Where a range lies, loaded through the API. */
async function placeOf(
  fake: FakeExcel,
  make: (context: FakeContext) => {
    load(p: string): { address: string; rowIndex: number; columnIndex: number; rowCount: number; columnCount: number };
  },
) {
  return fake.run(async (context) => {
    const range = make(context).load("address,rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    return { address: range.address, row: range.rowIndex, column: range.columnIndex, rows: range.rowCount, columns: range.columnCount };
  });
}

const sheet = (context: FakeContext) => context.workbook.worksheets.getItem("Data");

describe("ranges", () => {
  describe("position", () => {
    it("loads the sheet-qualified address, 0-based indexes and counts", async () => {
      const fake = new FakeExcel({ sheets: [{ name: "Data" }] });
      expect(await placeOf(fake, (c) => sheet(c).getRange("B4:D9"))).toEqual({
        address: "'Data'!B4:D9",
        row: 3,
        column: 1,
        rows: 6,
        columns: 3,
      });
    });

    it("refuses to read them before load and sync", async () => {
      const fake = new FakeExcel({ sheets: [{ name: "Data" }] });
      await fake.run(async (context) => {
        const range = sheet(context).getRange("A1").load("address");
        expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
        await context.sync();
        expect(() => range.rowIndex).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      });
    });
  });

  describe("relative ranges", () => {
    const fake = new FakeExcel({ sheets: [{ name: "Data" }] });
    it.each([
      ["getCell inside", (c: FakeContext) => sheet(c).getRange("B4:D9").getCell(1, 2), "'Data'!D5"],
      ["getCell outside the range", (c: FakeContext) => sheet(c).getRange("B4:D9").getCell(10, 0), "'Data'!B14"],
      ["getOffsetRange", (c: FakeContext) => sheet(c).getRange("B4:D9").getOffsetRange(-3, 1), "'Data'!C1:E6"],
      ["getLastRow", (c: FakeContext) => sheet(c).getRange("B4:D9").getLastRow(), "'Data'!B9:D9"],
      ["getLastColumn", (c: FakeContext) => sheet(c).getRange("B4:D9").getLastColumn(), "'Data'!D4:D9"],
      ["getLastCell", (c: FakeContext) => sheet(c).getRange("B4:D9").getLastCell(), "'Data'!D9"],
      ["getResizedRange", (c: FakeContext) => sheet(c).getRange("B4:D9").getResizedRange(2, -1), "'Data'!B4:C11"],
      ["getRow", (c: FakeContext) => sheet(c).getRange("B4:D9").getRow(2), "'Data'!B6:D6"],
      ["getColumn", (c: FakeContext) => sheet(c).getRange("B4:D9").getColumn(0), "'Data'!B4:B9"],
      ["a chain", (c: FakeContext) => sheet(c).getRange("A1").getOffsetRange(4, 0).getResizedRange(20, 27).getLastRow(), "'Data'!A25:AB25"],
    ])("%s", async (_, make, address) => {
      expect((await placeOf(fake, make)).address).toBe(address);
    });

    it.each([
      ["an offset above row 1", (c: FakeContext) => sheet(c).getRange("B4").getOffsetRange(-4, 0)],
      ["an offset left of column A", (c: FakeContext) => sheet(c).getRange("B4").getOffsetRange(0, -2)],
      ["a cell below the last row", (c: FakeContext) => sheet(c).getRange("A1048576").getCell(1, 0)],
      ["a resize past the top-left corner", (c: FakeContext) => sheet(c).getRange("B4:C5").getResizedRange(-2, 0)],
      ["a row outside the range", (c: FakeContext) => sheet(c).getRange("B4:C5").getRow(2)],
      ["a fractional offset", (c: FakeContext) => sheet(c).getRange("B4").getOffsetRange(0.5, 0)],
    ])("fails with InvalidArgument at sync for %s", async (_, make) => {
      expect(await codeOf(fake, async (c) => void make(c).load("address"))).toBe("InvalidArgument");
    });

    it("needs ExcelApi 1.2 for getResizedRange", async () => {
      const old = new FakeExcel({ sheets: [{ name: "Data" }], apiVersion: "1.1" });
      expect(await codeOf(old, async (c) => void sheet(c).getRange("A1").getResizedRange(1, 1).load("address"))).toBe("ApiNotFound");
      expect(await codeOf(old, async (c) => void sheet(c).getRange("A1").getOffsetRange(1, 1).load("address"))).toBe("ok");
    });

    it("writes through a relative range", async () => {
      const fake2 = new FakeExcel({ sheets: [{ name: "Data" }] });
      await fake2.run(async (c) => {
        sheet(c).getRange("B2:C3").getLastRow().values = [[1, 2]];
      });
      expect(snapshotSheetNamed(fake2, "Data")!.cells).toEqual({ B3: { value: 1 }, C3: { value: 2 } });
    });
  });

  describe("clear", () => {
    function formatted(): FakeExcel {
      const fake = new FakeExcel({ sheets: [{ name: "Data", cells: { A1: 1, B1: "=A1", A2: 3, B2: 4 } }] });
      return fake;
    }

    async function dress(fake: FakeExcel): Promise<void> {
      await fake.run(async (c) => {
        const range = sheet(c).getRange("A1:B2");
        range.numberFormat = [
          ["0.00", "0.00"],
          ["0.00", "0.00"],
        ];
        range.format.fill.color = "#FFEEDD";
        range.format.borders.getItem("EdgeTop").style = "Continuous";
        range.dataValidation.rule = { decimal: { operator: "GreaterThan", formula1: 0 } };
        range.conditionalFormats.add("Custom").custom.rule.formula = "=A1>1";
      });
    }

    it("removes values, formats, borders, validation and conditional formats with All (the default)", async () => {
      const fake = formatted();
      await dress(fake);
      await fake.run(async (c) => sheet(c).getRange("A1:B2").clear());
      const snap = snapshotSheetNamed(fake, "Data")!;
      expect(snap.cells).toEqual({});
      expect(snap.validations).toEqual([]);
      expect(snap.conditionalFormats).toEqual([]);
    });

    it("keeps formats, validation and conditional formats with Contents", async () => {
      const fake = formatted();
      await dress(fake);
      await fake.run(async (c) => sheet(c).getRange("A1:A2").clear("Contents"));
      const snap = snapshotSheetNamed(fake, "Data")!;
      expect(snap.cells.A1).toEqual({ numberFormat: "0.00", style: { fill: "#FFEEDD", borders: { top: { style: "Continuous" } } } });
      expect(snap.cells.B1.formula).toBe("=A1");
      expect(snap.validations).toHaveLength(1);
      expect(snap.conditionalFormats).toHaveLength(1);
    });

    it("keeps values and validation with Formats, and cuts rule areas to the cells left", async () => {
      const fake = formatted();
      await dress(fake);
      await fake.run(async (c) => sheet(c).getRange("A1:A2").clear("Formats"));
      const snap = snapshotSheetNamed(fake, "Data")!;
      expect(snap.cells.A1).toEqual({ value: 1 });
      expect(snap.cells.B1).toEqual({
        formula: "=A1",
        numberFormat: "0.00",
        style: { fill: "#FFEEDD", borders: { top: { style: "Continuous" } } },
      });
      expect(snap.validations.map((v) => v.range)).toEqual(["A1:B2"]);
      expect(snap.conditionalFormats.map((f) => f.range)).toEqual(["B1:B2"]);
    });

    it("refuses an unknown kind and needs 1.7 for hyperlinks", async () => {
      expect(await codeOf(formatted(), async (c) => sheet(c).getRange("A1").clear("Everything"))).toBe("InvalidArgument");
      const old = new FakeExcel({ sheets: [{ name: "Data" }], apiVersion: "1.6" });
      expect(await codeOf(old, async (c) => sheet(c).getRange("A1").clear("Hyperlinks"))).toBe("ApiNotFound");
    });
  });

  describe("used range", () => {
    const seeded = () => new FakeExcel({ sheets: [{ name: "Data", cells: { C3: 1, E7: "=C3" } }, { name: "Empty" }] });
    const used = (fake: FakeExcel, name: string, valuesOnly?: boolean) =>
      fake.run(async (c) => {
        const range = c.workbook.worksheets.getItem(name).getUsedRange(valuesOnly).load("address");
        await c.sync();
        return range.address;
      });

    it("covers every cell with a value or formula", async () => {
      expect(await used(seeded(), "Data")).toBe("'Data'!C3:E7");
    });

    it("covers formatted cells too, unless valuesOnly", async () => {
      const fake = seeded();
      await fake.run(async (c) => {
        sheet(c).getRange("H2").format.fill.color = "#FF0000";
      });
      expect(await used(fake, "Data")).toBe("'Data'!C2:H7");
      expect(await used(fake, "Data", true)).toBe("'Data'!C3:E7");
    });

    it("is A1 on a blank sheet (it does not throw)", async () => {
      expect(await used(seeded(), "Empty")).toBe("'Empty'!A1");
    });

    it("needs ExcelApi 1.2 for valuesOnly", async () => {
      const old = new FakeExcel({ sheets: [{ name: "Data", cells: { A1: 1 } }], apiVersion: "1.1" });
      expect(await codeOf(old, async (c) => void sheet(c).getUsedRange().load("address"))).toBe("ok");
      expect(await codeOf(old, async (c) => void sheet(c).getUsedRange(true).load("address"))).toBe("ApiNotFound");
    });

    it("is found where the batch asks for it, not at the end of the batch", async () => {
      const fake = seeded();
      await fake.run(async (c) => {
        const before = sheet(c).getUsedRange().load("address");
        sheet(c).getRange("Z100").values = [[1]];
        const after = sheet(c).getUsedRange().load("address");
        await c.sync();
        expect([before.address, after.address]).toEqual(["'Data'!C3:E7", "'Data'!C3:Z100"]);
      });
    });

    it("OrNullObject: a null object on a blank sheet, whose operations do nothing", async () => {
      const fake = seeded();
      await fake.run(async (c) => {
        const blank = c.workbook.worksheets.getItem("Empty").getUsedRangeOrNullObject();
        const full = sheet(c).getUsedRangeOrNullObject().load("address");
        expect(() => blank.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
        blank.load("address");
        blank.getCell(0, 0).values = [[1]];
        blank.clear();
        await c.sync();
        expect(blank.isNullObject).toBe(true);
        expect(full.isNullObject).toBe(false);
        expect(full.address).toBe("'Data'!C3:E7");
        expect(() => blank.address).toThrow(expect.objectContaining({ code: "InvalidOperation" }));
      });
      expect(snapshotSheetNamed(fake, "Empty")!.cells).toEqual({});
    });

    it("OrNullObject needs ExcelApi 1.4", async () => {
      const old = new FakeExcel({ sheets: [{ name: "Data" }], apiVersion: "1.3" });
      expect(await codeOf(old, async (c) => void sheet(c).getUsedRangeOrNullObject())).toBe("ApiNotFound");
    });
  });
});
