import { FakeExcel, snapshotSheetNamed } from ".";
import { codeOf } from "./fakeTesting";

/** What the fake adds for the refresh check: annotations, sheet-scoped names, cell formats, counts, chart places. */

function workbook(apiVersion?: string): FakeExcel {
  return new FakeExcel({ apiVersion, sheets: [{ name: "Data", cells: { A1: "Title", B2: 5 } }, { name: "Other" }] });
}

describe("the fake's comments, notes and sheet-scoped names", () => {
  it("counts comments (ExcelApi 1.10) and notes (1.18) per sheet, one of each per cell", async () => {
    const fake = workbook();
    fake.user.addComment("Data", "B2", "Why 5?");
    fake.user.addNote("Data", "B2", "From the survey");
    fake.user.addNote("Data", "A1", "Draft");
    expect(() => fake.user.addNote("Data", "A1", "Again")).toThrow(expect.objectContaining({ code: "InvalidOperation" }));
    const counts = await fake.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      const other = context.workbook.worksheets.getItem("Other");
      const results = [data.comments.getCount(), data.notes.getCount(), other.notes.getCount()];
      await context.sync();
      return results.map((r) => r.value);
    });
    expect(counts).toEqual([1, 2, 0]);
    expect(snapshotSheetNamed(fake, "Data")).toEqual(
      expect.objectContaining({ comments: { B2: "Why 5?" }, notes: { B2: "From the survey", A1: "Draft" } }),
    );
    expect(await codeOf(workbook("1.17"), async (c) => c.workbook.worksheets.getItem("Data").notes.getCount())).toBe("ApiNotFound");
    expect(await codeOf(workbook("1.9"), async (c) => c.workbook.worksheets.getItem("Data").comments.getCount())).toBe("ApiNotFound");
  });

  it("keeps names scoped to a sheet apart from the workbook's, and copies them with the sheet", async () => {
    const fake = workbook();
    fake.user.addName("Data", "Result", "=Data!$B$2");
    const seen = await fake.run(async (context) => {
      const sheetNames = context.workbook.worksheets.getItem("Data").names.load("items/name,items/formula");
      const bookNames = context.workbook.names.load("items/name");
      context.workbook.worksheets.getItem("Data").copy("End");
      await context.sync();
      return [sheetNames.items.map((n) => [n.name, n.formula]), bookNames.items.length];
    });
    expect(seen).toEqual([[["Result", "=Data!$B$2"]], 0]);
    expect(snapshotSheetNamed(fake, "Data (2)")?.names).toEqual([{ name: "Result", formula: "=Data!$B$2" }]);
  });
});

describe("the fake's Range.getCellProperties (ExcelApi 1.9)", () => {
  it("gives the asked properties per cell, Excel's defaults where nothing is set", async () => {
    const fake = workbook();
    fake.user.setFill("Data", "B2", "#FFFF00");
    const props = await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A2:B2");
      const result = range.getCellProperties({ format: { fill: { color: true }, font: { bold: true } } });
      await context.sync();
      return result.value;
    });
    expect(props).toEqual([
      [
        { format: { fill: { color: "#FFFFFF" }, font: { bold: false } } },
        { format: { fill: { color: "#FFFF00" }, font: { bold: false } } },
      ],
    ]);
  });

  it("refuses properties it does not model, and Excels older than 1.9", async () => {
    expect(
      await codeOf(workbook(), async (c) =>
        c.workbook.worksheets
          .getItem("Data")
          .getRange("A1")
          .getCellProperties({ format: { borders: { color: true } } }),
      ),
    ).toBe("GeneralException");
    expect(
      await codeOf(workbook("1.8"), async (c) => c.workbook.worksheets.getItem("Data").getRange("A1").getCellProperties({ address: true })),
    ).toBe("ApiNotFound");
  });
});
