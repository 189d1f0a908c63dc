import type { SheetSnapshot } from "../../fakes";
import { columnLetter, parseRange } from "../../../src/templates/kit/a1";
import type { SheetSpec, ValidationRule } from "../../../src/templates/kit/model";
import { CellStyle, FormatOptions, ROLE_STYLES, characterWidthToPoints, formatCode, roleRectangles } from "../../../src/writers/style";

/**
 * Every difference between a sheet written into the fake and the SheetSpec it came from: cells
 * (values, formulas), number formats, role styles and border outlines, column widths, frozen
 * panes, tables (range, style, headers), validations, conditional formats and tab colour.
 * `tableNames` maps a spec's table name to the name it got in the workbook (when made unique).
 */
export function sheetDifferences(
  snap: SheetSnapshot,
  spec: SheetSpec,
  options: FormatOptions,
  tableNames: Record<string, string> = {},
): string[] {
  const out: string[] = [];
  const differ = (what: string, got: unknown, want: unknown) => {
    if (JSON.stringify(got) !== JSON.stringify(want))
      out.push(`${spec.name} ${what}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  };
  const a1 = (r: number, c: number) => `${columnLetter(c)}${r + 1}`;
  const width = Math.max(0, ...spec.grid.map((row) => row.length));
  const inGrid = new Set<string>();
  const wraps = (spec.wraps ?? []).map(parseRange);
  const wrapped = (r: number, c: number): boolean => wraps.some((b) => r >= b.top && r <= b.bottom && c >= b.left && c <= b.right);
  const tops = (spec.alignTop ?? []).map(parseRange);
  const topAligned = (r: number, c: number): boolean => tops.some((b) => r >= b.top && r <= b.bottom && c >= b.left && c <= b.right);

  spec.grid.forEach((row, r) => {
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      const got = snap.cells[a1(r, c)] ?? {};
      inGrid.add(a1(r, c));
      differ(`${a1(r, c)} formula`, got.formula, cell?.formula);
      differ(`${a1(r, c)} value`, got.value, cell?.formula === undefined ? cell?.value : undefined);
      differ(`${a1(r, c)} numberFormat`, got.numberFormat ?? "General", cell?.format ? formatCode(cell.format, options) : "General");
      const { borders: _borders, ...style } = got.style ?? {};
      const want = cell?.role ? expectedStyle(ROLE_STYLES[cell.role]) : {};
      const placed = { ...want, ...(wrapped(r, c) ? { wrap: true } : {}), ...(topAligned(r, c) ? { verticalAlignment: "Top" } : {}) };
      differ(`${a1(r, c)} style`, style, placed);
    }
  });
  for (const [address, cell] of Object.entries(snap.cells)) {
    if (!inGrid.has(address) && (cell.value !== undefined || cell.formula !== undefined))
      out.push(`${spec.name} ${address} holds something outside the grid`);
  }

  for (const box of roleRectangles(spec.grid)) {
    const border = ROLE_STYLES[box.role].border;
    if (!border) continue;
    for (let r = box.top; r <= box.bottom; r++) {
      for (let c = box.left; c <= box.right; c++) {
        const lines = snap.cells[a1(r, c)]?.style?.borders ?? {};
        const sides = {
          top: r === box.top ? border.outline.includes("top") : border.inside,
          bottom: r === box.bottom ? border.outline.includes("bottom") : border.inside,
          left: c === box.left ? border.outline.includes("left") : border.inside,
          right: c === box.right ? border.outline.includes("right") : border.inside,
        };
        for (const [side, wanted] of Object.entries(sides)) {
          if (wanted && lines[side as keyof typeof lines]?.style !== "Continuous")
            out.push(`${spec.name} ${a1(r, c)} lacks its ${side} line`);
        }
      }
    }
  }

  const widths: Record<string, number> = {};
  spec.columnWidths.forEach((w, c) => (widths[columnLetter(c)] = characterWidthToPoints(w)));
  differ("column widths", snap.columnWidths, widths);
  differ("freeze", snap.freeze, spec.freeze);
  differ("tab colour", snap.tabColor, spec.tabColor);

  differ(
    "tables",
    snap.tables,
    spec.tables.map((t) => {
      const b = parseRange(t.range);
      const headers = Array.from({ length: b.right - b.left + 1 }, (_, i) => String(spec.grid[b.top]?.[b.left + i]?.value));
      return { name: tableNames[t.name] ?? t.name, range: t.range, style: t.style ?? "TableStyleLight9", headers };
    }),
  );

  differ(
    "validations",
    snap.validations.map((v) => ({ range: v.range, rule: modelRule(v.rule), prompt: v.prompt, error: v.errorAlert })),
    spec.validations.map((v) => ({
      range: v.range,
      rule: "values" in v.rule ? { type: "list", source: v.rule.values.join(",") } : v.rule,
      prompt: { showPrompt: true, ...v.prompt },
      error: { showAlert: true, style: "Stop", ...v.error },
    })),
  );

  differ(
    "conditional formats",
    snap.conditionalFormats,
    spec.conditionalFormats.map((f) =>
      f.type === "formula"
        ? { range: f.range, type: "Custom", formula: f.formula, fill: f.fill, ...(f.fontColor ? { fontColor: f.fontColor } : {}) }
        : {
            range: f.range,
            type: "ColorScale",
            criteria: {
              minimum: { type: "LowestValue", color: f.colors[0] },
              midpoint: { formula: "50", type: "Percentile", color: f.colors[1] },
              maximum: { type: "HighestValue", color: f.colors[2] },
            },
          },
    ),
  );
  return out;
}

/** The fake's record of a style as the role style says it should be. */
function expectedStyle(style: CellStyle): Record<string, unknown> {
  const { bold, italic, size, color } = style.font;
  const v = style.verticalAlignment;
  const all = {
    fill: style.fill,
    bold,
    italic,
    size,
    color,
    wrap: style.wrap,
    verticalAlignment: v === "top" ? "Top" : v === "center" ? "Center" : undefined,
  };
  return Object.fromEntries(Object.entries(all).filter(([, x]) => x !== undefined));
}

/** Reads an Office.js rule back into the model's terms (independent of the writer's mapping). */
function modelRule(rule: Record<string, unknown> | undefined): ValidationRule | { type: "list"; source: string } | undefined {
  if (!rule) return undefined;
  if ("list" in rule) return { type: "list", source: (rule.list as { source: string }).source };
  const type = "wholeNumber" in rule ? "whole" : "decimal";
  const body = (rule.wholeNumber ?? rule.decimal) as { operator: string; formula1: number; formula2?: number };
  if (body.operator === "Between" && body.formula1 <= -1e15 && (body.formula2 ?? 0) >= 1e15) return { type };
  if (body.operator === "Between") return { type, min: body.formula1, max: body.formula2 };
  if (body.operator === "GreaterThanOrEqualTo") return { type, min: body.formula1 };
  if (body.operator === "LessThanOrEqualTo") return { type, max: body.formula1 };
  return { type, min: Number.NaN };
}
