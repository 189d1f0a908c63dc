import { KPI_ANNUAL } from "../../core/prices/kpi";

/**
 * Sheet formulas for price years, the same rule as the core's priceFactor: a blank price year or
 * one equal to the base year gives the amount unchanged (no lookup); otherwise
 * amount × index(base) ÷ index(price year), with INDEX/MATCH over the KPI sheet (no XLOOKUP, so
 * Excel 2016 and LibreOffice calculate it). A year missing from the KPI sheet makes the factor ""
 * and the row's check names it.
 */

export interface KpiRanges {
  readonly years: string;
  readonly values: string;
}

/** The factor index(base) / index(priceYear), 1 for a blank or equal year, "" when a year is missing. */
export function priceFactorFormula(priceYear: string, baseYear: string, kpi: KpiRanges): string {
  const lookup = (year: string): string => `INDEX(${kpi.values},MATCH(${year},${kpi.years},0))`;
  return `IF(OR(${priceYear}="",${priceYear}=${baseYear}),1,IFERROR(${lookup(baseYear)}/${lookup(priceYear)},""))`;
}

/** TRUE when the price year needs the KPI but it or the base year is missing from it (or its value is 0). */
export function priceYearMissingFormula(priceYear: string, baseYear: string, kpi: KpiRanges): string {
  return `AND(${priceYear}<>"",${priceYear}<>${baseYear},${priceFactorFormula(priceYear, baseYear, kpi)}="")`;
}

/**
 * The price base year a new sheet starts with: the first year of the plan. The worked example uses
 * the last year of the shipped KPI when the plan starts later (an annual mean exists only once the
 * year is over), so its earlier-year figures convert without the user adding an index first.
 */
export function initialBaseYear(options: { startYear: number; example: boolean }): number {
  return options.example ? Math.min(options.startYear, KPI_ANNUAL[KPI_ANNUAL.length - 1][0]) : options.startYear;
}

/**
 * A check text naming the year the KPI sheet lacks (the base year when it is missing, else the
 * price year): `before` & year & `after`, for use where priceYearMissingFormula is TRUE.
 */
export function missingYearText(priceYear: string, baseYear: string, kpi: KpiRanges, message: string): string {
  const [before, after] = message.split("{year}");
  return `"${before}"&IF(ISNA(MATCH(${baseYear},${kpi.years},0)),${baseYear},${priceYear})&"${after ?? ""}"`;
}
