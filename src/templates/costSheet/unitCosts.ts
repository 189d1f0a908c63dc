import { LIBRARY_AMOUNTS, LIBRARY_RATES } from "../../core/prices/unitCostLibrary";
import { libraryItemName, sourceLine } from "../../core/prices/libraryText";
import type { Language } from "../../core/language";
import { cellAddress, columnLetter, rangeAddress, sheetRef } from "../kit";
import { calc, check, header, help, input, label, title } from "../kit";
import type { SheetNames, SheetSpec, TemplateOptions } from "../kit";
import { SheetBuilder } from "../kit";
import { nameOf } from "../kit";
import { picker, Text, tx } from "../kit";
import { nonNegativeValidation, wholeValidation } from "../kit";
import { WARNING_FILL } from "../kit";
import { initialBaseYear, kpiRanges, missingYearText, priceFactorFormula, priceYearMissingFormula } from "../prices";

/**
 * The unit-cost sheet (enhetskostnader): costs per unit that cost items pick by name, each with
 * its price year, source and what it includes, and its cost in the price base year's prices
 * (converted with the KPI sheet). The own rows come first (blank, or the example's), then the
 * shipped library of Swedish national figures; rates (employer contributions, tax) are listed
 * under the table, as they are not unit costs and are not converted between years.
 */

/** Row (0-based) of the price base year: label in A, year in B. */
export const UNIT_BASE_YEAR_ROW = 3;
export const UNIT_HEADER_ROW = 5;
/** Rows for the user's own unit costs, before the library. */
const UNIT_ROWS = 25;
const FIRST = UNIT_HEADER_ROW + 1;
/** First row of the shipped library. */
export const UNIT_LIBRARY_FIRST = FIRST + UNIT_ROWS;
const LAST = UNIT_LIBRARY_FIRST + LIBRARY_AMOUNTS.length - 1;
/** Row of the rates block's header. */
const UNIT_RATES_HEADER_ROW = LAST + 3;

/** Columns of the unit-cost table. */
export const UNIT_COLUMNS = ["name", "unit", "cost", "priceYear", "source", "includes", "baseCost", "check"] as const;
const C = (id: (typeof UNIT_COLUMNS)[number]): number => UNIT_COLUMNS.indexOf(id);
/**
 * Column widths in characters. The library's sources (a title and a long web address) take a wide
 * column, so that most of them need two lines; the check column holds its longest text (a year
 * missing from the KPI sheet) in two lines, as high as a library row. One landscape page wide, the
 * sheet prints at about 61 % on two pages.
 */
const UNIT_WIDTHS = [34, 14, 13, 8, 90, 32, 13, 36];

const T = {
  title: tx("Unit costs", "Enhetskostnader"),
  help: tx(
    "Costs per unit (an hour, a full-time year, a day in care). Cost items on the cost sheet pick a unit cost here by name and use its cost in the price base year's prices. Write your own figures in the first rows, with price year and source; below them is a library of Swedish national figures with their sources.",
    "Kostnader per enhet (en timme, en årsarbetskraft, ett vårddygn). Kostnadsposterna i kostnadskalkylen väljer en enhetskostnad här efter namn och använder kostnaden i prisbasårets priser. Skriv egna siffror i de första raderna, med prisår och källa; under dem finns ett bibliotek med svenska nationella siffror och deras källor.",
  ),
  local: tx(
    "Local figures beat national averages: use your own municipality's or region's costs where you have them, and a national figure only when you have none.",
    "Lokala siffror är bättre än nationella genomsnitt: använd er egen kommuns eller regions kostnader när ni har dem, och en nationell siffra bara när ni saknar egna.",
  ),
  baseYear: tx("Price base year", "Prisbasår"),
  baseYearNote: tx(
    "Costs from other price years are multiplied by KPI(base year) ÷ KPI(price year) from the KPI sheet; a blank price year means the base year.",
    "Kostnader från andra prisår multipliceras med KPI(prisbasår) ÷ KPI(prisår) från KPI-bladet; tomt prisår betyder prisbasåret.",
  ),
  name: tx("Unit-cost item", "Enhetskostnadspost"),
  unit: tx("Unit", "Enhet"),
  cost: tx("Cost per unit", "Kostnad per enhet"),
  year: tx("Price year", "Prisår"),
  source: tx("Source", "Källa"),
  includes: tx("What it includes", "Vad som ingår"),
  baseCost: tx("Cost in base-year prices", "Kostnad i prisbasårets priser"),
  check: tx("Check", "Kontroll"),
  notInKpi: tx(
    "The KPI sheet has no index for {year}: add that year's annual mean there",
    "KPI-bladet saknar index för {year}: lägg till årets årsmedel där",
  ),
  noCost: tx("Enter the cost per unit", "Ange kostnad per enhet"),
  rates: tx(
    "Rates (shares of pay or income, not converted between years)",
    "Satser (andelar av lön eller inkomst, räknas inte om mellan år)",
  ),
  rate: tx("Rate (%)", "Sats (%)"),
  rateYear: tx("Year", "År"),
  exampleSource: tx("Example figure: replace with your own", "Exempelsiffra: ersätt med er egen"),
};

