import { KPI_ANNUAL, KPI_SOURCE } from "../../core/prices/kpi";
import type { Language } from "../../core/language";
import { header, help, input, title } from "../kit";
import type { SheetNames, SheetSpec, TemplateOptions } from "../kit";
import { SheetBuilder } from "../kit";
import { nameOf } from "../kit";
import { rangeAddress, sheetRef } from "../kit";
import { picker, tx } from "../kit";
import { nonNegativeValidation, wholeValidation } from "../kit";

/**
 * The KPI sheet: SCB's consumer price index (1980 = 100, annual means) as shipped, with room
 * below for the years SCB publishes later. The impact map and the unit-cost sheet look price years
 * up here, so a year added here is used everywhere at once.
 */

export const KPI_HEADER_ROW = 4;
/** Rows of the index table: the shipped years and blank rows to extend it. */
const KPI_ROWS = 60;
const FIRST = KPI_HEADER_ROW + 1;
const LAST = FIRST + KPI_ROWS - 1;
const KPI_TABLE = "SroiKpi";

const T = {
  title: tx("Price index (KPI)", "Prisindex (KPI)"),
  help: tx(
    "Values from different years are brought to one price base year with this index: amount × index(base year) ÷ index(price year). Add each new year's annual mean at the bottom of the table when SCB publishes it; the impact map and the unit costs use it at once.",
    "Värden från olika år räknas om till ett prisbasår med detta index: belopp × index(prisbasår) ÷ index(prisår). Lägg till varje nytt års årsmedel längst ned i tabellen när SCB publicerar det; effektkartan och enhetskostnaderna använder det direkt.",
  ),
  help2: tx(
    "You may use another index instead (a wage index for staff costs, for example): replace the values, keep one row per year.",
    "Ni kan använda ett annat index i stället (till exempel ett löneindex för personalkostnader): byt värdena, behåll en rad per år.",
  ),
  source: tx('Source: {organisation}, "{title}", {url}', "Källa: {organisation}, ”{title}”, {url}"),
  year: tx("Year", "År"),
  value: tx("Index (annual mean)", "Index (årsmedel)"),
  note: tx("Source or note", "Källa eller anteckning"),
  shipped: tx("SCB, annual mean", "SCB, årsmedel"),
};

/** Where the years and index values are, absolute and with the sheet name, for INDEX/MATCH. */
export function kpiRanges(names: SheetNames, language: Language): { years: string; values: string } {
  const sheet = nameOf("kpi", names, language);
  return { years: sheetRef(sheet, rangeAddress(FIRST, 0, LAST, 0, true)), values: sheetRef(sheet, rangeAddress(FIRST, 1, LAST, 1, true)) };
}

export function buildKpiSheet(options: TemplateOptions, names: SheetNames): SheetSpec {
  const { language } = options;
  const p = picker(language);
  const sheet = new SheetBuilder("kpi", nameOf("kpi", names, language), "#7F7F7F");
  const source = p(T.source)
    .replace("{organisation}", KPI_SOURCE.organisation)
    .replace("{title}", KPI_SOURCE.title)
    .replace("{url}", KPI_SOURCE.url ?? "");
  sheet
    .put(0, 0, title(p(T.title)))
    .put(1, 0, help(p(T.help)))
    .put(2, 0, help(p(T.help2)))
    .put(3, 0, help(source));
  sheet.putRow(
    KPI_HEADER_ROW,
    0,
    [T.year, T.value, T.note].map((t) => header(p(t))),
  );
  for (let i = 0; i < KPI_ROWS; i++) {
    const shipped = KPI_ANNUAL[i];
    sheet.putRow(FIRST + i, 0, [
      input("year", shipped?.[0]),
      input("decimal", shipped ? Number(shipped[1]) : undefined),
      input("text", shipped && p(T.shipped)),
    ]);
  }
  sheet.validate(wholeValidation(rangeAddress(FIRST, 0, LAST, 0), p(T.year), 1900, 2100, language));
  sheet.validate(nonNegativeValidation(rangeAddress(FIRST, 1, LAST, 1), p(T.value), language));
  sheet.table(KPI_TABLE, KPI_HEADER_ROW, 0, LAST, 2);
  return sheet
    .columnWidths([10, 18, 36])
    .freeze(KPI_HEADER_ROW + 1)
    .build();
}
