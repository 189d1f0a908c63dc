import { SheetBuilder, header, input, title } from "../../../src/templates/kit";
import { MARGINS, printSetup } from "../../../src/templates/kit/print";
import { pagePoints, printedSize } from "../../../src/templates/kit/printScale";

/**
 * The printed scale, worked out by hand from A4 (8.27 × 11.69 in), the margins of print.ts
 * (portrait 0.8 left, 0.4 right, 0.6 top, 0.7 bottom; landscape 0.4 left and right, 0.8 top,
 * 0.7 bottom), 72 points an inch and a column of 20 characters = 20 × 7 + 5 = 145 px = 108.75 pt.
 */

const COLUMN = 108.75;
const LANDSCAPE = { width: (11.69 - 0.8) * 72, height: (8.27 - 1.5) * 72 }; // 784.08 × 487.44

/** A title in A1, a header row in row 4 and one input row under it, `columns` of 20 characters. */
function sheet(columns: number, frozen: number, rows = 1) {
  const b = new SheetBuilder("costSheet", "S");
  b.put(0, 0, title("T"));
  b.putRow(
    3,
    0,
    Array.from({ length: columns }, (_, i) => header(`H${i}`)),
  );
  for (let r = 0; r < rows; r++)
    b.putRow(
      4 + r,
      0,
      Array.from({ length: columns }, () => input("text")),
    );
  b.table("T", 3, 0, 3 + rows, columns - 1);
  return b.columnWidths(Array(columns).fill(20)).freeze(4, frozen).build();
}

describe("pagePoints", () => {
  it("is A4 less the margins", () => {
    expect(pagePoints({ orientation: "landscape", margins: MARGINS.landscape }).width).toBeCloseTo(LANDSCAPE.width, 6);
    expect(pagePoints({ orientation: "landscape", margins: MARGINS.landscape }).height).toBeCloseTo(LANDSCAPE.height, 6);
    expect(pagePoints({ orientation: "portrait", margins: MARGINS.portrait }).height).toBeCloseTo((11.69 - 1.3) * 72, 6);
  });
});

describe("printedSize and the choice of pages wide", () => {
  it("prints a sheet one page wide at the page width over the sheet's width", () => {
    // 10 × 108.75 = 1087.5 pt on 784.08 pt: 0.72099…, readable, so one page wide.
    const spec = sheet(10, 1);
    const print = printSetup(spec, "en");
    expect(print).toEqual(expect.objectContaining({ orientation: "landscape", fitToWidth: 1, area: "A1:J5" }));
    expect(print.titleColumns).toBeUndefined();
    expect(printedSize(spec, print)).toEqual({ scale: expect.closeTo(LANDSCAPE.width / (10 * COLUMN), 6), pages: 1 });
  });

  it("never prints larger than 100 %", () => {
    const spec = sheet(2, 0);
    expect(printedSize(spec, printSetup(spec, "en")).scale).toBe(1);
  });

  it("splits a wide sheet with frozen columns over two pages wide, the frozen columns repeated", () => {
    // One page wide: 20 × 108.75 = 2175 pt → 784.08 / 2175 = 0.3605, below 0.6.
    // Two wide, A repeated: the best break is after 10 or 11 columns, the wider page
    // 11 × 108.75 = 1196.25 pt → 784.08 / 1196.25 = 0.65545. One page tall: the title row (24 pt)
    // and four rows of Excel's default 15 pt = 84 pt ≤ 487.44 / 0.655, so the width decides.
    const spec = sheet(20, 1);
    const print = printSetup(spec, "en");
    expect(print).toEqual(
      expect.objectContaining({ orientation: "landscape", fitToWidth: 2, fitToHeight: 1, titleColumns: "A:A", titleRows: "4:4" }),
    );
    expect(printedSize(spec, print)).toEqual({ scale: expect.closeTo(784.08 / 1196.25, 6), pages: 2 });
    expect(printedSize(spec, { ...print, fitToWidth: 1, fitToHeight: undefined, titleColumns: undefined }).scale).toBeCloseTo(
      784.08 / 2175,
      6,
    );
  });

  it("keeps a wide sheet without frozen columns one page wide (nothing would name the rows on page 2)", () => {
    const spec = sheet(20, 0);
    expect(printSetup(spec, "en")).toEqual(expect.objectContaining({ fitToWidth: 1 }));
  });

  it("keeps one page wide when two wide and one tall would print smaller (a long sheet)", () => {
    // 200 input rows: 24 + 15 × 203 = 3069 pt tall; one page tall → 487.44 / 3069 = 0.159 < 0.3605.
    const spec = sheet(20, 1, 200);
    const print = printSetup(spec, "en");
    expect(print.fitToWidth).toBe(1);
    expect(printedSize(spec, { ...print, fitToWidth: 2, fitToHeight: 1, titleColumns: "A:A" }).scale).toBeCloseTo(487.44 / 3069, 6);
    // One page wide at 0.3605: 3069 × 0.3605 = 1106 pt → 3 pages of 487.44 pt.
    expect(printedSize(spec, print).pages).toBe(3);
  });
});
