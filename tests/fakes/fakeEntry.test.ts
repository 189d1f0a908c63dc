import { dateSerial, parseEntry } from "./fakeEntry";
import { FakeExcel, snapshotSheetNamed } from ".";

/**
 * The fake parses strings as an en-US Excel does. Expected values worked out by hand: Excel's
 * serial of 2026-01-02 is 46024 (45658 for 2025-01-01, from Excel's DATE(2025,1,1), plus 366 days
 * to 2026-01-02); 12:30 is 12.5/24 of a day.
 */

describe("parseEntry (what Excel makes of text written to a General cell)", () => {
  it.each([
    ["12", 12, undefined],
    ["  12 ", 12, undefined],
    ["-1.5", -1.5, undefined],
    ["1,234", 1234, "#,##0"],
    ["1E5", 100000, "0.00E+00"],
    ["1.5e-3", 0.0015, "0.00E+00"],
    ["(5)", -5, undefined],
    ["$5", 5, "$#,##0"],
    ["-$1,234.50", -1234.5, "$#,##0.00"],
    ["50%", 0.5, "0%"],
    ["12.5 %", 0.125, "0.00%"],
    ["1 1/2", 1.5, "# ?/?"],
    ["2026-01-02", 46024, "yyyy-mm-dd"],
    ["1/2/2026", 46024, "m/d/yyyy"],
    ["1/2", 46024, "d-mmm"],
    ["1-2", 46024, "d-mmm"],
    ["2-Jan", 46024, "d-mmm"],
    ["2 jan 2026", 46024, "d-mmm-yy"],
    ["Jan 2", 46024, "d-mmm"],
    ["12:30", 0.5208333333333334, "h:mm"],
    ["10 AM", 10 / 24, "h AM/PM"],
    ["7:30 pm", 19.5 / 24, "h:mm AM/PM"],
  ])("reads %j as the number %d (format %s)", (text, value, format) => {
    expect(parseEntry(text, 2026)).toEqual({ kind: "number", value, ...(format ? { format } : {}) });
  });

  it("reads booleans and error values in any case", () => {
    expect(parseEntry("TRUE")).toEqual({ kind: "boolean", value: true });
    expect(parseEntry(" false ")).toEqual({ kind: "boolean", value: false });
    expect(parseEntry("#N/A")).toEqual({ kind: "error", value: "#N/A" });
    expect(parseEntry("#div/0!")).toEqual({ kind: "error", value: "#DIV/0!" });
  });

  it.each(["text", "1,5", "Year 1", "1 låg", "2/30", "Q1", "25:99", "SANT", "#hashtag", "1E5 kr"])("keeps %j as text", (text) => {
    expect(parseEntry(text, 2026)).toEqual({ kind: "text" });
  });

  it("has the serial numbers Excel has", () => {
    expect(dateSerial(1900, 3, 1)).toBe(61);
    expect(dateSerial(2026, 1, 2)).toBe(46024);
    expect(dateSerial(2026, 2, 30)).toBeNaN();
  });

  it("stores what it parsed, keeps an apostrophe's text, and marks error constants", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:D1").values = [["#N/A", "'#N/A", "(5)", "  x "]];
    });
    const cells = snapshotSheetNamed(fake, "Sheet1")!.cells;
    expect(cells).toEqual({ A1: { value: "#N/A", error: true }, B1: { value: "#N/A" }, C1: { value: -5 }, D1: { value: "  x " } });
  });
});
