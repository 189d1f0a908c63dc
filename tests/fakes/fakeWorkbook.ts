import { Bounds, MAX_COLUMNS, columnNumber, overlaps } from "./fakeAddress";
import type { FakeAnnotation } from "./fakeAnnotations";
import type { FakeChart } from "./fakeChartModel";
import { demand } from "./fakeErrors";
import { parseEntry } from "./fakeEntry";

/**
 * The state of the fake workbook and Excel's rules on it (sheet names, defined and table names,
 * what a string written to a cell becomes). Proxies in fakeProxies.ts change this state only when
 * the request context syncs.
 */

export type Scalar = string | number | boolean;

export interface FakeStyle {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  wrap?: boolean;
  verticalAlignment?: string;
  horizontalAlignment?: string;
}

export interface FakeCell {
  value: Scalar | null;
  /** Set when `value` is an error constant ("#N/A" typed into the cell), not text. */
  error?: true;
  formula?: string;
  numberFormat: string;
  style: FakeStyle;
}

export interface FakeLine {
  style?: string;
  color?: string;
  weight?: string;
}

export interface FakeValidation {
  bounds: Bounds;
  rule?: Record<string, unknown>;
  prompt?: { showPrompt?: boolean; title?: string; message?: string };
  errorAlert?: { showAlert?: boolean; style?: string; title?: string; message?: string };
}

export interface FakeConditionalFormat {
  bounds: Bounds;
  type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
  criteria?: Record<string, unknown>;
}

/** What `Worksheet.pageLayout` set (ExcelApi 1.9); margins in points. */
export interface FakePageLayout {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printArea?: string;
  printTitleRows?: string;
  printTitleColumns?: string;
  leftMargin?: number;
  rightMargin?: number;
  topMargin?: number;
  bottomMargin?: number;
  headerMargin?: number;
  footerMargin?: number;
  centerFooter?: string;
  leftFooter?: string;
  rightFooter?: string;
  centerHeader?: string;
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  /** Border lines: "h:r:c" is the line above cell (r, c), "v:r:c" the line left of it. */
  readonly lines = new Map<string, FakeLine>();
  readonly columnWidths = new Map<number, number>();
  /** Row heights in points by 0-based row, as set through `format.rowHeight`. */
  readonly rowHeights = new Map<number, number>();
  /** Merged areas ("B2:F2"), in the order merged. */
  readonly merges: string[] = [];
  pageLayout: FakePageLayout = {};
  freeze = { rows: 0, columns: 0 };
  readonly validations: FakeValidation[] = [];
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  tabColor = "";
  showGridlines = true;
  /** Charts in order of creation. */
  readonly charts: FakeChart[] = [];
  /** Charts ever made on the sheet: Excel numbers new charts "Chart N" on, never reusing N. */
  chartsMade = 0;
  /** Threaded comments and notes, at most one of each per cell (fakeAnnotations.ts). */
  readonly comments: FakeAnnotation[] = [];
  readonly notes: FakeAnnotation[] = [];
  /** Defined names scoped to this sheet (Worksheet.names). */
  readonly names: FakeName[] = [];
  /** Sheet protection (fakeProtection.ts): cells are locked unless listed here as "row,column". */
  protected = false;
  readonly unlocked = new Set<string>();

  constructor(
    readonly id: number,
    public name: string,
  ) {}

  cell(row: number, column: number): FakeCell | undefined {
    return this.cells.get(`${row},${column}`);
  }

  /** The cell at (row, column), created blank when missing. */
  touch(row: number, column: number): FakeCell {
    const key = `${row},${column}`;
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = { value: null, numberFormat: "General", style: {} }));
    return cell;
  }
}

export interface FakeTable {
  sheet: FakeSheet;
  bounds: Bounds;
  name: string;
  style: string;
  headers: string[];
  showTotals: boolean;
}

export interface FakeName {
  name: string;
  formula: string;
  comment: string;
}

const FORBIDDEN_SHEET_CHARACTERS = /[:\\/?*[\]]/;

/** Checks Excel's sheet-name rules; `others` are the names already in the workbook. */
export function checkSheetName(name: unknown, others: readonly string[]): asserts name is string {
  demand(typeof name === "string" && name.trim() !== "", "InvalidArgument", "A sheet name cannot be blank.");
  demand(name.length <= 31, "InvalidArgument", `The sheet name "${name}" is longer than 31 characters.`);
  demand(!FORBIDDEN_SHEET_CHARACTERS.test(name), "InvalidArgument", `The sheet name "${name}" contains one of : \\ / ? * [ ].`);
  demand(!name.startsWith("'") && !name.endsWith("'"), "InvalidArgument", `The sheet name "${name}" begins or ends with an apostrophe.`);
  demand(name.toLocaleLowerCase() !== "history", "InvalidArgument", `"History" is a reserved sheet name.`);
  const lower = name.toLocaleLowerCase();
  demand(!others.some((n) => n.toLocaleLowerCase() === lower), "ItemAlreadyExists", `A sheet named "${name}" already exists.`);
}

