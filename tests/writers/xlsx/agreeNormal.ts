import type ExcelJS from "exceljs";
import { cellAddress, columnLetter, parseCell, parseRange } from "../../../src/templates/kit/a1";
import type { SheetSpec } from "../../../src/templates/kit/model";
import { characterWidthToPoints, roleRectangles } from "../../../src/writers/style";
import { modelFormula } from "../../../src/writers/xlsx";
import type { SheetSnapshot, WorkbookSnapshot } from "../../fakes";
import { readConditionalFormats, readTables, readValidations } from "./readBack";

/**
 * One sheet in a form both writers' output can be put into, so that "the two writers agree"
 * is a deep equality: cells (constant or formula, number format, style), border lines, widths in
 * points, frozen panes, tables, validations per cell, conditional formats, names and tab colour.
 */
interface NormalSheet {
  name: string;
  cells: Record<string, Record<string, unknown>>;
  /** "h:row:col" (the line above the cell) or "v:row:col" (left of it) → "Thin #RRGGBB". */
  lines: Record<string, string>;
  widths: Record<string, number>;
  freeze: { rows: number; columns: number };
  tables: { name: string; range: string; style: string; headers: string[] }[];
  validations: Record<string, string>;
  conditionalFormats: Record<string, unknown>[];
  tabColor?: string;
  merges?: string[];
  /** Points by 1-based row. */
  rowHeights?: Record<number, number>;
  page?: NormalPage;
}

/** Page setup in one form: margins in points, title rows as "5:5", title columns as "A:B". */
interface NormalPage {
  paper: string;
  orientation: string;
  fit: { wide: number; tall: number };
  margins: number[];
  area: string;
  titleRows?: string;
  titleColumns?: string;
  footer: string;
}

export interface NormalWorkbook {
  sheets: NormalSheet[];
  names: { name: string; refersTo: string }[];
}

const hex = (argb: string | undefined): string | undefined => (argb ? `#${argb.slice(-6).toUpperCase()}` : undefined);
const points = (p: number): number => Math.round(p * 10) / 10;
const clean = <T extends Record<string, unknown>>(r: T): T =>
  Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined && v !== false)) as T;

/** The validation of one cell, the same text for both writers. */
function validationKey(rule: Record<string, unknown>, prompt: [string, string], error: [string, string, string]): string {
  return JSON.stringify({ rule, prompt, error });
}

function cellsOf(range: string): string[] {
  const b = parseRange(range);
  const out: string[] = [];
  for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) out.push(cellAddress(r, c));
  return out;
}

// ---- the fake Excel's snapshot (Office.js writer) ----

const OPERATORS: Record<string, string> = {
  Between: "between",
  GreaterThanOrEqualTo: "greaterThanOrEqual",
  LessThanOrEqualTo: "lessThanOrEqual",
};

function fakeRule(rule: Record<string, unknown> | undefined): Record<string, unknown> {
  const r = rule as { list?: { source: string }; decimal?: Record<string, unknown>; wholeNumber?: Record<string, unknown> };
  if (r.list) return { type: "list", source: r.list.source.replace(/^=/, "") };
  const basic = (r.decimal ?? r.wholeNumber) as { operator: string; formula1: number | string; formula2?: number | string };
  const formulae = [basic.formula1, basic.formula2].filter((f) => f !== undefined).map(Number);
  return { type: r.decimal ? "decimal" : "whole", operator: OPERATORS[basic.operator], formulae };
}

export function normalFake(snapshot: WorkbookSnapshot, skip: readonly string[]): NormalWorkbook {
  return {
    sheets: snapshot.sheets.filter((s) => !skip.includes(s.name)).map(normalFakeSheet),
    names: snapshot.names.map((n) => ({ name: n.name, refersTo: n.formula.replace(/^=/, "") })),
  };
}

