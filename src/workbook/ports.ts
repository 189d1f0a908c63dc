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
export interface SheetWriter extends WorkbookReader, AnalysisWriter, UnitCostWriter {
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
export type SheetGridCellsResult =
  { readonly ok: true; readonly cells: SheetGridCells } | { readonly ok: false; readonly problem: WriterProblem };

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

/**
 * The taskpane's "Insert a unit cost": what it asks of a writer and every answer, as plain data
 *. The figure goes into the row selected in Excel: an impact-map row
 * takes it as its financial proxy with its price year and source, a cost-sheet row picks it from
 * the unit-cost sheet by name. A filled cell is never overwritten unless the request confirms its
 * exact content as the writer reported it.
 */

/** Where a unit cost can go. */
export type UnitCostTargetKind = "impactMap" | "costSheet";

/** A cell the writer would overwrite, as it was when read. */
export interface FilledCell {
  /** The cell on its sheet ("R7"). */
  readonly address: string;
  /** The header of its column, as the sheet shows it ("Financial proxy"). */
  readonly column: string;
  /** What the cell shows now (its value), for the question. */
  readonly shown: string | number | boolean;
  /** What the cell holds (its formula, or the value as entered): what a confirmation must match. */
  readonly formula: string | number | boolean;
  /** What it would get (blank "" when the cell is to be cleared). */
  readonly next: string | number;
}

export interface InsertUnitCostRequest {
  /** The library entry to insert (its `id`, see core/prices/unitCostLibrary.ts). */
  readonly entryId: string;
  /**
   * The filled cells the person agreed to overwrite, exactly as a "confirm" answer listed them;
   * when the target's filled cells differ in any way (another row selected, a cell changed
   * meanwhile), nothing is written and the writer asks again.
   */
  readonly confirmed?: { readonly sheet: string; readonly cells: readonly Pick<FilledCell, "address" | "formula">[] };
}

/** A cell the writer wrote. */
interface WrittenCell {
  readonly address: string;
  readonly column: string;
  readonly value: string | number;
}

/** Why the selection is not a row a unit cost can go into. */
export type NotTargetReason =
  /** The selected sheet holds no impact map or cost-sheet item table. */
  | "noTable"
  /** The selection is on the sheet but outside the table's data rows (a header, the summary, beside it). */
  | "outsideRows"
  /** The selection spans more than one row. */
  | "severalRows";

export type InsertUnitCostResult =
  | {
      readonly outcome: "inserted";
      readonly target: UnitCostTargetKind;
      readonly sheet: string;
      /** The sheet row (1-based). */
      readonly row: number;
      readonly cells: readonly WrittenCell[];
    }
  | {
      readonly outcome: "confirm";
      readonly target: UnitCostTargetKind;
      readonly sheet: string;
      readonly row: number;
      /** The filled cells that would be overwritten (or cleared). */
      readonly cells: readonly FilledCell[];
      /** True when a confirmation was given but the cells (or the selection) are no longer what was confirmed. */
      readonly changed: boolean;
    }
  | { readonly outcome: "notTarget"; readonly sheet: string; readonly address: string; readonly reason: NotTargetReason }
  /** The entry is not money per unit (a rate such as a tax or contribution share). */
  | { readonly outcome: "unitMismatch"; readonly target?: UnitCostTargetKind }
  /** The table lacks a column the insert needs (an impact map made before proxy price years). */
  | { readonly outcome: "columnsMissing"; readonly sheet: string; readonly columns: readonly Readonly<Record<Language, string>>[] }
  /**
   * A cost-sheet row picks unit costs by name from the unit-cost sheet, and that list (found from
   * the row's unit-cost formula) does not hold the entry, or cannot be found (`list` undefined).
   */
  | { readonly outcome: "notInUnitCostList"; readonly name: string; readonly list?: string }
  /** A target cell is locked on a protected sheet. */
  | { readonly outcome: "protected"; readonly sheet: string }
  | { readonly outcome: "unknownEntry"; readonly entryId: string }
  | { readonly outcome: "problem"; readonly problem: WriterProblem };

/** The writer's side of it. */
interface UnitCostWriter {
  /** Reads the selection and the target row and, unless it must ask or refuse, writes, in one Excel.run. */
  insertUnitCost(request: InsertUnitCostRequest): Promise<InsertUnitCostResult>;
}
