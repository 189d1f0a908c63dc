import {
  DEFAULT_GRADES,
  Dec,
  GradeTable,
  ImpactRow,
  ImpactRowInput,
  KPI,
  OverclaimWarning,
  PriceBase,
  PriceIndex,
  SroiError,
  inBasePrices,
  isBlank,
  overclaimWarnings,
  parseGradeTable,
  parseImpactRow,
  readDiscountRate,
  readNonNegative,
  readOptional,
  readPriceIndex,
  readYear,
} from "../../../core";
import { LANGUAGES } from "../../../core/language";
import { IMPACT_CALC, IMPACT_INPUTS, SOURCE_COLUMNS } from "../impactColumns";
import { readsAs } from "../../kit";
import { IMPACT_SUMMARY_TEXT } from "../impactSummary";
import type { Text } from "../../kit";

/**
 * Reading an impact map back from the workbook: the cells of the table the taskpane made (its
 * header, every data row, and the summary rows under it) become validated rows, the discount rate
 * and the investment. Columns are found by their header in either language, so moved columns and
 * added columns do not matter; rows the user added inside the table are read; blank rows are
 * skipped; a row that cannot be read is listed with the reason, never dropped silently. A proxy
 * with a price year other than the summary's price base year is converted to the base year with
 * the workbook's KPI table when the cells carry it, else with the shipped KPI.
 */

/** What a read of the impact-map table gives (Excel `values`: numbers, text, "" for blank, booleans). */
export interface ImpactTableCells {
  readonly sheet: string;
  readonly table: string;
  /** Sheet row number (1-based) of the header row. */
  readonly headerRow: number;
  readonly header: readonly unknown[];
  readonly body: readonly (readonly unknown[])[];
  /** The first two columns of the rows under the table: label, value. */
  readonly below: readonly (readonly unknown[])[];
  /** Their number formats, when known (for the currency of money values). */
  readonly belowFormats?: readonly (readonly string[])[];
  /**
   * The workbook's KPI table (year, index value, …), when the reader found one; proxies from other
   * price years are converted with it, else with the shipped KPI.
   */
  readonly priceIndex?: readonly (readonly unknown[])[];
  /**
   * The workbook's evidence-grade table on the Lists sheet (grade, meaning, optimism-bias haircut,
   * default spread), when the reader found one; without it the product's defaults apply.
   */
  readonly gradeTable?: readonly (readonly unknown[])[];
}

/** A row read from the map. */
interface ReadRow {
  /** Sheet row number (1-based), as Excel shows it. */
  readonly sheetRow: number;
  readonly row: ImpactRow;
  readonly outcome: string;
  /**
   * The row's over-claim warnings (overclaimWarnings over its figures as written, its source cells,
   * its grade and its proxy's price year): the row still counts.
   */
  readonly warnings: readonly OverclaimWarning[];
}

/** A row that could not be read, with the first reason. */
export interface SkippedRow {
  readonly sheetRow: number;
  /** Stakeholder and outcome as written, for the reader to recognise the row ("" when blank). */
  readonly label: string;
  /** The header of the column at fault, as on the sheet. */
  readonly column: string;
  readonly error: SroiError;
}

/** A row whose benefit period is longer than the map's year columns: counted as the sheet counts it. */
export interface CappedRow {
  readonly sheetRow: number;
  readonly given: number;
  readonly years: number;
}

export interface ImpactMapRead {
  readonly sheet: string;
  readonly table: string;
  readonly rows: readonly ReadRow[];
  readonly skipped: readonly SkippedRow[];
  readonly capped: readonly CappedRow[];
  readonly rate: Dec;
  /** One amount, paid at the start. */
  readonly investment: readonly Dec[];
  /** The number of "Value <year>" columns, or null when the map has none. */
  readonly yearColumns: number | null;
  /** The calendar year of the first year column, or null. */
  readonly startYear: number | null;
  /** The number format of the investment cell, when known (it carries the map's currency). */
  readonly investmentFormat: string | null;
  /** The price base year every proxy has been converted to, or null when the map has none. */
  readonly baseYear: number | null;
  /** The workbook's evidence-grade table (DEFAULT_GRADES when the workbook has none). */
  readonly grades: GradeTable;
}

