import type { Language } from "../../core/language";
import { rangeAddress, sheetRef } from "../kit";
import { header, help, input, title } from "../kit";
import type { SheetNames, SheetSpec, TemplateOptions } from "../kit";
import { SheetBuilder } from "../kit";
import { nameOf } from "../kit";
import { pick, Text, tx } from "../kit";
import { nonNegativeValidation, wholeValidation } from "../kit";

/**
 * The unit-cost sheet (enhetskostnader): standard costs per unit that cost items can pick by
 * name. Blank unless the example is asked for; the example's figures are illustrative and say so.
 */

export const UNIT_HEADER_ROW = 3;
export const UNIT_ROWS = 25;
const FIRST = UNIT_HEADER_ROW + 1;
const LAST = FIRST + UNIT_ROWS - 1;

const T = {
  title: tx("Unit costs", "Enhetskostnader"),
  help: tx(
    "Standard costs per unit (an hour, a full-time year, a month of rent). Cost items on the cost sheet can pick a unit cost here by name. Prefer local costs where you have them and note the price year and source.",
    "Standardkostnader per enhet (en timme, en årsarbetskraft, en månads hyra). Kostnadsposterna i kostnadskalkylen kan välja en enhetskostnad här efter namn. Använd lokala kostnader när ni har dem och skriv prisår och källa.",
  ),
  name: tx("Unit-cost item", "Enhetskostnadspost"),
  unit: tx("Unit", "Enhet"),
  cost: tx("Cost per unit", "Kostnad per enhet"),
  year: tx("Price year", "Prisår"),
  source: tx("Source", "Källa"),
};

/** Where cost items find unit costs: names and prices, absolute, with the sheet name. */
export function unitCostRanges(names: SheetNames, language: Language): { names: string; costs: string } {
  const sheet = nameOf("unitCosts", names, language);
  return { names: sheetRef(sheet, rangeAddress(FIRST, 0, LAST, 0, true)), costs: sheetRef(sheet, rangeAddress(FIRST, 2, LAST, 2, true)) };
}

interface ExampleUnitCost {
  readonly name: Text;
  readonly unit: Text;
  readonly cost: number;
}

/** Illustrative unit costs used by the cost sheet's example (indexes are referred to there). */
export const UNIT_COST_EXAMPLE: readonly ExampleUnitCost[] = [
  { name: tx("Project leader, full-time year", "Projektledare, årsarbetskraft"), unit: tx("full-time year", "årsarbetskraft"), cost: 780000 },
  { name: tx("Social worker, full-time year", "Socialsekreterare, årsarbetskraft"), unit: tx("full-time year", "årsarbetskraft"), cost: 720000 },
  { name: tx("Meeting room, month", "Mötes- och grupplokal, månad"), unit: tx("month", "månad"), cost: 8000 },
  { name: tx("Group materials per participant", "Gruppmaterial per deltagare"), unit: tx("participant", "deltagare"), cost: 300 },
  { name: tx("Staff training day", "Utbildningsdag för personal"), unit: tx("day", "dag"), cost: 4500 },
];

export function buildUnitCostSheet(options: TemplateOptions, names: SheetNames): SheetSpec {
  const { language } = options;
  const p = (t: Text): string => pick(t, language);
  const sheet = new SheetBuilder("unitCosts", nameOf("unitCosts", names, language), "#ED7D31");
  sheet.put(0, 0, title(p(T.title))).put(1, 0, help(p(T.help)));
  sheet.putRow(UNIT_HEADER_ROW, 0, [T.name, T.unit, T.cost, T.year, T.source].map((t) => header(p(t))));
  const exampleSource = p(tx("Example figure: replace with your own", "Exempelsiffra: ersätt med er egen"));
  for (let i = 0; i < UNIT_ROWS; i++) {
    const e = options.example ? UNIT_COST_EXAMPLE[i] : undefined;
    sheet.putRow(FIRST + i, 0, [
      input("text", e && p(e.name)),
      input("text", e && p(e.unit)),
      input("money", e?.cost),
      input("year", e && options.startYear),
      input("text", e && exampleSource),
    ]);
  }
  sheet.validate(nonNegativeValidation(rangeAddress(FIRST, 2, LAST, 2), p(T.cost), language));
  sheet.validate(wholeValidation(rangeAddress(FIRST, 3, LAST, 3), p(T.year), 1900, 2100, language));
  sheet.table("SroiUnitCosts", UNIT_HEADER_ROW, 0, LAST, 4);
  return sheet.columnWidths([36, 18, 16, 10, 36]).freeze(UNIT_HEADER_ROW + 1).build();
}