/** Where cost items find unit costs: names and costs in base-year prices, absolute, with the sheet name. */
export function unitCostRanges(names: SheetNames, language: Language): { names: string; costs: string } {
  const sheet = nameOf("unitCosts", names, language);
  return {
    names: sheetRef(sheet, rangeAddress(FIRST, C("name"), LAST, C("name"), true)),
    costs: sheetRef(sheet, rangeAddress(FIRST, C("baseCost"), LAST, C("baseCost"), true)),
  };
}

interface ExampleUnitCost {
  readonly name: Text;
  readonly unit: Text;
  readonly cost: number;
}

/** Illustrative unit costs used by the cost sheet's example (indexes are referred to there). */
export const UNIT_COST_EXAMPLE: readonly ExampleUnitCost[] = [
  {
    name: tx("Project leader, full-time year", "Projektledare, årsarbetskraft"),
    unit: tx("full-time year", "årsarbetskraft"),
    cost: 780000,
  },
  {
    name: tx("Social worker, full-time year", "Socialsekreterare, årsarbetskraft"),
    unit: tx("full-time year", "årsarbetskraft"),
    cost: 720000,
  },
  { name: tx("Meeting room, month", "Mötes- och grupplokal, månad"), unit: tx("month", "månad"), cost: 8000 },
  { name: tx("Group materials per participant", "Gruppmaterial per deltagare"), unit: tx("participant", "deltagare"), cost: 300 },
  { name: tx("Staff training day", "Utbildningsdag för personal"), unit: tx("day", "dag"), cost: 4500 },
];

function rowFormulas(row: number, baseYear: string, names: SheetNames, language: Language): { baseCost: string; check: string } {
  const r = row + 1;
  const at = (id: (typeof UNIT_COLUMNS)[number]): string => `$${columnLetter(C(id))}${r}`;
  const kpi = kpiRanges(names, language);
  const factor = priceFactorFormula(at("priceYear"), baseYear, kpi);
  const baseCost = `=IF(${at("cost")}="","",IF(${factor}="","",${at("cost")}*${factor}))`;
  const typed = `${at("name")}:${at("includes")}`;
  const p = picker(language);
  const checkFormula =
    `=IF(COUNTA(${typed})=0,"",IF(${at("cost")}="","${p(T.noCost)}",` +
    `IF(${priceYearMissingFormula(at("priceYear"), baseYear, kpi)},${missingYearText(at("priceYear"), baseYear, kpi, p(T.notInKpi))},"")))`;
  return { baseCost, check: checkFormula };
}

