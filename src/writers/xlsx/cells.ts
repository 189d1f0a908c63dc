import type { Alignment, Borders, Fill, Font, Worksheet } from "exceljs";
import type { Grid } from "../../templates/kit";
import { CellStyle, FormatOptions, formatCode, roleRectangles, ROLE_STYLES } from "../style";
import { argb } from "./color";
import { fileFormula } from "./formula";

/** The workbook's default font, written in full so every styled cell keeps it. */
const BASE_FONT: Partial<Font> = { name: "Calibri", family: 2, size: 11 };

/** Writes every cell of the grid: its constant or formula and its number format. */
export function writeCells(sheet: Worksheet, grid: Grid, options: FormatOptions): void {
  grid.forEach((row, r) => {
    row.forEach((spec, c) => {
      if (!spec) return;
      const cell = sheet.getCell(r + 1, c + 1);
      if (spec.formula !== undefined) cell.value = { formula: fileFormula(spec.formula) };
      else if (spec.value !== undefined) cell.value = spec.value;
      if (spec.format !== undefined) cell.numFmt = formatCode(spec.format, options);
    });
  });
}

function font(style: CellStyle): Partial<Font> {
  const { bold, italic, size, color } = style.font;
  return {
    ...BASE_FONT,
    ...(bold ? { bold } : {}),
    ...(italic ? { italic } : {}),
    ...(size ? { size } : {}),
    ...(color ? { color: { argb: argb(color) } } : {}),
  };
}

function fill(color: string): Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argb(color) } };
}

function alignment(style: CellStyle): Partial<Alignment> | undefined {
  if (!style.wrap && !style.verticalAlignment) return undefined;
  return {
    ...(style.wrap ? { wrapText: true } : {}),
    ...(style.verticalAlignment ? { vertical: style.verticalAlignment === "center" ? "middle" : "top" } : {}),
  };
}

/**
 * The edges of one cell at (r, c) inside a rectangle that carry a line: the rectangle's outline
 * edges on its border and, when `inside`, every edge between two of its cells.
 */
function borders(
  style: CellStyle,
  r: number,
  c: number,
  box: { top: number; left: number; bottom: number; right: number },
): Partial<Borders> | undefined {
  const border = style.border;
  if (!border) return undefined;
  const line = { style: border.line, color: { argb: argb(border.color) } };
  const edge = (side: "top" | "bottom" | "left" | "right", onOutline: boolean): boolean =>
    onOutline ? border.outline.includes(side) : border.inside;
  const result: Partial<Borders> = {};
  if (edge("top", r === box.top)) result.top = line;
  if (edge("bottom", r === box.bottom)) result.bottom = line;
  if (edge("left", c === box.left)) result.left = line;
  if (edge("right", c === box.right)) result.right = line;
  return Object.keys(result).length > 0 ? result : undefined;
}

/** Styles every cell by its role, rectangle by rectangle, so borders outline each block of a role. */
export function styleCells(sheet: Worksheet, grid: Grid): void {
  for (const box of roleRectangles(grid)) {
    const style = ROLE_STYLES[box.role];
    for (let r = box.top; r <= box.bottom; r++) {
      for (let c = box.left; c <= box.right; c++) {
        const cell = sheet.getCell(r + 1, c + 1);
        cell.font = font(style);
        if (style.fill) cell.fill = fill(style.fill);
        const align = alignment(style);
        if (align) cell.alignment = align;
        const lines = borders(style, r, c, box);
        if (lines) cell.border = lines;
      }
    }
  }
}
