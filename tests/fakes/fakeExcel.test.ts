import { dateSerial } from "./fakeEntry";
import { FakeExcel, snapshotSheetNamed, snapshotWorkbook } from ".";
import { codeOf } from "./fakeTesting";

describe("FakeExcel", () => {
  describe("requests", () => {
    it("applies queued operations only at sync and counts syncs", async () => {
      const fake = new FakeExcel();
      await fake.run(async (context) => {
        context.workbook.worksheets.add("New");
        expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
        await context.sync();
        expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1", "New"]);
      });
      expect(fake.syncs).toBe(1);
    });

    it("syncs what is still queued when the batch ends (and counts it)", async () => {
      const fake = new FakeExcel();
      await fake.run(async (context) => {
        context.workbook.worksheets.add("Late");
      });
      expect(fake.syncs).toBe(1);
      expect(fake.findSheet("Late")).toBeDefined();
    });

    it("refuses to read a property before load and sync", async () => {
      const fake = new FakeExcel({ sheets: [{ name: "A" }, { name: "B" }] });
      await fake.run(async (context) => {
        const sheets = context.workbook.worksheets.load("items/name");
        expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
        await context.sync();
        expect(sheets.items.map((s) => s.name)).toEqual(["A", "B"]);
        expect(() => sheets.items[0].position).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      });
    });

    it("answers getItemOrNullObject with isNullObject after sync", async () => {
      const fake = new FakeExcel({ sheets: [{ name: "Data" }] });
      await fake.run(async (context) => {
        const found = context.workbook.worksheets.getItemOrNullObject("DATA");
        const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
        expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
        await context.sync();
        expect(found.isNullObject).toBe(false);
        expect(missing.isNullObject).toBe(true);
      });
    });

    it("keeps the operations before a failing one and drops those after", async () => {
      const fake = new FakeExcel();
      const code = await codeOf(fake, async (context) => {
        context.workbook.worksheets.add("First");
        context.workbook.worksheets.add("first");
        context.workbook.worksheets.add("Third");
        await context.sync();
      });
      expect(code).toBe("ItemAlreadyExists");
      expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1", "First"]);
    });

    it("rejects every sync in cell-edit mode", async () => {
      const fake = new FakeExcel();
      fake.cellEditMode = "InvalidOperationInCellEditMode";
      const code = await codeOf(fake, async (context) => {
        context.workbook.worksheets.add("X");
        await context.sync();
      });
      expect(code).toBe("InvalidOperationInCellEditMode");
      expect(fake.sheets).toHaveLength(1);
    });

    it("fails an API newer than its requirement set, after applying what came before", async () => {
      const fake = new FakeExcel({ apiVersion: "1.7" });
      expect(fake.officeGlobal().context.requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
      expect(fake.officeGlobal().context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(false);
      const code = await codeOf(fake, async (context) => {
        const sheet = context.workbook.worksheets.add("Half");
        sheet.getRange("A1").dataValidation.rule = { wholeNumber: { operator: "GreaterThan", formula1: 0 } };
        await context.sync();
      });
      expect(code).toBe("ApiNotFound");
      expect(fake.findSheet("Half")).toBeDefined();
    });
  });

  describe("sheet names", () => {
    it.each([
      ["a name longer than 31 characters", "x".repeat(32), "InvalidArgument"],
      ["a forbidden character", "Cost/benefit", "InvalidArgument"],
      ["a leading apostrophe", "'Quoted", "InvalidArgument"],
      ["the reserved History", "history", "InvalidArgument"],
      ["a blank name", "  ", "InvalidArgument"],
      ["a name taken ignoring case", "SHEET1", "ItemAlreadyExists"],
    ])("refuses %s", async (_, name, code) => {
      const fake = new FakeExcel();
      expect(await codeOf(fake, async (context) => void context.workbook.worksheets.add(name))).toBe(code);
    });

    it("accepts 31 characters and letters like å ä ö", async () => {
      const fake = new FakeExcel();
      expect(await codeOf(fake, async (context) => void context.workbook.worksheets.add("Kostnadskalkyl för året (2) åäö"))).toBe("ok");
    });
  });

  describe("ranges", () => {
    it("requires arrays of exactly the range's shape", async () => {
      const fake = new FakeExcel();
      const write = (value: unknown[][]) =>
        codeOf(fake, async (context) => {
          context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").formulas = value;
        });
      expect(await write([[1, 2], [3]])).toBe("InvalidArgument");
      expect(await write([[1, 2]])).toBe("InvalidArgument");
      expect(
        await write([
          [1, 2],
          [3, 4],
        ]),
      ).toBe("ok");
    });

    it("reads written text the way Excel does", async () => {
      const fake = new FakeExcel();
      await fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1:F1").formulas = [["2026", "'2026", "=A1+1", "50%", "1-5", "text"]];
        sheet.getRange("A2").numberFormat = [["@"]];
        sheet.getRange("A2").formulas = [["=A1"]];
      });
      const cells = snapshotSheetNamed(fake, "Sheet1")!.cells;
      expect(cells.A1).toEqual({ value: 2026 });
      expect(cells.B1).toEqual({ value: "2026" });
      expect(cells.C1).toEqual({ formula: "=A1+1" });
      expect(cells.D1).toEqual({ value: 0.5, numberFormat: "0%" });
      // en-US Excel reads "1-5" as the 5th of January of the current year
      expect(cells.E1).toEqual({ value: dateSerial(new Date().getFullYear(), 1, 5), numberFormat: "d-mmm" });
      expect(cells.F1).toEqual({ value: "text" });
      expect(cells.A2).toEqual({ value: "=A1", numberFormat: "@" });
    });

    it("refuses formulas that refer to a missing sheet or do not parse", async () => {
      const fake = new FakeExcel({ sheets: [{ name: "Cost sheet" }] });
      const write = (formula: string) =>
        codeOf(fake, async (context) => {
          context.workbook.worksheets.getItem("Cost sheet").getRange("A1").formulas = [[formula]];
        });
      expect(await write("='Cost sheet'!B2*2")).toBe("ok");
      expect(await write("='Impact map'!B2")).toBe("InvalidReference");
      expect(await write("=SUM(A1:A2")).toBe("InvalidArgument");
    });

    it("draws borders on shared edges once (a bottom line is the top line of the cell below)", async () => {
      const fake = new FakeExcel();
      await fake.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Sheet1").getRange("B2:B3");
        range.format.borders.getItem("InsideHorizontal").style = "Continuous";
      });
      const cells = snapshotSheetNamed(fake, "Sheet1")!.cells;
      expect(cells.B2.style?.borders).toEqual({ bottom: { style: "Continuous" } });
      expect(cells.B3.style?.borders).toEqual({ top: { style: "Continuous" } });
    });
  });

  describe("validation", () => {
    it("holds Excel's limits on input and error messages", async () => {
      const fake = new FakeExcel();
      const prompt = (title: string, message: string) =>
        codeOf(fake, async (context) => {
          context.workbook.worksheets.getItem("Sheet1").getRange("C1").dataValidation.prompt = { showPrompt: true, title, message };
        });
      expect(await prompt("x".repeat(32), "y".repeat(255))).toBe("ok");
      expect(await prompt("x".repeat(33), "ok")).toBe("InvalidArgument");
      expect(await prompt("ok", "y".repeat(256))).toBe("InvalidArgument");
      const alert = await codeOf(fake, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("D1").dataValidation.errorAlert = {
          showAlert: true,
          style: "Stop",
          title: "t",
          message: "m".repeat(226),
        };
      });
      expect(alert).toBe("InvalidArgument");
    });

    it("needs Between to have two bounds", async () => {
      const fake = new FakeExcel();
      const code = await codeOf(fake, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation.rule = {
          decimal: { operator: "Between", formula1: 0 },
        };
      });
      expect(code).toBe("InvalidArgument");
    });
  });

  describe("tables and names", () => {
    it("keeps table and defined names unique together and makes headers text", async () => {
      const fake = new FakeExcel({
        sheets: [{ name: "S", cells: { A1: 2026, B1: "Cost", A2: 1, B2: 2 } }],
        names: [{ name: "Total", formula: "=S!$B$2" }],
      });
      const code = await codeOf(fake, async (context) => {
        const table = context.workbook.worksheets.getItem("S").tables.add("A1:B2", true);
        await context.sync();
        table.name = "total";
      });
      expect(code).toBe("ItemAlreadyExists");
      const snap = snapshotWorkbook(fake);
      expect(snap.sheets[0].tables).toEqual([{ name: "Table1", range: "A1:B2", style: "TableStyleMedium2", headers: ["2026", "Cost"] }]);
      expect(snap.sheets[0].cells.A1.value).toBe("2026");
    });

    it("refuses overlapping tables", async () => {
      const fake = new FakeExcel({ sheets: [{ name: "S", cells: { A1: "a", B1: "b" } }] });
      const code = await codeOf(fake, async (context) => {
        const tables = context.workbook.worksheets.getItem("S").tables;
        tables.add("A1:B3", true);
        tables.add("B2:C4", true);
      });
      expect(code).toBe("InvalidOperation");
    });
  });

  it("installs and removes the Office and Excel globals", () => {
    const target: Record<string, unknown> = {};
    const uninstall = new FakeExcel({ displayLanguage: "sv-SE" }).install(target);
    expect((target.Office as { context: { displayLanguage: string } }).context.displayLanguage).toBe("sv-SE");
    uninstall();
    expect(target.Office).toBeUndefined();
  });
});