/** Why a map cannot be read at all. */
export type ImpactReadProblem =
  | { readonly kind: "missingColumns"; readonly columns: readonly Text[] }
  | { readonly kind: "missingSummary"; readonly what: Text }
  | { readonly kind: "badSummary"; readonly what: Text; readonly error: SroiError }
  /** The grade table on the Lists sheet cannot be read. */
  | { readonly kind: "badGrades"; readonly error: SroiError }
  | { readonly kind: "noRows"; readonly skipped: readonly SkippedRow[] };

export type ImpactReadResult =
  { readonly ok: true; readonly map: ImpactMapRead } | { readonly ok: false; readonly problem: ImpactReadProblem };

/** Columns without which no row can be valued. */
const REQUIRED = ["quantity", "outcomeRate", "deadweight", "attribution", "displacement", "proxy"];
/** Input columns the core reads, by column id. */
const READ = ["stakeholder", "outcome", "payer", "dimension", ...REQUIRED, "proxyYear", "years", "dropOff", "grade"];
/** The core's argument name → the column id, to name the column at fault. */
const COLUMN_OF: Readonly<Record<string, string>> = {
  outcome_rate: "outcomeRate",
  drop_off: "dropOff",
  proxy_year: "proxyYear",
  base_year: "proxyYear",
  evidence_grade: "grade",
};

/** Column index of every input column found in the header, by id. */
function inputColumns(header: readonly unknown[]): Map<string, number> {
  const found = new Map<string, number>();
  for (const column of IMPACT_INPUTS) {
    const index = header.findIndex((cell) => readsAs(cell, column.header));
    if (index >= 0) found.set(column.id, index);
  }
  return found;
}

/** The "Value 2026" columns: how many, and the first year. */
function yearColumns(header: readonly unknown[]): { count: number | null; start: number | null } {
  const years: number[] = [];
  for (const cell of header) {
    for (const language of LANGUAGES) {
      const [before, after] = IMPACT_CALC.yearHeader[language].split("{year}");
      const text = String(cell ?? "").trim();
      if (!text.startsWith(before) || !text.endsWith(after)) continue;
      const year = text.slice(before.length, text.length - after.length);
      if (/^\d{4}$/.test(year)) years.push(Number(year));
      break;
    }
  }
  return years.length === 0 ? { count: null, start: null } : { count: years.length, start: Math.min(...years) };
}

/** The value next to the first label under the table that reads `label` in either language. */
function summaryValue(below: readonly (readonly unknown[])[], label: Text): { found: boolean; value: unknown; index: number } {
  const index = below.findIndex((cells) => readsAs(cells[0], label));
  return index < 0 ? { found: false, value: undefined, index } : { found: true, value: below[index][1], index };
}

/** The base year under the table (null when the map has no such row or leaves it blank) and the index. */
function readPrices(cells: ImpactTableCells): PriceBase | ImpactReadProblem {
  const T = IMPACT_SUMMARY_TEXT;
  const base = summaryValue(cells.below, T.baseYear);
  try {
    const baseYear = !base.found || isBlank(base.value) ? null : readYear("base_year", base.value);
    return { baseYear, index: kpiOf(cells.priceIndex) };
  } catch (error) {
    if (error instanceof SroiError) return { kind: "badSummary", what: T.baseYear, error };
    throw error;
  }
}

/** The workbook's KPI (its first two columns), or the shipped KPI when there is none or it cannot be read. */
function kpiOf(rows: ImpactTableCells["priceIndex"]): PriceIndex {
  if (rows === undefined) return KPI;
  try {
    return readPriceIndex(
      "index",
      rows.map((r) => [r[0], r[1]]),
    );
  } catch {
    return KPI;
  }
}

/**
 * The workbook's grade table (grade, meaning, haircut, spread; blank rows left out), or the
 * product's defaults when the workbook has none.
 */
function readGrades(rows: ImpactTableCells["gradeTable"]): GradeTable | ImpactReadProblem {
  if (rows === undefined) return DEFAULT_GRADES;
  try {
    return parseGradeTable(
      rows.filter((r) => !r.every((cell) => isBlank(cell))).map((r) => ({ grade: r[0], haircut: r[2], spread: r[3] })),
    );
  } catch (error) {
    if (error instanceof SroiError) return { kind: "badGrades", error };
    throw error;
  }
}

