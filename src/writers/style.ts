import type { Format, Grid, Role } from "../templates/kit";

/**
 * How the template model looks, for every writer: number format codes by Format, cell styles by
 * Role (as data) and the rectangles a role's style is applied to. The Excel writer renders these
 * through Office.js, the xlsx writer through ExcelJS; neither decides colours or codes itself.
 */

/** Options a format code depends on. */
export interface FormatOptions {
  /** Currency code or symbol from the template options, e.g. "kr", "SEK", "€". */
  readonly currency: string;
}

/** Symbols written before the amount ("€1,200"); every other currency follows it ("1 200 kr"). */
const LEADING_SYMBOLS = new Set(["$", "€", "£", "¥"]);

/** The format code for cells without a Format. */
export const GENERAL_FORMAT = "General";

/**
 * The number format code (en-US syntax, as both Office.js `numberFormat` and .xlsx files store it)
 * for a Format: money → `#,##0 "kr"`, percent → `0.0%`, year → `0` (no thousands separator).
 */
export function formatCode(format: Format | undefined, options: FormatOptions): string {
  switch (format) {
    case undefined:
      return GENERAL_FORMAT;
    case "text":
      return "@";
    case "integer":
      return "#,##0";
    case "decimal":
      return "#,##0.00";
    case "money":
      return moneyFormat(options.currency);
    case "percent":
      return "0.0%";
    case "year":
      return "0";
    case "years":
      return "0";
    case "months":
      return "0.0";
    case "ratio":
      return "0.00";
  }
}

function moneyFormat(currency: string): string {
  const symbol = currency.trim().replace(/["\\]/g, "");
  if (symbol === "") return "#,##0";
  const quoted = `"${symbol}"`;
  return LEADING_SYMBOLS.has(symbol) ? `${quoted}#,##0` : `#,##0 ${quoted}`;
}

/**
 * The currency of a money format code made by formatCode (`#,##0 "kr"` → "kr", `"€"#,##0` → "€"),
 * or null for any other code.
 */
export function currencyOfFormat(code: string): string | null {
  const match = /^(?:"([^"]+)"#,##0|#,##0 "([^"]+)")$/.exec(code.trim());
  return match ? (match[1] ?? match[2]) : null;
}

/** A line style both writers know: Office.js `Continuous` + weight, ExcelJS `thin`/`medium`. */
type LineStyle = "thin" | "medium";

interface BorderStyle {
  /** Edges of each rectangle of the role that get a line. */
  readonly outline: readonly ("top" | "bottom" | "left" | "right")[];
  /** Also lines between the cells inside the rectangle. */
  readonly inside: boolean;
  readonly line: LineStyle;
  /** "#RRGGBB". */
  readonly color: string;
}

/** A cell style as data; colours are "#RRGGBB". Unset properties keep the sheet's default. */
export interface CellStyle {
  readonly fill?: string;
  readonly font: { readonly bold?: boolean; readonly italic?: boolean; readonly size?: number; readonly color?: string };
  readonly border?: BorderStyle;
  readonly wrap?: boolean;
  readonly verticalAlignment?: "top" | "center";
}

/** The style of each role. Inputs are light yellow with a border so they stand out from calculations. */
export const ROLE_STYLES: Readonly<Record<Role, CellStyle>> = {
  title: { font: { bold: true, size: 16, color: "#1F3864" } },
  section: { font: { bold: true, size: 12, color: "#1F3864" } },
  help: { font: { italic: true, color: "#595959" }, wrap: true, verticalAlignment: "top" },
  header: {
    fill: "#DDEBF7",
    font: { bold: true, color: "#1F3864" },
    border: { outline: ["bottom"], inside: false, line: "thin", color: "#8EA9DB" },
    wrap: true,
    verticalAlignment: "top",
  },
  label: { font: { color: "#262626" } },
  input: {
    fill: "#FFF2CC",
    font: { color: "#000000" },
    border: { outline: ["top", "bottom", "left", "right"], inside: true, line: "thin", color: "#BFBFBF" },
  },
  calc: { fill: "#F2F2F2", font: { color: "#262626" } },
  total: {
    fill: "#F2F2F2",
    font: { bold: true, color: "#000000" },
    border: { outline: ["top"], inside: false, line: "thin", color: "#595959" },
  },
  check: { font: { italic: true, color: "#C00000" } },
};

/** A rectangle of cells, 0-based and inclusive. */
export interface RoleRectangle {
  readonly role: Role;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * The grid's cells grouped into rectangles of one role: runs of equal role in a row, merged with
 * the identical run (same columns, same role) of the row above. Each cell with a role lies in
 * exactly one rectangle; cells without a role in none. Writers apply a role's style (and its
 * border outline) per rectangle, so both draw the same lines.
 */
export function roleRectangles(grid: Grid): RoleRectangle[] {
  const done: RoleRectangle[] = [];
  let open = new Map<string, RoleRectangle>();
  grid.forEach((row, r) => {
    const next = new Map<string, RoleRectangle>();
    for (const run of roleRuns(row)) {
      const key = `${run.left}:${run.right}:${run.role}`;
      const above = open.get(key);
      next.set(key, above ? { ...above, bottom: r } : { role: run.role, top: r, left: run.left, bottom: r, right: run.right });
      open.delete(key);
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

function roleRuns(row: Grid[number]): { role: Role; left: number; right: number }[] {
  const runs: { role: Role; left: number; right: number }[] = [];
  row.forEach((cell, c) => {
    const role = cell?.role;
    if (!role) return;
    const last = runs[runs.length - 1];
    if (last && last.role === role && last.right === c - 1) last.right = c;
    else runs.push({ role, left: c, right: c });
  });
  return runs;
}

/**
 * A column width in characters of the default font (what .xlsx files store) as points (what
 * Office.js `columnWidth` takes): Calibri 11 is 7 px per character plus 5 px padding, 0.75 pt per px.
 */
export function characterWidthToPoints(characters: number): number {
  return ((characters * 7 + 5) * 3) / 4;
}

/** The default table style when a TableSpec names none. */
export const DEFAULT_TABLE_STYLE = "TableStyleLight9";

/** A number rule without a bound on one side is closed by ±this in both writers, far beyond any template value. */
export const NO_LIMIT = 1e15;
