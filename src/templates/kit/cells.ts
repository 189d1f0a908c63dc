import type { Cell, Format } from "./model";

/**
 * Cell constructors by role, so every template marks inputs, calculations and totals the same way.
 */

/** The sheet title. */
export function title(value: string): Cell {
  return { value, role: "title" };
}

/** A help text or guiding question. */
export function help(value: string): Cell {
  return { value, role: "help" };
}

/** A column or row header. */
export function header(value: string): Cell {
  return { value, role: "header", format: "text" };
}

/** A fixed label next to an input or a result. */
export function label(value: string): Cell {
  return { value, role: "label" };
}

/** A cell the user fills in: blank unless a value is given. */
export function input(format: Format, value?: string | number): Cell {
  return value === undefined ? { role: "input", format } : { value, role: "input", format };
}

/** A computed cell. */
export function calc(formula: string, format: Format): Cell {
  return { formula, role: "calc", format };
}

/** A computed total. */
export function total(formula: string, format: Format): Cell {
  return { formula, role: "total", format };
}

/** A visible consistency check (a formula that shows a warning text or nothing). */
export function check(formula: string): Cell {
  return { formula, role: "check", format: "text" };
}
