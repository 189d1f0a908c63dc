import type { Language } from "../../core/language";
import type { SheetKey, TemplateId, TemplateOptions } from "../../templates/model";

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
  | { readonly kind: "general"; readonly code: string };

/** A feature the add-in needs and the ExcelApi requirement set that brings it. */
export interface MissingFeature {
  readonly feature: Feature;
  readonly set: string;
}

export type Feature = "tables" | "names" | "conditionalFormats" | "freezePanes" | "dataValidation";

export type CreateResult =
  | { readonly ok: true; readonly sheets: readonly CreatedSheet[] }
  /**
   * `sheets` lists what was completed before the failure (whole templates only); half-made
   * sheets of the failing template are removed when that is safe (`cleanedUp`).
   */
  | { readonly ok: false; readonly problem: WriterProblem; readonly sheets: readonly CreatedSheet[]; readonly cleanedUp: boolean };

export type ActivateResult = { readonly ok: true } | { readonly ok: false; readonly problem: WriterProblem };

/** What the taskpane needs from a writer; the Excel writer implements it with Office.js. */
export interface SheetWriter {
  createSheets(request: CreateRequest): Promise<CreateResult>;
  activateSheet(name: string): Promise<ActivateResult>;
}
