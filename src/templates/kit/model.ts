import type { Language } from "../../core/language";
import type { ChartSpec } from "./chartSpec";

/**
 * The template model: every sheet the add-in scaffolds is declared once as data and rendered by a
 * writer (writers/excel through Office.js, writers/xlsx to a file). Writers interpret this model
 * and nothing else; no layout is coded in a writer.
 *
 * Conventions
 * - Addresses are A1 style without sheet name ("B4", "B4:F20"), relative to the sheet.
 * - Formulas are English Excel formulas with comma separators, starting with "=". They must work
 *   in Excel 2016 and LibreOffice: no XLOOKUP, LET, LAMBDA, dynamic arrays, structured table
 *   references or SROI.* functions. References to other sheets use the final sheet names from
 *   `SheetNames` (quoted: 'Kostnadskalkyl'!B5), so a renamed/free name still links correctly.
 * - Text a user reads comes in the chosen language; the builder picks it, the writer does not.
 */

/** What a cell is for; each writer maps a role to one style (fill, font, border, protection). */
export type Role =
  | "title" // sheet title
  | "section" // the heading of a block of a sheet (a report's sections)
  | "help" // guiding question or help text
  | "header" // column or row header
  | "label" // a fixed label next to an input or result
  | "input" // a cell the user fills in (visibly distinct)
  | "calc" // a computed cell (formula)
  | "total" // a computed total
  | "check"; // a visible consistency check

/** Number format by meaning; each writer maps it to a format code (currency from the options). */
export type Format = "text" | "integer" | "decimal" | "money" | "percent" | "year" | "years" | "months" | "ratio";

export interface Cell {
  /** A constant: text, number or boolean. Ignored when `formula` is set. */
  readonly value?: string | number | boolean;
  /** An English Excel formula starting with "=". */
  readonly formula?: string;
  readonly role?: Role;
  readonly format?: Format;
}

/** Rows of cells from A1; `undefined` or missing cells stay empty. */
export type Grid = readonly (readonly (Cell | undefined)[])[];

/** An Excel table (ListObject) over a header row and its data rows. */
export interface TableSpec {
  /** Workbook-unique table name; writers make it unique if it is taken. */
  readonly name: string;
  /** Header row plus data rows, e.g. "A4:P24". Header cells must be unique, non-empty text. */
  readonly range: string;
  readonly style?: string;
}

interface InputMessage {
  readonly title: string;
  readonly message: string;
}

export type ValidationRule =
  /** A list from a range ("=$J$2:$J$6" or "='Listor'!$A$2:$A$7") or from fixed values. */
  | { readonly type: "list"; readonly source: string }
  | { readonly type: "list"; readonly values: readonly string[] }
  /** Whole numbers or decimals within [min, max] (either bound may be absent). */
  | { readonly type: "whole" | "decimal"; readonly min?: number; readonly max?: number };

export interface ValidationSpec {
  readonly range: string;
  readonly rule: ValidationRule;
  readonly prompt: InputMessage;
  /** Shown when the user enters something the rule rejects. */
  readonly error: InputMessage;
}

export type ConditionalFormatSpec =
  /** A 3-colour scale over numbers (min → mid percentile 50 → max), colours as #RRGGBB. */
  | { readonly type: "colorScale"; readonly range: string; readonly colors: readonly [string, string, string] }
  /**
   * Fill when a formula is true for the top-left cell (relative references move across the range),
   * e.g. "=B2>=15".
   */
  | { readonly type: "formula"; readonly range: string; readonly formula: string; readonly fill: string; readonly fontColor?: string };

/** A workbook-level defined name. */
export interface NameSpec {
  readonly name: string;
  /** Absolute reference with sheet name, e.g. "='Kostnadskalkyl'!$H$30". */
  readonly refersTo: string;
}

export interface SheetSpec {
  /** Stable key of the sheet within the template set (e.g. "impactMap", "unitCosts"). */
  readonly key: SheetKey;
  /** The final sheet name (already resolved to a free, valid name). */
  readonly name: string;
  readonly grid: Grid;
  /** Column widths in characters, from column A. */
  readonly columnWidths: readonly number[];
  /** Rows and columns to freeze (0 = none). */
  readonly freeze: { readonly rows: number; readonly columns: number };
  readonly tables: readonly TableSpec[];
  readonly validations: readonly ValidationSpec[];
  readonly conditionalFormats: readonly ConditionalFormatSpec[];
  readonly names: readonly NameSpec[];
  readonly tabColor?: string;
  /**
   * Cell ranges merged into one cell ("B2:F2"), for help texts that wrap across the width of the
   * sheet. Never inside a table. Filled in by `layoutForPrint` (print.ts) when not given.
   */
  readonly merges?: readonly string[];
  /** Ranges whose text wraps whatever its role (long sources and descriptions in tables). */
  readonly wraps?: readonly string[];
  /** Ranges aligned to the top whatever their role (a table whose rows hold several lines of text). */
  readonly alignTop?: readonly string[];
  /** Row heights in points by 0-based row, for rows whose wrapped text needs more than one line. */
  readonly rowHeights?: Readonly<Record<number, number>>;
  /** Charts on the sheet (rendered by the Excel writer; the .xlsx writer cannot write charts). */
  readonly charts?: readonly ChartSpec[];
  /** How the sheet prints; `layoutForPrint` gives every planned sheet one (print.ts). */
  readonly print?: PrintSetup;
}

