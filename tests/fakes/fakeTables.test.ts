import { FakeExcel, snapshotSheetNamed, snapshotWorkbook } from ".";
import { codeOf } from "./fakeTesting";

/** Two sheets, a table on each: Impact (A1:C3) on "Effektkarta", Flows (B2:C4) on "Före och efter". */
function workbook(apiVersion?: string): FakeExcel {
  return new FakeExcel({
    apiVersion,
    sheets: [
      {
        name: "Effektkarta",
        cells: { A1: "Stakeholder", B1: "Outcome", C1: "Value", A2: "Youth", B2: "Job", C2: 100, A3: "City", B3: "Tax", C3: "=C2*2" },
      },
      { name: "Före och efter", cells: { B2: "Actor", C2: "Change", B3: "State", C3: 5, B4: "Region", C4: 6 } },
    ],
    tables: [
      { sheet: "Effektkarta", range: "A1:C3", name: "Impact" },
      { sheet: "Före och efter", range: "B2:C4", name: "Flows" },
    ],
  });
}

describe("tables", () => {
  describe("getItem and getItemOrNullObject", () => {
    it("finds a table by name ignoring case, in the workbook or on its own sheet", async () => {
      const fake = workbook();
      await fake.run(async (c) => {
        const byWorkbook = c.workbook.tables.getItem("impact").load("name");
        const bySheet = c.workbook.worksheets.getItem("Före och efter").tables.getItemOrNullObject("FLOWS").load("name");
        const elsewhere = c.workbook.worksheets.getItem("Effektkarta").tables.getItemOrNullObject("Flows");
        await c.sync();
        expect([byWorkbook.name, bySheet.name, elsewhere.isNullObject]).toEqual(["Impact", "Flows", true]);
      });
    });

    it("fails getItem with ItemNotFound and answers isNullObject only after sync", async () => {
      const fake = workbook();
      expect(await codeOf(fake, async (c) => void c.workbook.tables.getItem("Missing").load("name"))).toBe("ItemNotFound");
      await fake.run(async (c) => {
        const missing = c.workbook.tables.getItemOrNullObject("Missing");
        expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
        missing.delete();
        missing.getDataBodyRange().values = [[1]];
        await c.sync();
        expect(missing.isNullObject).toBe(true);
      });
      expect(fake.tables.map((t) => t.name)).toEqual(["Impact", "Flows"]);
    });

    it("needs ExcelApi 1.4 for getItemOrNullObject", async () => {
      expect(await codeOf(workbook("1.3"), async (c) => void c.workbook.tables.getItemOrNullObject("Impact"))).toBe("ApiNotFound");
      expect(await codeOf(workbook("1.3"), async (c) => void c.workbook.tables.getItem("Impact").load("name"))).toBe("ok");
    });
  });

  describe("collections", () => {
    it("loads each item's name and its worksheet's name through a navigation path", async () => {
      const fake = workbook();
      await fake.run(async (c) => {
        const tables = c.workbook.tables.load("items/name,items/worksheet/name");
        const onSheet = c.workbook.worksheets.getItem("Effektkarta").tables.load("items/name");
        await c.sync();
        expect(tables.items.map((t) => [t.name, t.worksheet.name])).toEqual([
          ["Impact", "Effektkarta"],
          ["Flows", "Före och efter"],
        ]);
        expect(onSheet.items.map((t) => t.name)).toEqual(["Impact"]);
        expect(() => onSheet.items[0].worksheet.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      });
    });

    it("needs ExcelApi 1.2 to load the worksheet of items", async () => {
      expect(await codeOf(workbook("1.1"), async (c) => void c.workbook.tables.load("items/worksheet/name"))).toBe("ApiNotFound");
      expect(await codeOf(workbook("1.1"), async (c) => void c.workbook.tables.load("items/name"))).toBe("ok");
    });
  });

  describe("a table's worksheet and ranges", () => {
    it("gives the worksheet (1.2) and the whole, header and data body ranges", async () => {
      const fake = workbook();
      await fake.run(async (c) => {
        const table = c.workbook.tables.getItem("Flows");
        const sheet = table.worksheet.load("name");
        const ranges = [table.getRange(), table.getHeaderRowRange(), table.getDataBodyRange()].map((r) => r.load("address,values"));
        await c.sync();
        expect(sheet.name).toBe("Före och efter");
        expect(ranges.map((r) => r.address)).toEqual(["'Före och efter'!B2:C4", "'Före och efter'!B2:C2", "'Före och efter'!B3:C4"]);
        expect(ranges[2].values).toEqual([
          ["State", 5],
          ["Region", 6],
        ]);
      });
      expect(await codeOf(workbook("1.1"), async (c) => void c.workbook.tables.getItem("Flows").worksheet.load("name"))).toBe(
        "ApiNotFound",
      );
    });

    it("takes the table's bounds as they are when the batch reaches the call", async () => {
      const fake = workbook();
      await fake.run(async (c) => {
        const body = c.workbook.tables.getItem("Flows").getDataBodyRange().load("address");
        await c.sync();
        fake.user.insertRows("Före och efter", 4, 2);
        const grown = c.workbook.tables.getItem("Flows").getDataBodyRange().load("address");
        await c.sync();
        expect([body.address, grown.address]).toEqual(["'Före och efter'!B3:C4", "'Före och efter'!B3:C6"]);
      });
    });

    it("writes header texts back into the table's column names", async () => {
      const fake = workbook();
      await fake.run(async (c) => {
        c.workbook.tables.getItem("Impact").getHeaderRowRange().values = [["Intressent", 2026, ""]];
      });
      expect(snapshotSheetNamed(fake, "Effektkarta")!.tables[0].headers).toEqual(["Intressent", "2026", "Column3"]);
      expect(snapshotSheetNamed(fake, "Effektkarta")!.cells.B1).toEqual({ value: "2026" });
    });
  });

  describe("delete and convertToRange", () => {
    it("delete removes the table and the data in its cells", async () => {
      const fake = workbook();
      await fake.run(async (c) => c.workbook.tables.getItem("Flows").delete());
      const snap = snapshotSheetNamed(fake, "Före och efter")!;
      expect(snap.tables).toEqual([]);
      expect(snap.cells).toEqual({});
      expect(fake.tables.map((t) => t.name)).toEqual(["Impact"]);
    });

    it("convertToRange (1.2) removes the table and keeps every cell", async () => {
      const fake = workbook();
      await fake.run(async (c) => {
        const range = c.workbook.tables.getItem("Impact").convertToRange().load("address");
        await c.sync();
        expect(range.address).toBe("'Effektkarta'!A1:C3");
      });
      const snap = snapshotSheetNamed(fake, "Effektkarta")!;
      expect(snap.tables).toEqual([]);
      expect(snap.cells.C3).toEqual({ formula: "=C2*2" });
      expect(await codeOf(workbook("1.1"), async (c) => void c.workbook.tables.getItem("Impact").convertToRange())).toBe("ApiNotFound");
    });

    it("a deleted table cannot be used again", async () => {
      const fake = workbook();
      const code = await codeOf(fake, async (c) => {
        const table = c.workbook.tables.getItem("Impact");
        table.delete();
        await c.sync();
        table.load("name");
      });
      expect(code).toBe("ItemNotFound");
      expect(snapshotWorkbook(fake).sheets[0].tables).toEqual([]);
    });
  });
});