/** Checks the rules shared by defined names and table names, and that the name is free. */
export function checkDefinedName(name: unknown, taken: readonly string[]): asserts name is string {
  demand(typeof name === "string" && name.length > 0 && name.length <= 255, "InvalidArgument", `"${String(name)}" is not a valid name.`);
  demand(
    /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name),
    "InvalidArgument",
    `The name "${name}" may hold only letters, digits, _ . and \\ and must start with a letter or _.`,
  );
  const cellLike = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  demand(!(cellLike && columnNumber(cellLike[1]) < MAX_COLUMNS), "InvalidArgument", `The name "${name}" looks like a cell reference.`);
  demand(!/^[RrCc]$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name), "InvalidArgument", `The name "${name}" looks like an R1C1 reference.`);
  const lower = name.toLocaleLowerCase();
  demand(!taken.some((n) => n.toLocaleLowerCase() === lower), "ItemAlreadyExists", `The name "${name}" is already used in this workbook.`);
}

/** A text in quotes (skipped), or a sheet reference: 'Quoted name'! (group 1) or Plain! (group 2). */
export const SHEET_REFERENCE = /"(?:[^"]|"")*"|'((?:[^']|'')+)'!|([\p{L}_][\p{L}\p{N}_.]*)!/gu;

/** Sheet names a formula refers to: 'Cost sheet'!A1 and Data!A1 (text in "…" is skipped). */
function sheetReferences(formula: string): string[] {
  const found: string[] = [];
  for (const m of formula.matchAll(SHEET_REFERENCE)) {
    if (m[1] !== undefined) found.push(m[1].replace(/''/g, "'"));
    else if (m[2] !== undefined) found.push(m[2]);
  }
  return found;
}

/** Whether a sheet of that name exists, for reference checks. */
export type SheetExists = (name: string) => boolean;

/** Rejects a formula that refers to a sheet missing from the workbook (Excel would read it as an external link). */
export function checkSheetReferences(formula: string, sheetExists: SheetExists | undefined): void {
  if (!sheetExists) return;
  for (const name of sheetReferences(formula)) {
    demand(sheetExists(name), "InvalidReference", `The formula ${formula} refers to the sheet "${name}", which does not exist.`);
  }
}

/** Rejects formulas Excel cannot parse: unbalanced quotes or parentheses. */
function checkFormula(formula: string): void {
  demand(formula.length <= 8192, "InvalidArgument", "A formula is longer than 8192 characters.");
  let depth = 0;
  let quote: string | null = null;
  for (const ch of formula) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    demand(depth >= 0, "InvalidArgument", `The formula ${formula} has a ")" without "(".`);
  }
  demand(quote === null && depth === 0, "InvalidArgument", `The formula ${formula} is not complete.`);
}

/**
 * What Excel makes of one entry written through `values` or `formulas`: null leaves the cell as it
 * is, "" clears it, "=…" (and "+x"/"-x" that are not numbers) become formulas, a leading apostrophe
 * keeps the rest as text, a cell formatted as text ("@") keeps any string as text, and any other
 * string is parsed as Excel parses it (fakeEntry.ts: numbers, currency, percentages, dates,
 * times, booleans, error values), with the number format Excel gives a General cell.
 */
export function enterCell(cell: FakeCell, input: unknown, sheetExists?: SheetExists): void {
  if (input === null || input === undefined) return;
  if (typeof input === "number") {
    demand(Number.isFinite(input), "InvalidArgument", `${input} is not a number Excel can store.`);
    return set(cell, input);
  }
  if (typeof input === "boolean") return set(cell, input);
  demand(typeof input === "string", "InvalidArgument", `A cell cannot hold a ${typeof input}.`);
  demand(input.length <= 32767, "InvalidArgument", "A cell holds at most 32767 characters.");
  if (input === "") return set(cell, null);
  if (cell.numberFormat === "@") return set(cell, input);
  if (input.startsWith("'")) return set(cell, input.slice(1));
  const parsed = parseEntry(input);
  if (input.startsWith("=") || (/^[+-]/.test(input) && parsed.kind !== "number")) {
    const formula = input.startsWith("=") ? input : `=${input}`;
    checkFormula(formula.slice(1));
    checkSheetReferences(formula, sheetExists);
    cell.value = null;
    cell.formula = formula;
    return;
  }
  if (parsed.kind === "text") return set(cell, input);
  if (parsed.kind === "error") {
    set(cell, parsed.value);
    cell.error = true;
    return;
  }
  if (parsed.kind === "number" && parsed.format !== undefined && cell.numberFormat === "General") cell.numberFormat = parsed.format;
  set(cell, parsed.value);
}

function set(cell: FakeCell, value: Scalar | null): void {
  cell.value = value;
  delete cell.formula;
  delete cell.error;
}

/** Table headers as Excel makes them: text, blanks become "ColumnN", repeats get a number. */
export function tableHeaders(cells: readonly (FakeCell | undefined)[]): string[] {
  const seen = new Set<string>();
  return cells.map((cell, i) => {
    demand(
      !cell?.formula,
      "InvalidOperation",
      `Table header ${i + 1} holds a formula (${cell?.formula}); the fake cannot evaluate it, and Excel would replace it by its value.`,
    );
    let header = cell?.value === null || cell?.value === undefined || cell.value === "" ? `Column${i + 1}` : String(cell.value);
    for (let n = 2; seen.has(header.toLocaleLowerCase()); n++) header = `${String(cell?.value ?? "Column")}${n}`;
    seen.add(header.toLocaleLowerCase());
    return header;
  });
}

/** True when a new table at `bounds` on `sheet` would overlap an existing one. */
export function overlapsTable(tables: readonly FakeTable[], sheet: FakeSheet, bounds: Bounds): boolean {
  return tables.some((t) => t.sheet === sheet && overlaps(t.bounds, bounds));
}