/** Page margins in inches (what .xlsx stores; Office.js takes points: × 72). */
export interface Margins {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly header: number;
  readonly footer: number;
}

/**
 * Page setup as data: A4, fitted to one page wide (any number of pages tall) or, for a sheet too
 * wide to read on one, to two pages wide and one tall with its identifying columns repeated; the
 * rows repeated at the top of every page, the area printed, margins and a centred footer.
 */
export interface PrintSetup {
  readonly orientation: "portrait" | "landscape";
  /** Always A4 (paper size 9 in .xlsx, "A4" in Office.js). */
  readonly paper: "A4";
  /** Fit to this many pages wide; the height is free (as many pages as it takes) unless fitToHeight. */
  readonly fitToWidth: 1 | 2;
  /** Fit to this many pages tall (the decision summary: 1); absent: as many as it takes. */
  readonly fitToHeight?: 1;
  /** The cells printed, e.g. "A1:P40". */
  readonly area: string;
  /** Rows repeated at the top of every page, 1-based as Excel shows them ("5:5"); none when absent. */
  readonly titleRows?: string;
  /** Columns repeated at the left of every page, as Excel shows them ("A:B"); none when absent. */
  readonly titleColumns?: string;
  readonly margins: Margins;
  /**
   * The centred footer in Excel's header/footer codes: &A the sheet name, &P the page number,
   * &N the number of pages ("&A, page &P of &N").
   */
  readonly footer: string;
}

export type TemplateId =
  | "logicModelSimple"
  | "logicModelDetailed"
  | "riskMatrix"
  | "costSheet"
  | "impactMap"
  | "impactMapPrint"
  | "stakeholders"
  | "measurementPlan"
  | "collaborationPlan"
  | "beforeAfter"
  | "outcomeContract"
  | "portfolio"
  | "collectiveImpact"
  | "decisionSummary"
  | "principlesChecklist";

/**
 * Sheets are keyed so templates can link to each other (the impact map to the cost sheet's total);
 * "analysis" is the report sheet the taskpane's analysis writes (not a template).
 */
export type SheetKey = TemplateId | "unitCosts" | "kpi" | "lists" | "analysis";

/** Final sheet names of everything being created in one action, by key. */
export type SheetNames = Partial<Record<SheetKey, string>>;

export interface TemplateOptions {
  readonly language: Language;
  /** Number of years in cost sheets and impact maps, 1–10. */
  readonly years: number;
  /** First calendar year, e.g. 2026. */
  readonly startYear: number;
  /** Currency code or symbol shown in money formats, e.g. "kr" or "SEK" or "EUR". */
  readonly currency: string;
  /** Fill inputs with the worked example (DOMAIN.md) instead of leaving them blank. */
  readonly example: boolean;
}

/** One template as offered in the taskpane and the command line. */
export interface Template {
  readonly id: TemplateId;
  readonly title: Readonly<Record<Language, string>>;
  readonly description: Readonly<Record<Language, string>>;
  /** The sheets the template creates, keyed; the first is the main sheet. */
  readonly sheetKeys: readonly SheetKey[];
  /** Builds the sheets with the resolved names of everything created in the same action. */
  build(options: TemplateOptions, names: SheetNames): SheetSpec[];
}

/*
 * The catalogue (src/templates/index.ts) exports, for both writers, the taskpane and the CLI:
 *   TEMPLATES: readonly Template[]                       — all eight, in the order offered
 *   templateById(id: TemplateId): Template
 *   planSheets(ids: readonly TemplateId[], options: TemplateOptions,
 *              existingSheetNames: readonly string[]): SheetSpec[]
 *     — pure: picks a free, valid sheet name for every sheet of every chosen template (an existing
 *       "Effektkarta" makes the new one "Effektkarta (2)"; Excel's rules: ≤ 31 characters, none of
 *       : \ / ? * [ ], not blank, no leading/trailing apostrophe, unique case-insensitively), then
 *       builds every template with the resolved SheetNames so links between templates are right.
 */
