import type { SheetSpec, TemplateOptions } from "../../../src/templates/kit/model";
import { expectBeforeAfter } from "./beforeAfter";
import { expectCostSheet } from "./costSheet";
import { expectDecisionSummary } from "./decisionSummary";
import { ExpectedCells, PlannedSheets } from "./expected";
import { expectImpactMap } from "./impactMap";
import { expectImpactMapPrint } from "./impactMapPrint";
import { expectOutcomeContract } from "./outcomeContract";
import { expectPortfolio } from "./portfolio";
import { expectCollectiveImpact } from "./collectiveImpact";
import { expectPrinciplesChecklist } from "./principlesChecklist";
import { expectRiskMatrix } from "./riskMatrix";

export type { Expected } from "./expected";

/**
 * The expected value of every calculated cell of the planned sheets, worked out from their input
 * cells with the core. Sheets without calculations add nothing; a calculated cell this oracle
 * does not know stays missing, and the test reports it.
 */
export function expectedValues(sheets: readonly SheetSpec[], options: TemplateOptions): ExpectedCells {
  const planned = new PlannedSheets(sheets);
  const expected = new ExpectedCells(planned);
  const costTotal = planned.has("costSheet") ? expectCostSheet(planned, expected, options.years) : undefined;
  if (planned.has("impactMap")) expectImpactMap(planned, expected, options.years, costTotal, options.language);
  if (planned.has("impactMapPrint")) expectImpactMapPrint(planned, expected, options.language, options.years);
  if (planned.has("riskMatrix")) expectRiskMatrix(planned, expected, options.language);
  if (planned.has("beforeAfter")) expectBeforeAfter(planned, expected, options.language);
  if (planned.has("outcomeContract")) expectOutcomeContract(planned, expected);
  if (planned.has("portfolio")) expectPortfolio(planned, expected, options.language);
  if (planned.has("collectiveImpact")) expectCollectiveImpact(planned, expected, options.language);
  if (planned.has("decisionSummary")) expectDecisionSummary(planned, expected);
  if (planned.has("principlesChecklist")) expectPrinciplesChecklist(planned, expected);
  return expected;
}
