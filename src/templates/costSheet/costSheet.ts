import type { Language } from "../../core/language";
import { defineTemplate, TEMPLATE_INFO } from "../kit";
import { help, label, title, total } from "../kit";
import { costExampleRows, COST_EXAMPLE_FULL_SCALE } from "./costExample";
import { addCostItems } from "./costItems";
import { COST_SUMMARY_ROW, costLayout } from "./costLayout";
import { addCostSummary } from "./costSummary";
import { costSheetForPrint } from "./costPrint";
import { rangeAddress } from "../kit";
import { buildListsSheet } from "../kit";
import type { SheetNames, SheetSpec, TemplateOptions } from "../kit";
import { SheetBuilder } from "../kit";
import { nameOf } from "../kit";
import { pick, tx } from "../kit";
import { buildUnitCostSheet } from "./unitCosts";
import { buildKpiSheet } from "../prices";

/**
 * Cost sheet (kostnadskalkyl): cost items by category and payer, unit cost (own or picked from the
 * unit-cost sheet) × quantity per year; totals per item, year, category and payer; full scale.
 */

const T = {
  title: TEMPLATE_INFO.costSheet.title,
  help: tx(
    "One cost item per row. Pick a unit cost from the unit-cost sheet or type your own, then enter the quantity for each year (full-time years, months, hours, participants). Include staff, materials, premises and other costs, and say who pays.",
    "En kostnadspost per rad. Välj en enhetskostnad från bladet med enhetskostnader eller skriv en egen, och ange sedan antal för varje år (årsarbetskrafter, månader, timmar, deltagare). Ta med personal, material, lokaler och övrigt, och ange vem som betalar.",
  ),
  help2: tx(
    "Costs are rarely even: they are often lower at the start, before the whole target group takes part. The totals by category and payer, and the full-scale estimate, are under the table.",
    "Kostnaderna är sällan jämna: ofta är de lägre i början, innan hela målgruppen är med. Summor per kategori och betalare, och uppskattningen vid full skala, finns under tabellen.",
  ),
  grandTotal: tx("Total cost, all years", "Total kostnad, alla år"),
};

/**
 * Column widths in characters: item 22, category 14, payer 17 ("Samordningsförbund"), unit-cost
 * item 26, unit 12, own and used unit cost 12 and 13, quantities 8 ("Quantity" in bold: 9), costs
 * 12 ("12 000 000 kr"), total 13, check 18. Columns B–G also hold the yearly totals by category
 * and payer and the full-scale figures under the items, so they are wide enough for an amount.
 */
function widths(years: number, language: Language): number[] {
  const each = (n: number): number[] => Array.from({ length: years }, () => n);
  const quantity = language === "en" ? 9 : 8;
  return [22, 14, 17, 26, 12, 12, 13, ...each(quantity), quantity, ...each(12), 13, 18];
}

function build(options: TemplateOptions, names: SheetNames): SheetSpec[] {
  const { language } = options;
  const l = costLayout(options.years);
  const sheet = new SheetBuilder("costSheet", nameOf("costSheet", names, language), "#ED7D31");
  sheet.put(0, 0, title(pick(T.title, language))).put(1, 1, help(pick(T.help, language)));
  sheet.putRow(COST_SUMMARY_ROW, 0, [
    label(pick(T.grandTotal, language)),
    total(`=SUM(${rangeAddress(l.firstRow, l.totalCostColumn, l.lastRow, l.totalCostColumn)})`, "money"),
  ]);
  sheet.put(3, 1, help(pick(T.help2, language)));
  addCostItems(sheet, l, options, names, options.example ? costExampleRows(language, options.years) : []);
  addCostSummary(sheet, l, options, names, options.example ? COST_EXAMPLE_FULL_SCALE : {});
  sheet.columnWidths(widths(options.years, language)).freeze(l.headerRow + 1, 1);
  return [
    costSheetForPrint(sheet.build(), language),
    buildUnitCostSheet(options, names),
    buildKpiSheet(options, names),
    buildListsSheet(options, names),
  ];
}

export const costSheetTemplate = defineTemplate("costSheet", ["costSheet", "unitCosts", "kpi", "lists"], build);
