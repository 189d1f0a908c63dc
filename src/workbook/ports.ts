/**
 * The port between the taskpane and the workbook: what the pane asks of a writer and what comes back,
 * as plain data. The Office.js writer (writers/excel) implements it; the pane and its tests depend only
 * on this module, never on the writer itself.
 */
import type { Language } from "../core/language";
import type { BeforeAfterCells, ReportSheet, SheetGridCells } from "../templates/kit";
import type { ImpactTableCells } from "../templates/impactMap";

export type { BeforeAfterCells, BeforeAfterTableKind, CellValue, SheetGridCells } from "../templates/kit";
import type { SheetKey, TemplateId, TemplateOptions } from "../templates/kit";

/**
 * What the taskpane asks of a sheet writer and what it gets back. Pure types: the taskpane
 * depends on these, never on Office.js, and tests pass a writer backed by a fake.
 */

export interface CreateRequest {
  readonly templates: readonly TemplateId[];
  readonly options: TemplateOptions;
  /** Called after each template is written: `done` of `total` templates. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** One sheet that was created. */
export interface CreatedSheet {
  readonly templateId: TemplateId;
  readonly key: SheetKey;
  /** The sheet's final name (a free name such as "Effektkarta (2)" when the preferred one was taken). */
  readonly name: string;
}

/** Why writing failed; `kind` is what code compares, the message is rendered per language. */
export type WriterProblem =
  | { readonly kind: "noTemplates" }
  | { readonly kind: "options"; readonly text: Readonly<Record<Language, string>> }
  | { readonly kind: "tooOld"; readonly missing: readonly MissingFeature[] }
  | { readonly kind: "noExcel" }
  | { readonly kind: "cellEditMode" }
  | { readonly kind: "notNow" }
  | { readonly kind: "nameTaken" }
  | { readonly kind: "accessDenied" }
  | { readonly kind: "tooLarge" }
  | { readonly kind: "sheetMissing"; readonly name: string }
  /** A table the add-in made (an impact map, a before/after sheet's table) is no longer in the workbook. */
  | { readonly kind: "tableMissing"; readonly name: string }
  /**
   * A refresh was asked of an analysis sheet that has been changed since it was made (or is not
   * one); with reason "cannotCheck", this Excel cannot show the add-in everything on the sheet
   * (comments and notes need ExcelApi 1.18), so it cannot tell.
   */
  | { readonly kind: "analysisChanged"; readonly sheet: string; readonly reason?: "cannotCheck" }
  /** A refresh stopped part-way and the sheet could not be put back; `backup` is the copy of it as it was, if one is left. */
  | { readonly kind: "refreshIncomplete"; readonly sheet: string; readonly backup: string | null }
  | { readonly kind: "general"; readonly code: string };

/** A feature the add-in needs and the ExcelApi requirement set that brings it. */
export interface MissingFeature {
  readonly feature: Feature;
  readonly set: string;
}

export type Feature = "tables" | "names" | "conditionalFormats" | "freezePanes" | "dataValidation" | "charts";

export type CreateResult =
  | { readonly ok: true; readonly sheets: readonly CreatedSheet[] }
  /**
   * `sheets` lists what was completed before the failure (whole templates only); half-made
   * sheets of the failing template are removed when that is safe (`cleanedUp`).
   */
  | { readonly ok: false; readonly problem: WriterProblem; readonly sheets: readonly CreatedSheet[]; readonly cleanedUp: boolean };

export type ActivateResult = { readonly ok: true } | { readonly ok: false; readonly problem: WriterProblem };

/** What the taskpane needs from Excel; the Excel writer implements it with Office.js, tests with a fake. */
export interface SheetWriter extends WorkbookReader, AnalysisWriter {
  createSheets(request: CreateRequest): Promise<CreateResult>;
  activateSheet(name: string): Promise<ActivateResult>;
  /** Shows a sheet and selects one of its cells ("B35"), as a link to a problem on the sheet does. */
  selectCell(sheet: string, address: string): Promise<ActivateResult>;
}

/**
 * Reading what the add-in made back from the workbook. Tables are found by name (the names the
 * templates give, with the suffix a free name may carry: "SroiImpactMap", "SroiImpactMap_2"), so a
 * renamed sheet or rows added inside a table are still found.
 */

/** A table the add-in made, and the sheet it is on now. */
export interface TableRef {
  readonly table: string;
  readonly sheet: string;
}

/** The impact maps, before/after sheets and analysis sheets in the workbook, in sheet order. */
export interface Sources {
  /** One per impact-map table ("SroiImpactMap…"). */
  readonly impactMaps: readonly TableRef[];
  /** One per before/after sheet, by its groups table ("SroiBeforeAfterGroups…"). */
  readonly beforeAfter: readonly TableRef[];
  /** One per analysis sheet the add-in made, by its inputs table ("SroiAnalysisInputs…"). */
  readonly analyses: readonly TableRef[];
  /** One per outcome contract sheet, by its terms table ("SroiContractTerms…"); listSources always gives it. */
  readonly contracts?: readonly TableRef[];
  /** One per portfolio sheet, by its criteria table ("SroiPortfolioCriteria…"); listSources always gives it. */
  readonly portfolios?: readonly TableRef[];
}

export type SourcesResult = { readonly ok: true; readonly sources: Sources } | { readonly ok: false; readonly problem: WriterProblem };

/** What one read of an impact-map table brings back (see templates/impactMap/read/impactRead.ts); the writer always gives belowFormats. */
type ImpactMapCells = ImpactTableCells;

export type ImpactMapCellsResult =
  { readonly ok: true; readonly cells: ImpactMapCells } | { readonly ok: false; readonly problem: WriterProblem };

/** `currency`: the currency the sheet's amounts are formatted in ("kr"), when its format says. */
export type BeforeAfterCellsResult =
  | { readonly ok: true; readonly cells: BeforeAfterCells; readonly currency?: string }
  | { readonly ok: false; readonly problem: WriterProblem };

/** A template sheet read as a grid (an outcome contract, a portfolio). */
export type SheetGridCellsResult = { readonly ok: true; readonly cells: SheetGridCells } | { readonly ok: false; readonly problem: WriterProblem };

/** An analysis sheet to write: a new one, or a refresh of one the add-in made before. */
export interface AnalysisWriteRequest {
  /** The sheet's preferred name ("Analys"); a new sheet gets the first free name from it. */
  readonly preferredName: string;
  /** The analysis sheet to refresh in place (its current name), instead of adding a sheet. */
  readonly replace?: string;
  /** The currency of money formats. */
  readonly currency: string;
  /** Builds the sheet and its charts for the sheet's final name (known only once the workbook is read). */
  readonly build: (sheetName: string) => ReportSheet;
}

export type AnalysisWriteResult =
  { readonly ok: true; readonly sheet: string; readonly replaced: boolean } | { readonly ok: false; readonly problem: WriterProblem };

/** What the taskpane reads from the workbook; the Excel writer implements it with Office.js. */
export interface WorkbookReader {
  /** The add-in's impact maps, before/after sheets and analysis sheets, in one sync. */
  listSources(): Promise<SourcesResult>;
  /** One impact-map table by name, with the summary rows under it, in one sync. */
  readImpactMap(table: string): Promise<ImpactMapCellsResult>;
  /** The tables of the before/after sheet that holds the groups table `groupsTable`. */
  readBeforeAfter(groupsTable: string): Promise<BeforeAfterCellsResult>;
  /** The outcome contract sheet that holds the terms table `termsTable`: its cells and tables, in one run. */
  readOutcomeContract(termsTable: string): Promise<SheetGridCellsResult>;
  /** The portfolio sheet that holds the criteria table `criteriaTable`: its cells and tables, in one run. */
  readPortfolio(criteriaTable: string): Promise<SheetGridCellsResult>;
}

/** What the taskpane writes besides templates: analysis sheets. */
interface AnalysisWriter {
  writeAnalysis(request: AnalysisWriteRequest): Promise<AnalysisWriteResult>;
}