export function buildUnitCostSheet(options: TemplateOptions, names: SheetNames): SheetSpec {
  const { language } = options;
  const p = picker(language);
  const sheet = new SheetBuilder("unitCosts", nameOf("unitCosts", names, language), "#ED7D31");
  sheet
    .put(0, 0, title(p(T.title)))
    .put(1, 0, help(p(T.help)))
    .put(2, 0, help(p(T.local)));
  sheet.putRow(UNIT_BASE_YEAR_ROW, 0, [label(p(T.baseYear)), input("year", initialBaseYear(options)), help(p(T.baseYearNote))]);
  sheet.validate(wholeValidation(cellAddress(UNIT_BASE_YEAR_ROW, 1), p(T.baseYear), 1900, 2100, language));
  const baseYear = cellAddress(UNIT_BASE_YEAR_ROW, 1, true);
  sheet.putRow(
    UNIT_HEADER_ROW,
    0,
    [T.name, T.unit, T.cost, T.year, T.source, T.includes, T.baseCost, T.check].map((t) => header(p(t))),
  );
  const exampleSource = p(T.exampleSource);
  for (let row = FIRST; row <= LAST; row++) {
    const own = row < UNIT_LIBRARY_FIRST;
    const e = own && options.example ? UNIT_COST_EXAMPLE[row - FIRST] : undefined;
    const lib = own ? undefined : LIBRARY_AMOUNTS[row - UNIT_LIBRARY_FIRST];
    const f = rowFormulas(row, baseYear, names, language);
    sheet.putRow(row, 0, [
      input("text", lib ? libraryItemName(lib, language) : e && p(e.name)),
      input("text", lib ? lib.unit[language] : e && p(e.unit)),
      input("money", lib ? lib.value : e?.cost),
      input("year", lib ? lib.year : e && initialBaseYear(options)),
      input("text", lib ? sourceLine(lib.source, language) : e && exampleSource),
      input("text", lib?.includes[language]),
      calc(f.baseCost, "money"),
      check(f.check),
    ]);
  }
  const column = (id: (typeof UNIT_COLUMNS)[number]): string => rangeAddress(FIRST, C(id), LAST, C(id));
  sheet.validate(nonNegativeValidation(column("cost"), p(T.cost), language));
  sheet.validate(wholeValidation(column("priceYear"), p(T.year), 1900, 2100, language));
  sheet.conditionalFormat({
    type: "formula",
    range: column("check"),
    formula: `=LEN(${cellAddress(FIRST, C("check"))})>0`,
    fill: WARNING_FILL,
  });
  sheet.table("SroiUnitCosts", UNIT_HEADER_ROW, 0, LAST, C("check"));
  // The library's rows are two lines or more (their sources are long): a check text wraps in them
  // instead of running past the printed width, and every cell of a row starts at its top line.
  sheet.wrap(UNIT_LIBRARY_FIRST, C("check"), LAST, C("check")).alignTop(UNIT_LIBRARY_FIRST, 0, LAST, C("check"));
  addRates(sheet, language);
  return sheet
    .columnWidths(UNIT_WIDTHS)
    .freeze(UNIT_HEADER_ROW + 1)
    .build();
}

/** The library's rates, for reference: name, rate, year, source, what it includes. */
function addRates(sheet: SheetBuilder, language: Language): void {
  const p = picker(language);
  sheet.putRow(
    UNIT_RATES_HEADER_ROW,
    0,
    [T.rates, T.unit, T.rate, T.rateYear, T.source, T.includes].map((t) => header(p(t))),
  );
  const first = UNIT_RATES_HEADER_ROW + 1;
  const last = UNIT_RATES_HEADER_ROW + LIBRARY_RATES.length;
  sheet.wrap(first, C("includes"), last, C("includes")).alignTop(first, 0, last, C("includes"));
  LIBRARY_RATES.forEach((entry, i) => {
    sheet.putRow(UNIT_RATES_HEADER_ROW + 1 + i, 0, [
      label(entry.name[language]),
      label(entry.unit[language]),
      // In percent with two decimals as published (31.42), not as a 0.0 % format would round it.
      { value: Number((entry.value * 100).toFixed(2)), role: "label", format: "ratio" },
      { value: entry.year, role: "label", format: "year" },
      label(sourceLine(entry.source, language)),
      label(entry.includes[language]),
    ]);
  });
}
