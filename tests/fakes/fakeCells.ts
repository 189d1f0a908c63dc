import { Bounds, overlaps } from "./fakeAddress";
import type { FakeCell, FakeSheet } from "./fakeWorkbook";

/**
 * Cell-level state operations shared by the API and the user: what a clear removes, which cells
 * count as used, and cutting a rule's area where cells were cleared.
 *
 * Choices where the fake cannot be exact: border lines are stored once per shared edge, so
 * clearing formats removes every line on the edges of the cleared cells, including the outer
 * ones (in Excel the neighbour's own border would stay); and border lines alone do not make a
 * cell used (the fake cannot tell which of the two cells carries a shared edge).
 */

export interface ClearWhat {
  /** Values and formulas. */
  readonly contents: boolean;
  /** Number formats, styles and border lines. */
  readonly formats: boolean;
  /** Conditional formats (Excel removes them with formats). */
  readonly conditionalFormats: boolean;
  /** Data validation (Excel removes it only with "All"). */
  readonly validation: boolean;
}

/** What Range.clear(applyTo) removes (Excel.ClearApplyTo; the fake has no hyperlinks or cell controls). */
export const CLEAR_KINDS: Readonly<Record<string, { version: string; what: ClearWhat }>> = {
  All: { version: "1.1", what: { contents: true, formats: true, conditionalFormats: true, validation: true } },
  Formats: { version: "1.1", what: { contents: false, formats: true, conditionalFormats: true, validation: false } },
  Contents: { version: "1.1", what: { contents: true, formats: false, conditionalFormats: false, validation: false } },
  Hyperlinks: { version: "1.7", what: { contents: false, formats: false, conditionalFormats: false, validation: false } },
  RemoveHyperlinks: { version: "1.7", what: { contents: false, formats: true, conditionalFormats: false, validation: false } },
  ResetContents: { version: "1.18", what: { contents: true, formats: false, conditionalFormats: false, validation: false } },
};

function inside(b: Bounds, row: number, column: number): boolean {
  return row >= b.top && row <= b.bottom && column >= b.left && column <= b.right;
}

function isBlank(cell: FakeCell): boolean {
  return cell.value === null && cell.formula === undefined && cell.numberFormat === "General" && !hasStyle(cell);
}

function hasStyle(cell: FakeCell): boolean {
  return Object.values(cell.style).some((v) => v !== undefined);
}

/** Clears the cells of `b` on the sheet (only cells that exist are visited, so whole columns are cheap). */
export function clearCells(sheet: FakeSheet, b: Bounds, what: ClearWhat): void {
  for (const [key, cell] of [...sheet.cells.entries()]) {
    const [row, column] = key.split(",").map(Number);
    if (!inside(b, row, column)) continue;
    if (what.contents) {
      cell.value = null;
      delete cell.formula;
      delete cell.error;
    }
    if (what.formats) {
      cell.numberFormat = "General";
      cell.style = {};
    }
    if (isBlank(cell)) sheet.cells.delete(key);
  }
  if (what.formats) {
    for (const key of [...sheet.lines.keys()]) {
      const [kind, r, c] = key.split(":");
      const row = Number(r);
      const column = Number(c);
      const onEdge = kind === "h" ? inside({ ...b, bottom: b.bottom + 1 }, row, column) : inside({ ...b, right: b.right + 1 }, row, column);
      if (onEdge) sheet.lines.delete(key);
    }
  }
  if (what.conditionalFormats) cutAreas(sheet.conditionalFormats, b);
  if (what.validation) cutAreas(sheet.validations, b);
}

/** The parts of `area` outside `cut`: up to four rectangles (above, below, left, right). */
function subtractBounds(area: Bounds, cut: Bounds): Bounds[] {
  if (!overlaps(area, cut)) return [area];
  const parts: Bounds[] = [];
  if (area.top < cut.top) parts.push({ ...area, bottom: cut.top - 1 });
  if (area.bottom > cut.bottom) parts.push({ ...area, top: cut.bottom + 1 });
  const top = Math.max(area.top, cut.top);
  const bottom = Math.min(area.bottom, cut.bottom);
  if (area.left < cut.left) parts.push({ top, bottom, left: area.left, right: cut.left - 1 });
  if (area.right > cut.right) parts.push({ top, bottom, left: cut.right + 1, right: area.right });
  return parts;
}

/**
 * Removes `cut` from the areas of rules (validations, conditional formats). Excel keeps one rule
 * over the remaining cells; the fake keeps one area per rule, so a rule cut in the middle becomes
 * copies of itself, one per remaining rectangle.
 */
function cutAreas<T extends { bounds: Bounds }>(rules: T[], cut: Bounds): void {
  const kept = rules.flatMap((rule) =>
    subtractBounds(rule.bounds, cut).map((bounds) => (bounds === rule.bounds ? rule : { ...rule, bounds })),
  );
  rules.splice(0, rules.length, ...kept);
}

/**
 * The smallest bounds covering every used cell: a value or formula, or (unless `valuesOnly`) a
 * number format other than General or a style. Undefined for a sheet with none.
 */
export function usedBounds(sheet: FakeSheet, valuesOnly: boolean): Bounds | undefined {
  let used: Bounds | undefined;
  for (const [key, cell] of sheet.cells) {
    const hasContent = cell.value !== null || cell.formula !== undefined;
    if (!hasContent && (valuesOnly || (cell.numberFormat === "General" && !hasStyle(cell)))) continue;
    const [row, column] = key.split(",").map(Number);
    used = used
      ? {
          top: Math.min(used.top, row),
          left: Math.min(used.left, column),
          bottom: Math.max(used.bottom, row),
          right: Math.max(used.right, column),
        }
      : { top: row, left: column, bottom: row, right: column };
  }
  return used;
}
