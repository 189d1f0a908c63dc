import { Bounds, cellsOf, columnCount, rowCount } from "./fakeAddress";
import type { FakeContext } from "./fakeContext";
import { demand } from "./fakeErrors";
import { FakeRangeProtectionProxy } from "./fakeProtection";
import type { FakeRangeProxy } from "./fakeRange";
import { FakeLine, FakeStyle } from "./fakeWorkbook";

/** A range's format: fill, font, alignment, wrapping, column widths and border lines. */

/** The fake refuses to format more cells than this in one call (whole-column fills are not modelled). */
const MAX_FORMATTED_CELLS = 200000;

export function isColour(value: unknown): value is string {
  return typeof value === "string" && /^#[0-9A-Fa-f]{6}$/.test(value);
}

/** Applies a style change to every cell of the range. */
function styleCells(range: FakeRangeProxy, api: string, version: string, change: (style: FakeStyle) => void): void {
  range.enqueueOn(api, version, (sheet, b) => {
    demand(rowCount(b) * columnCount(b) <= MAX_FORMATTED_CELLS, "GeneralException", "The fake does not format whole rows or columns.");
    for (const [r, c] of cellsOf(b)) change(sheet.touch(r, c).style);
  });
}

export class FakeRangeFormatProxy {
  readonly fill: { color: string };
  readonly font: { bold: boolean; italic: boolean; size: number; color: string; name: string };
  readonly borders: { getItem(edge: string): FakeBorderProxy };
  readonly protection: FakeRangeProtectionProxy;

  constructor(
    private readonly ctx: FakeContext,
    private readonly range: FakeRangeProxy,
  ) {
    const style = (prop: keyof FakeStyle, check: (v: unknown) => boolean) => ({
      set: (v: unknown) =>
        styleCells(range, `format.${prop}`, "1.1", (s) => {
          demand(check(v), "InvalidArgument", `"${String(v)}" is not a valid ${prop}.`);
          (s as Record<string, unknown>)[prop] = v;
        }),
      enumerable: true,
    });
    const isBool = (v: unknown) => typeof v === "boolean";
    this.fill = Object.defineProperties({} as { color: string }, { color: style("fill", isColour) });
    this.font = Object.defineProperties({} as FakeRangeFormatProxy["font"], {
      bold: style("bold", isBool),
      italic: style("italic", isBool),
      size: style("size", (v) => typeof v === "number" && v >= 1 && v <= 409),
      color: style("color", isColour),
      name: { set: () => undefined, enumerable: true },
    });
    this.borders = { getItem: (edge: string) => new FakeBorderProxy(range, edge) };
    this.protection = new FakeRangeProtectionProxy(ctx, range);
  }

  /** Width of every column of the range, in points (Excel allows up to 255 characters). */
  set columnWidth(points: number) {
    this.range.enqueueOn("format.columnWidth", "1.2", (sheet, b) => {
      demand(typeof points === "number" && points >= 0 && points <= 1800, "InvalidArgument", `${points} is not a column width.`);
      for (let c = b.left; c <= b.right; c++) sheet.columnWidths.set(c, points);
    });
  }

  /** Height of every row of the range, in points (Excel allows up to 409). */
  set rowHeight(points: number) {
    this.range.enqueueOn("format.rowHeight", "1.2", (sheet, b) => {
      demand(typeof points === "number" && points >= 0 && points <= 409, "InvalidArgument", `${points} is not a row height.`);
      for (let r = b.top; r <= b.bottom; r++) sheet.rowHeights.set(r, points);
    });
  }

  set wrapText(wrap: boolean) {
    styleCells(this.range, "format.wrapText", "1.1", (s) => (s.wrap = wrap));
  }

  set verticalAlignment(value: string) {
    styleCells(this.range, "format.verticalAlignment", "1.1", (s) => {
      demand(
        ["Top", "Center", "Bottom", "Justify", "Distributed"].includes(value),
        "InvalidArgument",
        `"${value}" is not a vertical alignment.`,
      );
      s.verticalAlignment = value;
    });
  }

  set horizontalAlignment(value: string) {
    styleCells(this.range, "format.horizontalAlignment", "1.1", (s) => {
      demand(
        ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"].includes(value),
        "InvalidArgument",
        `"${value}" is not a horizontal alignment.`,
      );
      s.horizontalAlignment = value;
    });
  }

  /** Recorded as a request only; the fake does not measure text. */
  autofitColumns(): void {
    this.ctx.enqueue("format.autofitColumns", "1.2", () => undefined);
  }
}

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical", "DiagonalDown", "DiagonalUp"];
const LINE_STYLES = ["Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "None", "SlantDashDot"];
const WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"];

/** The line keys an edge of a range covers ("h:r:c" above cell r,c; "v:r:c" left of it). */
function edgeLines(edge: string, b: Bounds): string[] {
  const keys: string[] = [];
  const across = (row: number) => {
    for (let c = b.left; c <= b.right; c++) keys.push(`h:${row}:${c}`);
  };
  const down = (column: number) => {
    for (let r = b.top; r <= b.bottom; r++) keys.push(`v:${r}:${column}`);
  };
  if (edge === "EdgeTop") across(b.top);
  if (edge === "EdgeBottom") across(b.bottom + 1);
  if (edge === "EdgeLeft") down(b.left);
  if (edge === "EdgeRight") down(b.right + 1);
  if (edge === "InsideHorizontal") for (let r = b.top + 1; r <= b.bottom; r++) across(r);
  if (edge === "InsideVertical") for (let c = b.left + 1; c <= b.right; c++) down(c);
  return keys;
}

export class FakeBorderProxy {
  constructor(
    private readonly range: FakeRangeProxy,
    private readonly edge: string,
  ) {}

  private change(api: string, ok: boolean, what: string, apply: (line: FakeLine) => void): void {
    this.range.enqueueOn(api, "1.1", (sheet, b) => {
      demand(EDGES.includes(this.edge), "InvalidArgument", `"${this.edge}" is not a border edge.`);
      demand(ok, "InvalidArgument", what);
      if (this.edge.startsWith("Diagonal")) return;
      for (const key of edgeLines(this.edge, b)) {
        const line = sheet.lines.get(key) ?? { style: "Continuous" };
        apply(line);
        if (line.style === "None") sheet.lines.delete(key);
        else sheet.lines.set(key, line);
      }
    });
  }

  set style(style: string) {
    this.change("border.style", LINE_STYLES.includes(style), `"${style}" is not a line style.`, (l) => (l.style = style));
  }

  set color(color: string) {
    this.change("border.color", isColour(color), `"${color}" is not a colour.`, (l) => (l.color = color));
  }

  set weight(weight: string) {
    this.change("border.weight", WEIGHTS.includes(weight), `"${weight}" is not a border weight.`, (l) => (l.weight = weight));
  }
}