function normalFakeSheet(s: SheetSnapshot): NormalSheet {
  const cells: NormalSheet["cells"] = {};
  const lines: NormalSheet["lines"] = {};
  for (const [a1, cell] of Object.entries(s.cells)) {
    const { borders, verticalAlignment, ...style } = cell.style ?? {};
    const value = cell.value === "" ? undefined : cell.value;
    const entry = clean({
      value,
      formula: cell.formula,
      numberFormat: cell.numberFormat,
      ...style,
      vertical: verticalAlignment?.toLowerCase(),
    });
    if (Object.keys(entry).length > 0) cells[a1] = entry;
    const { row, column } = parseCell(a1);
    const at = { top: `h:${row}:${column}`, bottom: `h:${row + 1}:${column}`, left: `v:${row}:${column}`, right: `v:${row}:${column + 1}` };
    for (const [side, line] of Object.entries(borders ?? {}))
      if (line) lines[at[side as keyof typeof at]] = `${line.weight} ${(line.color ?? "").toUpperCase()}`;
  }
  const validations: NormalSheet["validations"] = {};
  for (const v of s.validations) {
    const p = v.prompt as { title: string; message: string };
    const e = v.errorAlert as { title: string; message: string; style: string };
    for (const a1 of cellsOf(v.range))
      validations[a1] = validationKey(fakeRule(v.rule), [p.title, p.message], [e.style.toLowerCase(), e.title, e.message]);
  }
  const conditionalFormats = s.conditionalFormats.map((f) => {
    if (f.type === "ColorScale") {
      const c = f.criteria as { minimum: { color: string }; midpoint: { color: string }; maximum: { color: string } };
      return {
        range: f.range,
        kind: "colorScale",
        colors: [c.minimum.color, c.midpoint.color, c.maximum.color].map((x) => x.toUpperCase()),
      };
    }
    return clean({
      range: f.range,
      kind: "formula",
      formula: f.formula,
      fill: f.fill?.toUpperCase(),
      fontColor: f.fontColor?.toUpperCase(),
    });
  });
  const widths: NormalSheet["widths"] = {};
  for (const [letter, w] of Object.entries(s.columnWidths)) widths[letter] = points(w);
  const l = s.pageLayout;
  const page: NormalPage | undefined = l
    ? clean({
        paper: l.paperSize ?? "",
        orientation: (l.orientation ?? "").toLowerCase(),
        fit: { wide: l.zoom?.horizontalFitToPages ?? 0, tall: l.zoom?.verticalFitToPages ?? 0 },
        margins: [l.leftMargin, l.rightMargin, l.topMargin, l.bottomMargin, l.headerMargin, l.footerMargin].map((m) => points(m ?? -1)),
        area: l.printArea ?? "",
        titleRows: l.printTitleRows,
        titleColumns: l.printTitleColumns,
        footer: l.centerFooter ?? "",
      })
    : undefined;
  return clean({
    name: s.name,
    cells,
    lines,
    widths,
    freeze: s.freeze,
    tables: s.tables,
    validations,
    conditionalFormats,
    tabColor: s.tabColor?.toUpperCase(),
    // In any order: ExcelJS reads a file's merges back in an order of its own.
    merges: s.merges && [...s.merges].sort(),
    rowHeights: s.rowHeights,
    page,
  }) as NormalSheet;
}

// ---- the .xlsx file read back with ExcelJS ----

function xlsxRule(v: ExcelJS.DataValidation): Record<string, unknown> {
  if (v.type === "list") return { type: "list", source: String(v.formulae[0]).replace(/^"(.*)"$/, "$1") };
  return { type: v.type, operator: v.operator ?? "between", formulae: v.formulae.map(Number) };
}

export function normalXlsx(book: ExcelJS.Workbook, specs: readonly SheetSpec[]): NormalWorkbook {
  return {
    sheets: book.worksheets.map((ws) =>
      normalXlsxSheet(
        ws,
        specs.find((s) => s.name === ws.name)!,
      ),
    ),
    names: book.definedNames.model.map((n) => ({ name: n.name, refersTo: n.ranges.join(",") })),
  };
}