function readSummary(below: ImpactTableCells["below"]): { rate: Dec; investment: Dec; investmentLine: number } | ImpactReadProblem {
  const T = IMPACT_SUMMARY_TEXT;
  const rate = summaryValue(below, T.rate);
  if (!rate.found) return { kind: "missingSummary", what: T.rate };
  const investment = summaryValue(below, T.investment);
  if (!investment.found) return { kind: "missingSummary", what: T.investment };
  let what = T.rate;
  try {
    const r = readOptional("discount_rate", rate.value, 0, readDiscountRate);
    what = T.investment;
    return { rate: r, investment: readNonNegative("investment", investment.value), investmentLine: investment.index };
  } catch (error) {
    if (error instanceof SroiError) return { kind: "badSummary", what, error };
    throw error;
  }
}

/** Reads the impact map's table and summary; see the module's description. */
export function readImpactMap(cells: ImpactTableCells): ImpactReadResult {
  const columns = inputColumns(cells.header);
  const missing = IMPACT_INPUTS.filter((c) => REQUIRED.includes(c.id) && !columns.has(c.id)).map((c) => c.header);
  if (missing.length > 0) return { ok: false, problem: { kind: "missingColumns", columns: missing } };
  const years = yearColumns(cells.header);
  const prices = readPrices(cells);
  if ("kind" in prices) return { ok: false, problem: prices };
  const grades = readGrades(cells.gradeTable);
  if ("kind" in grades) return { ok: false, problem: grades };
  const { rows, skipped, capped } = readRows(cells, columns, years.count, prices);
  if (rows.length === 0) return { ok: false, problem: { kind: "noRows", skipped } };
  const summary = readSummary(cells.below);
  if ("kind" in summary) return { ok: false, problem: summary };
  return {
    ok: true,
    map: {
      sheet: cells.sheet,
      table: cells.table,
      rows,
      skipped,
      capped,
      rate: summary.rate,
      investment: [summary.investment],
      yearColumns: years.count,
      startYear: years.start,
      investmentFormat: cells.belowFormats?.[summary.investmentLine]?.[1] ?? null,
      baseYear: prices.baseYear,
      grades,
    },
  };
}

/**
 * Every data row: read, skipped with its reason, or (blank) left out. A row is blank when every
 * input column found is, as the sheet's own check counts it (COUNTA over the inputs): a row with
 * only its indicator or a source filled in is skipped with the reason, not dropped.
 */
function readRows(
  cells: ImpactTableCells,
  columns: Map<string, number>,
  yearColumns: number | null,
  prices: PriceBase,
): { rows: ReadRow[]; skipped: SkippedRow[]; capped: CappedRow[] } {
  const rows: ReadRow[] = [];
  const skipped: SkippedRow[] = [];
  const capped: CappedRow[] = [];
  const text = (values: readonly unknown[], id: string): string =>
    columns.has(id) ? String(values[columns.get(id) as number] ?? "").trim() : "";
  cells.body.forEach((values, i) => {
    const sheetRow = cells.headerRow + 1 + i;
    const input: Record<string, unknown> = {};
    if ([...columns.values()].every((column) => isBlank(values[column]))) return;
    for (const id of READ) if (columns.has(id)) input[id] = values[columns.get(id) as number];
    const label = [text(values, "stakeholder"), text(values, "outcome")].filter((t) => t !== "").join(" – ");
    try {
      const parsed = parseImpactRow(input as unknown as ImpactRowInput);
      const warnings = overclaimWarnings({
        ...parsed,
        grade: parsed.grade ?? null,
        sources: SOURCE_COLUMNS.map((id) => (columns.has(id) ? values[columns.get(id) as number] : "")),
        proxyYear: parsed.proxyYear ?? null,
      });
      // The proxy in base-year prices, as the sheet values it.
      let row = inBasePrices(parsed, prices);
      if (yearColumns !== null && row.years > yearColumns) {
        capped.push({ sheetRow, given: row.years, years: yearColumns });
        row = { ...row, years: yearColumns };
      }
      rows.push({ sheetRow, row, outcome: text(values, "outcome"), warnings });
    } catch (error) {
      if (!(error instanceof SroiError)) throw error;
      const argument = "argument" in error.detail ? error.detail.argument : "";
      const id = COLUMN_OF[argument] ?? argument;
      const header = columns.has(id) ? String(cells.header[columns.get(id) as number] ?? "") : argument;
      skipped.push({ sheetRow, label, column: header, error });
    }
  });
  return { rows, skipped, capped };
}
