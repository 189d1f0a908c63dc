import { columnPixels, rowPoints, wrappedLines } from "../../../src/templates/kit/textFit";
import { layoutForPrint, MARGINS, printSetup } from "../../../src/templates/kit/print";
import { pagePoints } from "../../../src/templates/kit/printScale";
import { SheetBuilder, help, header, input, label, title } from "../../../src/templates/kit";

describe("wrappedLines", () => {
  // 100 px less 6 px padding at 5.8 px a character: floor(94 / 5.8) = 16 characters a line.
  it("wraps word by word", () => {
    expect(wrappedLines("aaaa bbbb cccc", 100)).toBe(1); // 14 characters
    expect(wrappedLines("aaaa bbbb cccc dd", 100)).toBe(2); // "aaaa bbbb cccc" + "dd"
    expect(wrappedLines("one\ntwo", 100)).toBe(2);
    expect(wrappedLines("x".repeat(33), 100)).toBe(3); // 16 + 16 + 1, broken inside the word
    // A word longer than a line after other text starts a new line: "ab" + 16 + 4.
    expect(wrappedLines(`ab ${"x".repeat(20)}`, 100)).toBe(3);
    expect(wrappedLines(`ab ${"x".repeat(20)} cd`, 100)).toBe(3); // "cd" after the 4 left over
    expect(wrappedLines("", 100)).toBe(1);
  });

  it("gives 15 points a line plus 3", () => {
    expect(rowPoints(1)).toBe(18);
    expect(rowPoints(3)).toBe(48);
    expect(columnPixels(10)).toBe(75);
  });
});

describe("layoutForPrint", () => {
  const build = (widths: number[]) => {
    const b = new SheetBuilder("logicModelSimple", "S");
    b.put(0, 0, title("Title")).put(1, 0, help("A help text that is clearly longer than the first column of the sheet is wide."));
    b.putRow(
      3,
      0,
      widths.map((_, i) => header(`Column header number ${i}`)),
    );
    b.putRow(
      4,
      0,
      widths.map(() => input("text")),
    );
    b.table("T", 3, 0, 4, widths.length - 1);
    return b.columnWidths(widths).build();
  };

  it("merges a help text across the printed width and sizes the rows", () => {
    const sheet = layoutForPrint(build([10, 10, 10]), "en");
    expect(sheet.merges).toEqual(["A2:C2"]);
    // 3 × 75 px = 225 px: floor(219 / 5.8) = 37 characters a line: "A help text that is clearly
    // longer" (34), "than the first column of the sheet is" (36), "wide." → 3 lines.
    expect(sheet.rowHeights?.[1]).toBe(rowPoints(3));
    // "Column header number 0" (bold) in 75 px: floor(69 / 6.8) = 10 a line: "Column", "header",
    // "number 0" → 3 lines.
    expect(sheet.rowHeights?.[3]).toBe(rowPoints(3));
    expect(sheet.print).toEqual(
      expect.objectContaining({ orientation: "portrait", area: "A1:C5", titleRows: "4:4", footer: "&A, page &P of &N" }),
    );
  });

  it("turns a sheet wider than a portrait page to landscape", () => {
    // 10 columns of 20 characters: 10 × 145 px × 0.75 = 1087.5 pt > the portrait page's width.
    expect(pagePoints({ orientation: "portrait", margins: MARGINS.portrait }).width).toBeCloseTo((8.27 - 1.2) * 72, 6);
    expect(printSetup(build(Array(10).fill(20)), "sv")).toEqual(
      expect.objectContaining({ orientation: "landscape", footer: "&A, sida &P av &N" }),
    );
  });

  it("wraps a text a filled cell beside it would cut off, and only that", () => {
    const b = new SheetBuilder("costSheet", "S");
    b.putRow(0, 0, [label("A label far too long for its column"), input("money", 5)]);
    b.putRow(1, 0, [label("Another long label with room to its right")]);
    const sheet = layoutForPrint(b.columnWidths([10, 10]).build(), "en");
    expect(sheet.wraps).toEqual(["A1:A1"]);
    // 69 px / 5.8 = 11 a line: "A label far", "too long for", … → "A label far" (11), "too long" (8), "for its" (7), "column" → 4 lines.
    expect(sheet.rowHeights).toEqual({ 0: rowPoints(4) });
  });

  it("keeps what a sheet sets itself", () => {
    const own = { ...build([10, 10]), merges: [], rowHeights: {} };
    const sheet = layoutForPrint(own, "en");
    expect(sheet.merges).toEqual([]);
    expect(sheet.rowHeights).toEqual({});
  });
});
