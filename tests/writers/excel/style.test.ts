import fc from "fast-check";
import type { Cell, Grid, Role } from "../../../src/templates/kit/model";
import { characterWidthToPoints, formatCode, roleRectangles } from "../../../src/writers/style";

describe("formatCode", () => {
  const kr = { currency: "kr" };
  it.each([
    ["text", "@"],
    ["integer", "#,##0"],
    ["decimal", "#,##0.00"],
    ["money", '#,##0 "kr"'],
    ["percent", "0.0%"],
    ["year", "0"],
    ["years", "0"],
    ["months", "0.0"],
    ["ratio", "0.00"],
  ] as const)("maps %s to %s", (format, code) => {
    expect(formatCode(format, kr)).toBe(code);
  });

  it("uses General for cells without a format", () => {
    expect(formatCode(undefined, kr)).toBe("General");
  });

  it("puts codes after the amount and symbols like € before it", () => {
    expect(formatCode("money", { currency: "SEK" })).toBe('#,##0 "SEK"');
    expect(formatCode("money", { currency: "€" })).toBe('"€"#,##0');
    expect(formatCode("money", { currency: " tkr " })).toBe('#,##0 "tkr"');
  });

  it("drops characters that would break the code and falls back to a plain number", () => {
    expect(formatCode("money", { currency: 'k"r' })).toBe('#,##0 "kr"');
    expect(formatCode("money", { currency: "" })).toBe("#,##0");
  });
});

describe("characterWidthToPoints", () => {
  it("converts characters of Calibri 11 to points", () => {
    // 10 characters: 10 × 7 px + 5 px padding = 75 px; 75 × 0.75 = 56.25 pt.
    expect(characterWidthToPoints(10)).toBe(56.25);
    // 0 characters: just the 5 px padding = 3.75 pt.
    expect(characterWidthToPoints(0)).toBe(3.75);
  });
});

describe("roleRectangles", () => {
  const c = (role: Role): Cell => ({ role });

  it("merges equal runs of consecutive rows into one rectangle", () => {
    // Row 0: title in A; rows 1–2: headers in A:B then inputs A:B on two rows; C2 a lone calc.
    const grid: Grid = [[c("title")], [c("header"), c("header")], [c("input"), c("input"), c("calc")], [c("input"), c("input")]];
    expect(roleRectangles(grid)).toEqual([
      { role: "title", top: 0, left: 0, bottom: 0, right: 0 },
      { role: "header", top: 1, left: 0, bottom: 1, right: 1 },
      { role: "input", top: 2, left: 0, bottom: 3, right: 1 },
      { role: "calc", top: 2, left: 2, bottom: 2, right: 2 },
    ]);
  });

  it("does not merge runs of different width or separated by a gap", () => {
    const grid: Grid = [[c("input"), c("input")], [c("input")], [undefined], [c("input")]];
    expect(roleRectangles(grid)).toEqual([
      { role: "input", top: 0, left: 0, bottom: 0, right: 1 },
      { role: "input", top: 1, left: 0, bottom: 1, right: 0 },
      { role: "input", top: 3, left: 0, bottom: 3, right: 0 },
    ]);
  });

  describe("properties", () => {
    const roles: Role[] = ["title", "help", "header", "label", "input", "calc", "total", "check"];
    const grids = fc.array(fc.array(fc.option(fc.constantFrom(...roles), { nil: undefined }), { maxLength: 6 }), { maxLength: 8 });

    it("covers every cell with a role exactly once, with its own role, and no other cell", () => {
      fc.assert(
        fc.property(grids, (rows) => {
          const grid: Grid = rows.map((row) => row.map((role) => (role ? { role } : undefined)));
          const hits = new Map<string, Role[]>();
          for (const box of roleRectangles(grid)) {
            for (let r = box.top; r <= box.bottom; r++) {
              for (let col = box.left; col <= box.right; col++) hits.set(`${r},${col}`, [...(hits.get(`${r},${col}`) ?? []), box.role]);
            }
          }
          grid.forEach((row, r) =>
            row.forEach((cell, col) => {
              const got = hits.get(`${r},${col}`);
              if (cell?.role) expect(got).toEqual([cell.role]);
              else expect(got).toBeUndefined();
            }),
          );
          const total = grid.flat().filter((cell) => cell?.role).length;
          expect([...hits.values()].flat()).toHaveLength(total);
        }),
      );
    });
  });
});
