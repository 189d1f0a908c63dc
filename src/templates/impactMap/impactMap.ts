import { defineTemplate, TEMPLATE_INFO } from "../kit";
import { help, title } from "../kit";
import { IMPACT_INPUTS } from "./impactColumns";
import { exampleStakeholders, impactExampleRows } from "./impactExample";
import { impactLayout } from "./impactLayout";
import { addImpactRows } from "./impactRows";
import { addImpactSummary } from "./impactSummary";
import { buildListsSheet } from "../kit";
import { buildKpiSheet, initialBaseYear } from "../prices";
import type { SheetNames, SheetSpec, TemplateOptions } from "../kit";
import { SheetBuilder } from "../kit";
import { nameOf } from "../kit";
import { pick, tx } from "../kit";

/**
 * Impact map (effektkarta): one row per stakeholder outcome, the year-1 value
 * quantity × rate × (1 − deadweight) × (1 − attribution) × (1 − displacement) × proxy, yearly
 * values with drop-off, NPV per row, and a summary with ratio, net value and payback.
 */

const T = {
  title: TEMPLATE_INFO.impactMap.title,
  help: tx(
    "Write one outcome per row and fill in the coloured input cells. Year 1 = quantity × outcome rate × (1 − deadweight) × (1 − attribution) × (1 − displacement) × proxy; later years shrink by the drop-off. Shares are percentages.",
    "Skriv ett utfall per rad och fyll i de färgade inmatningscellerna. År 1 = antal × utfallsandel × (1 − dödvikt) × (1 − tillskrivning) × (1 − undanträngning) × proxy; senare år minskar med avtrappningen. Andelar anges i procent.",
  ),
  help2: tx(
    'Note where every figure comes from, and which comparison alternative backs the deadweight. Give a proxy\'s price year when it is not the price base year (in the summary): it is converted with the KPI sheet. Values count at the end of each year and are discounted with NPV; the investment counts as paid at the start. To print the map readably, add the template "Impact map for print": it reads this sheet.',
    'Skriv varifrån varje siffra kommer och vilket jämförelsealternativ som stödjer dödvikten. Ange proxyns prisår när det inte är prisbasåret (i sammanfattningen): den räknas om med KPI-bladet. Värden räknas vid slutet av varje år och diskonteras med NPV; investeringen räknas som betald i början. För en läsbar utskrift, lägg till mallen "Effektkarta för utskrift": den läser det här bladet.',
  ),
};

/** The example's discount rate and, without a cost sheet, its investment. */
const IMPACT_EXAMPLE_RATE = 0.035;
export const IMPACT_EXAMPLE_INVESTMENT = 1500000;
const DEFAULT_RATE = 0.035;

function widths(years: number): number[] {
  const inputs = IMPACT_INPUTS.map((c, i) => (i === 0 ? 30 : c.kind === "grade" ? c.width : Math.max(c.width, 13)));
  return [...inputs, 14, ...Array.from({ length: years }, () => 13), 14, 30];
}

function build(options: TemplateOptions, names: SheetNames): SheetSpec[] {
  const { language } = options;
  const layout = impactLayout(options.years);
  const sheet = new SheetBuilder("impactMap", nameOf("impactMap", names, language), "#70AD47");
  sheet
    .put(0, 0, title(pick(T.title, language)))
    .put(1, 0, help(pick(T.help, language)))
    .put(2, 0, help(pick(T.help2, language)));
  const baseYear = initialBaseYear(options);
  const rows = options.example ? impactExampleRows(language, options.years, baseYear) : [];
  addImpactRows(sheet, layout, options, names, rows);
  addImpactSummary(sheet, layout, options, names, {
    rate: options.example ? IMPACT_EXAMPLE_RATE : DEFAULT_RATE,
    investment: options.example ? IMPACT_EXAMPLE_INVESTMENT : undefined,
    baseYear,
    stakeholders: options.example ? exampleStakeholders(language) : [],
  });
  sheet.columnWidths(widths(options.years)).freeze(layout.headerRow + 1, 2);
  return [sheet.build(), buildKpiSheet(options, names), buildListsSheet(options, names)];
}

export const impactMapTemplate = defineTemplate("impactMap", ["impactMap", "kpi", "lists"], build);
