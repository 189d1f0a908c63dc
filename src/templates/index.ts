import { buildListsSheet, TEMPLATE_ORDER } from "./kit";
import type { SheetKey, SheetNames, SheetSpec, Template, TemplateId, TemplateOptions } from "./kit";
import { optionsProblem, TemplateOptionsError } from "./kit";
import { freeSheetNames } from "./kit";
import { layoutForPrint, preferredSheetName } from "./kit";
import { beforeAfterTemplate } from "./beforeAfter";
import { collaborationPlanTemplate } from "./plans";
import { costSheetTemplate } from "./costSheet";
import { impactMapPrintTemplate, impactMapTemplate } from "./impactMap";
import { logicModelDetailedTemplate, logicModelSimpleTemplate } from "./plans";
import { measurementPlanTemplate } from "./plans";
import { riskMatrixTemplate } from "./riskMatrix";
import { stakeholdersTemplate } from "./plans";
import { outcomeContractTemplate } from "./outcomeContract";
import { portfolioTemplate } from "./portfolio";
import { collectiveImpactTemplate } from "./collectiveImpact";
import { decisionSummaryTemplate } from "./decisionSummary";
import { principlesChecklistTemplate } from "./principles";

export type * from "./kit";
export { DEFAULT_OPTIONS, optionsProblem } from "./kit";
/** Each template by its id. */
const BY_ID: Readonly<Record<TemplateId, Template>> = {
  logicModelSimple: logicModelSimpleTemplate,
  logicModelDetailed: logicModelDetailedTemplate,
  riskMatrix: riskMatrixTemplate,
  costSheet: costSheetTemplate,
  impactMap: impactMapTemplate,
  impactMapPrint: impactMapPrintTemplate,
  stakeholders: stakeholdersTemplate,
  measurementPlan: measurementPlanTemplate,
  collaborationPlan: collaborationPlanTemplate,
  beforeAfter: beforeAfterTemplate,
  outcomeContract: outcomeContractTemplate,
  portfolio: portfolioTemplate,
  collectiveImpact: collectiveImpactTemplate,
  decisionSummary: decisionSummaryTemplate,
  principlesChecklist: principlesChecklistTemplate,
};

/** Every template, in the order offered in the taskpane and the command line (TEMPLATE_ORDER). */
export const TEMPLATES: readonly Template[] = TEMPLATE_ORDER.map((id) => BY_ID[id]);

/** The template with an id; throws a RangeError for an unknown id. */
export function templateById(id: TemplateId): Template {
  const template = TEMPLATES.find((t) => t.id === id);
  if (!template) throw new RangeError(`Unknown template "${id}"; known: ${TEMPLATES.map((t) => t.id).join(", ")}`);
  return template;
}

/**
 * The sheets to create for the chosen templates. Picks a free, valid name for every sheet key of
 * every chosen template (keys shared by templates, like the lists sheet, are created once), then
 * builds each template with the resolved names so links between sheets are right; every sheet
 * gets its print layout (kit/print.ts) unless its template set one. Pure: the
 * existing sheet names are only read. Throws TemplateOptionsError for unusable options.
 */
export function planSheets(ids: readonly TemplateId[], options: TemplateOptions, existingSheetNames: readonly string[]): SheetSpec[] {
  const problem = optionsProblem(options);
  if (problem) throw new TemplateOptionsError(problem);
  const templates = [...new Set(ids)].map(templateById);
  const keys = [...new Set(templates.flatMap((t) => t.sheetKeys))];
  const resolved = freeSheetNames(
    keys.map((key) => preferredSheetName(key, options.language)),
    existingSheetNames,
  );
  const names: SheetNames = Object.fromEntries(keys.map((key, i) => [key, resolved[i]]));
  const sheets = new Map<SheetKey, SheetSpec>();
  for (const template of templates) {
    for (const sheet of template.build(options, names)) if (!sheets.has(sheet.key)) sheets.set(sheet.key, sheet);
  }
  if (keys.includes("lists") && !sheets.has("lists")) sheets.set("lists", buildListsSheet(options, names));
  return keys
    .map((key) => sheets.get(key))
    .filter((s): s is SheetSpec => s !== undefined)
    .map((s) => layoutForPrint(s, options.language));
}
