import { FakeExcel, FakeOfficeError } from ".";

/**
 * The fake's selection and sheet protection, as Office.js shows them: getSelectedRange gives the
 * cells selected on the active sheet; a protected sheet refuses writes to locked cells (all cells
 * are locked until unlocked, as in Excel) with AccessDenied, and `locked` reads true, false or
 * null for a mixed range.
 */

function workbook(): FakeExcel {
  return new FakeExcel({ sheets: [{ name: "Data", cells: { A1: 1 } }, { name: "Other" }] });
}

describe("getSelectedRange", () => {
  it("gives the selected cells and their sheet, and A1 of the active sheet once another sheet is shown", async () => {
    const fake = workbook();
    fake.user.select("Data", "B3:C4");
    const read = () =>
      fake.run(async (context) => {
        const range = context.workbook.getSelectedRange().load("address,rowIndex,columnIndex,rowCount,columnCount");
        const sheet = range.worksheet.load("name");
        await context.sync();
        return [sheet.name, range.address, range.rowIndex, range.columnIndex, range.rowCount, range.columnCount];
      });
    expect(await read()).toEqual(["Data", "'Data'!B3:C4", 2, 1, 2, 2]);
    fake.activate(fake.findSheet("Other")!);
    expect(await read()).toEqual(["Other", "'Other'!A1", 0, 0, 1, 1]);
  });
});

describe("protection", () => {
  it("refuses writes to locked cells of a protected sheet and allows unlocked ones", async () => {
    const fake = workbook();
    fake.user.protectSheet("Data", "B2:B3");
    const write = (address: string) =>
      fake
        .run(async (context) => {
          context.workbook.worksheets.getItem("Data").getRange(address).values = [[5]];
          await context.sync();
          return "ok";
        })
        .catch((error: FakeOfficeError) => error.code);
    expect(await write("A1")).toBe("AccessDenied");
    expect(await write("B2")).toBe("ok");
    expect(fake.findSheet("Data")!.cell(0, 0)?.value).toBe(1);
  });

  it("reads whether a sheet is protected and whether cells are locked", async () => {
    const fake = workbook();
    fake.user.protectSheet("Data", "B2");
    const state = await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const protection = sheet.protection.load("protected");
      const other = context.workbook.worksheets.getItem("Other").protection.load("protected");
      const cells = ["A1", "B2", "A1:B2"].map((a) => sheet.getRange(a).format.protection.load("locked"));
      await context.sync();
      return [protection.protected, other.protected, ...cells.map((c) => c.locked)];
    });
    expect(state).toEqual([true, false, true, false, null]);
  });
});
