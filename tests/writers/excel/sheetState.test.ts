import fc from "fast-check";
import { fingerprint } from "../../../src/writers/excel/sheetState";
import type { CellsRead, Outline } from "../../../src/writers/excel/sheetState";

/**
 * The fingerprint on plain data shaped as Office.js returns it: any change a person can make to
 * one cell changes it; the check-code cell's own value does not; trailing blank cells (a used
 * range Excel has not shrunk yet) do not.
 */

interface Cell {
  value: string | number | boolean;
  formula: string | number | boolean;
  numberFormat: string;
  fill: string;
  bold: boolean;
}

const BLANK: Cell = { value: "", formula: "", numberFormat: "General", fill: "#FFFFFF", bold: false };

function read(grid: Cell[][], charts: [string, string][] = [["SroiChartTornado", "BarClustered"]]): [Outline, CellsRead] {
  const map = <T>(f: (c: Cell) => T) => grid.map((row) => row.map(f));
  const range = { values: map((c) => c.value), formulas: map((c) => c.formula), numberFormat: map((c) => c.numberFormat) };
  const formats = { value: map((c) => ({ format: { fill: { color: c.fill }, font: { bold: c.bold, italic: false, color: "#000000" } } })) };
  const outline = {
    tables: { items: [{ name: "SroiAnalysisInputs" }] },
    charts: { items: charts.map(([name, chartType]) => ({ name, chartType })) },
  };
  return [outline as unknown as Outline, { range, formats, conditionalFormats: { value: 2 } } as unknown as CellsRead];
}

const cell = fc
  .record({
    value: fc.oneof(fc.string(), fc.integer(), fc.boolean()),
    numberFormat: fc.constantFrom("General", "0.0", "@", '#,##0 "kr"'),
    fill: fc.constantFrom("#FFFFFF", "#FFF2CC"),
    bold: fc.boolean(),
  })
  .map((c): Cell => ({ ...c, formula: c.value }));

const grid = fc
  .integer({ min: 2, max: 6 })
  .chain((columns) => fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: 2, maxLength: 6 }));

const SKIP = { row: 0, column: 1 };

const EDITS: ((c: Cell) => Cell)[] = [
  (c) => ({ ...c, formula: `=${JSON.stringify(String(c.value))}` }),
  (c) => ({ ...c, value: typeof c.value === "string" ? `${c.value}x` : "x", formula: typeof c.value === "string" ? `${c.value}x` : "x" }),
  (c) => ({ ...c, numberFormat: c.numberFormat === "0.000" ? "0.0000" : "0.000" }),
  (c) => ({ ...c, fill: c.fill === "#FFFF00" ? "#00FF00" : "#FFFF00" }),
  (c) => ({ ...c, bold: !c.bold }),
];

describe("fingerprint", () => {
  it("changes with any one edit of a cell other than the check-code cell (property)", () => {
    fc.assert(
      fc.property(grid, fc.nat(), fc.nat(), fc.integer({ min: 0, max: EDITS.length - 1 }), (g, r0, c0, e) => {
        const r = r0 % g.length;
        const c = c0 % g[0].length;
        fc.pre(!(r === SKIP.row && c === SKIP.column));
        const edited = g.map((row, i) => row.map((x, j) => (i === r && j === c ? EDITS[e](x) : x)));
        expect(fingerprint(...read(edited), SKIP)).not.toBe(fingerprint(...read(g), SKIP));
      }),
    );
  });

  it("ignores the check-code cell's value, and trailing blank rows and columns (property)", () => {
    fc.assert(
      fc.property(grid, fc.string(), (g, code) => {
        const stamped = g.map((row, i) =>
          row.map((x, j) => (i === SKIP.row && j === SKIP.column ? { ...x, value: code, formula: code } : x)),
        );
        const padded = [...stamped.map((row) => [...row, BLANK]), stamped[0].map(() => BLANK).concat([BLANK])];
        const expected = fingerprint(...read(g), SKIP);
        expect(fingerprint(...read(stamped), SKIP)).toBe(expected);
        expect(fingerprint(...read(padded), SKIP)).toBe(expected);
        expect(expected).toMatch(/^v2-[0-9a-f]{16}$/);
      }),
    );
  });

  it("changes when a chart is added, renamed or changes type", () => {
    const g = [[{ ...BLANK, value: "T", formula: "T" }, BLANK]];
    const base = fingerprint(...read(g), SKIP);
    expect(
      fingerprint(
        ...read(g, [
          ["SroiChartTornado", "BarClustered"],
          ["SroiChartTornado", "BarClustered"],
        ]),
        SKIP,
      ),
    ).not.toBe(base);
    expect(fingerprint(...read(g, [["SroiChartOther", "BarClustered"]]), SKIP)).not.toBe(base);
    expect(fingerprint(...read(g, [["SroiChartTornado", "ColumnClustered"]]), SKIP)).not.toBe(base);
  });
});
