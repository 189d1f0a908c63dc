import { defineTemplate, pick } from "../kit";
import { cellAddress, rangeAddress } from "../kit";
import { addFlows } from "./beforeAfterFlows";
import { addGroups, addSituations } from "./beforeAfterGroups";
import { BA } from "./beforeAfterLayout";
import { addInterventionPayers, addResources } from "./beforeAfterResources";
import { addRates, addSettings } from "./beforeAfterSettings";
import { addSummary } from "./beforeAfterSummary";
import { BA_TEXT } from "./beforeAfterText";
import { help, title } from "../kit";
import { WARNING_FILL } from "../kit";
import { buildListsSheet } from "../kit";
import type { SheetNames, SheetSpec, TemplateOptions } from "../kit";
import { SheetBuilder } from "../kit";
import { nameOf } from "../kit";

/**
 * Before and after by actor (seed 004): participants' income situations and public resource use
 * before an intervention and at follow-up; per actor (municipality, region, Försäkringskassan,
 * Arbetsförmedlingen, the state, the individual) and for society the change per month and year,
 * the value over the horizon, net value and payback. The formulas reproduce the core's
 * evaluateBeforeAfter (src/core/actors).
 */

/**
 * Column widths: every block's columns sized for their words (a header's longest word in bold, an
 * actor's name above its flows, money up to ten million), text columns wrapped, so the sheet prints
 * one landscape page wide at about 61 %, two pages tall (it printed at 53 % on three). Column A holds
 * the labels and names.
 */
function widths(): number[] {
  return [30, 15, 16, 14, 17, 19, 16, 14, 13, 13, 16, 14, 15, 14, 8];
}

/** Warning shade on every check cell that shows a message. */
function warnChecks(sheet: SheetBuilder): void {
  const single = [
    ...[
      BA.settings.check,
      BA.settings.status,
      BA.rates.check,
      BA.groups.check,
      BA.situations.check,
      BA.resources.check,
      BA.flows.check,
    ].map((r) => cellAddress(r, 0)),
    cellAddress(BA.payers.check, BA.payers.left),
  ];
  for (const at of single) sheet.conditionalFormat({ type: "formula", range: at, formula: `=LEN(${at})>0`, fill: WARNING_FILL });
  const columns: [number, number, number][] = [
    [BA.groups.first, BA.groups.last, BA.groups.checkColumn],
    [BA.situations.first, BA.situations.check - 1, BA.situations.columns.check],
    [BA.resources.first, BA.resources.last, BA.resources.columns.check],
  ];
  for (const [top, bottom, column] of columns) {
    sheet.conditionalFormat({
      type: "formula",
      range: rangeAddress(top, column, bottom, column),
      formula: `=LEN(${cellAddress(top, column)})>0`,
      fill: WARNING_FILL,
    });
  }
}

function build(options: TemplateOptions, names: SheetNames): SheetSpec[] {
  const { language, example } = options;
  const sheet = new SheetBuilder("beforeAfter", nameOf("beforeAfter", names, language), "#4472C4");
  sheet.put(0, 0, title(pick(BA_TEXT.title, language)));
  sheet.put(1, 0, help(pick(BA_TEXT.help, language)));
  sheet.put(2, 0, help(pick(BA_TEXT.help2, language)));
  sheet.put(3, 0, help(pick(BA_TEXT.help3, language)));
  addSettings(sheet, language, names, example);
  addRates(sheet, language, example);
  addGroups(sheet, language, example);
  addSituations(sheet, language, example);
  addResources(sheet, language, example);
  addInterventionPayers(sheet, language, example);
  addSummary(sheet, language);
  addFlows(sheet, language);
  warnChecks(sheet);
  sheet.columnWidths(widths()).freeze(1, 1);
  return [sheet.build(), buildListsSheet(options, names)];
}

export const beforeAfterTemplate = defineTemplate("beforeAfter", ["beforeAfter", "lists"], build);