function normalXlsxSheet(ws: ExcelJS.Worksheet, spec: SheetSpec): NormalSheet {
  const cells: NormalSheet["cells"] = {};
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      // The other cells of a merged area show (and ExcelJS copies the style of) the first cell.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const v = cell.value as unknown;
      const formula = cell.formula ? modelFormula(cell.formula) : undefined;
      const value = formula === undefined && v !== null && v !== "" ? (v as string | number | boolean) : undefined;
      const font = cell.font ?? {};
      const fill = cell.fill?.type === "pattern" && cell.fill.pattern === "solid" ? hex(cell.fill.fgColor?.argb) : undefined;
      const vertical = cell.alignment?.vertical === "middle" ? "center" : cell.alignment?.vertical;
      const numberFormat = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined;
      const entry = clean({
        value,
        formula,
        numberFormat,
        fill,
        bold: font.bold,
        italic: font.italic,
        size: font.size === 11 ? undefined : font.size,
        color: hex(font.color?.argb),
        wrap: cell.alignment?.wrapText,
        vertical,
      });
      if (Object.keys(entry).length > 0) cells[cell.address] = entry;
    }),
  );
  // Shared edges: the rectangle styled later wins, as when Office.js draws them in that order.
  const lines: NormalSheet["lines"] = {};
  for (const box of roleRectangles(spec.grid)) {
    for (let r = box.top; r <= box.bottom; r++) {
      for (let c = box.left; c <= box.right; c++) {
        const border = ws.getCell(r + 1, c + 1).border ?? {};
        const at = { top: `h:${r}:${c}`, bottom: `h:${r + 1}:${c}`, left: `v:${r}:${c}`, right: `v:${r}:${c + 1}` };
        for (const side of ["top", "bottom", "left", "right"] as const) {
          const line = border[side];
          if (line?.style) lines[at[side]] = `${line.style === "medium" ? "Medium" : "Thin"} ${hex(line.color?.argb)}`;
        }
      }
    }
  }
  const validations: NormalSheet["validations"] = {};
  for (const [a1, v] of Object.entries(readValidations(ws))) {
    validations[a1] = validationKey(
      xlsxRule(v),
      [v.promptTitle ?? "", v.prompt ?? ""],
      [v.errorStyle ?? "", v.errorTitle ?? "", v.error ?? ""],
    );
  }
  const conditionalFormats = readConditionalFormats(ws).flatMap((cf) =>
    cf.rules.map((rule) => {
      if (rule.type === "colorScale") return { range: cf.ref, kind: "colorScale", colors: (rule.color ?? []).map((c) => hex(c.argb)) };
      const style = rule.style ?? {};
      const fill = style.fill as { bgColor?: { argb?: string } } | undefined;
      const formula = (rule as { formulae?: string[] }).formulae?.[0];
      return clean({
        range: cf.ref,
        kind: "formula",
        formula: formula === undefined ? undefined : modelFormula(formula),
        fill: hex(fill?.bgColor?.argb),
        fontColor: hex(style.font?.color?.argb),
      });
    }),
  );
  const widths: NormalSheet["widths"] = {};
  spec.columnWidths.forEach((_, i) => {
    const w = ws.getColumn(i + 1).width;
    if (w !== undefined) widths[columnLetter(i)] = points(characterWidthToPoints(w));
  });
  const view = ws.views?.[0];
  const freeze = view?.state === "frozen" ? { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 } : { rows: 0, columns: 0 };
  const tables = readTables(ws).map((t) => ({ name: t.name, range: t.ref, style: t.theme ?? "", headers: t.columns }));
  const merges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
  const rowHeights: Record<number, number> = {};
  ws.eachRow({ includeEmpty: true }, (row) => {
    if (row.height !== undefined && row.height !== null) rowHeights[row.number] = row.height;
  });
  return clean({
    name: ws.name,
    cells,
    lines,
    widths,
    freeze,
    tables,
    validations,
    conditionalFormats,
    tabColor: hex(ws.properties.tabColor?.argb),
    merges: merges.length > 0 ? [...merges].sort() : undefined,
    rowHeights: Object.keys(rowHeights).length > 0 ? rowHeights : undefined,
    page: xlsxPage(ws),
  }) as NormalSheet;
}

/** Paper sizes of the .xlsx format by number (ST_PaperSize): 9 is A4. */
const PAPER: Record<number, string> = { 1: "Letter", 5: "Legal", 8: "A3", 9: "A4", 11: "A5" };

function xlsxPage(ws: ExcelJS.Worksheet): NormalPage | undefined {
  const p = ws.pageSetup;
  if (!p.printArea) return undefined;
  const m = p.margins ?? { left: -1, right: -1, top: -1, bottom: -1, header: -1, footer: -1 };
  return clean({
    paper: PAPER[Number(p.paperSize)] ?? String(p.paperSize),
    orientation: p.orientation ?? "",
    fit: { wide: p.fitToPage ? (p.fitToWidth ?? 1) : 0, tall: p.fitToPage ? (p.fitToHeight ?? 1) : 0 },
    margins: [m.left, m.right, m.top, m.bottom, m.header, m.footer].map((inches) => points(inches * 72)),
    area: p.printArea,
    titleRows: p.printTitlesRow,
    titleColumns: p.printTitlesColumn,
    footer: (ws.headerFooter.oddFooter ?? "").replace(/^&C/, ""),
  });
}
