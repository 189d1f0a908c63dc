import { closeTo, Dec } from "../../core/decimal";
import { errorValueOfText } from "../../core/errorValues";
import type { CellValue } from "./sheetCells";
import type { Text } from "./text";

/**
 * A key figure the add-in computes set beside what the sheet shows in its cell. They agree on an
 * untouched sheet (the template's formulas reproduce the core); a difference means a formula was
 * edited or typed over.
 */

/** How a figure is shown. */
export type FigureFormat = "money" | "percent" | "ratio" | "decimal" | "integer";

/** The add-in's value: a number, nothing (the sheet shows a blank), or a reason there is none (the sheet shows a text). */
export type CoreFigure =
  { readonly kind: "number"; readonly value: Dec } | { readonly kind: "blank" } | { readonly kind: "text"; readonly text: Text };

export interface FigureCheck {
  /** The figure's name: a template text, or a name from the sheet (a candidate's). */
  readonly label: Text | string;
  /** A figure of a row (a candidate's rank): what the figure is, besides the row's label. */
  readonly figure?: Text;
  readonly format: FigureFormat;
  readonly core: CoreFigure;
  readonly sheet: CellValue;
  readonly cell: string;
  readonly agrees: boolean;
}

/** How close a sheet's figure must be: half a cent for money; Excel's IRR stops within 1e-7, so rates get 1e-6. */
const TOLERANCE: Readonly<Record<FigureFormat, string>> = {
  money: "0.005",
  percent: "1e-6",
  ratio: "1e-9",
  decimal: "1e-9",
  integer: "1e-9",
};
const RELATIVE = "1e-9";

/** A Dec or null as a core figure: null is nothing. */
export function coreNumber(value: Dec | null): CoreFigure {
  return value === null ? { kind: "blank" } : { kind: "number", value };
}

/** Whether what the sheet shows agrees with the core's figure. */
function agrees(core: CoreFigure, sheet: CellValue, format: FigureFormat): boolean {
  if (core.kind === "number")
    return typeof sheet === "number" && closeTo(new Dec(sheet), core.value, new Dec(TOLERANCE[format]), new Dec(RELATIVE));
  if (core.kind === "blank") return typeof sheet === "string" && sheet.trim() === "";
  return typeof sheet === "string" && sheet.trim() !== "" && errorValueOfText(sheet) === null;
}

/** A figure compared. */
export function checkFigure(
  label: Text | string,
  format: FigureFormat,
  core: CoreFigure,
  sheet: CellValue,
  cell: string,
  figure?: Text,
): FigureCheck {
  return { label, ...(figure === undefined ? {} : { figure }), format, core, sheet, cell, agrees: agrees(core, sheet, format) };
}
