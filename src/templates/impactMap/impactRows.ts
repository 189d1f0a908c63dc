import type { Language } from "../../core/language";
import { cellAddress, columnLetter, rangeAddress } from "../kit";
import { calc, check, header, input, label, total } from "../kit";
import { IMPACT_CALC, IMPACT_INPUTS, ImpactColumn, impactColumn } from "./impactColumns";
import type { ImpactLayout } from "./impactLayout";
import { listSource } from "../kit";
import type { SheetNames, ValidationSpec } from "../kit";
import type { SheetBuilder } from "../kit";
import { nameOf } from "../kit";
import { negativeShading } from "../kit";
import { IMPACT_TABLE } from "../kit";
import { fill, pick, tx } from "../kit";
import { kpiRanges, missingYearText, priceFactorFormula, priceYearMissingFormula } from "../prices";
import type { KpiRanges } from "../prices";
import { listValidation, nonNegativeValidation, numberValidation, shareValidation, wholeValidation } from "../kit";
import { gradeRanges, gradeValidation } from "../kit";
import { checkShading, unknownGradeCondition, WARNING_CHECK_TEXT, warningsTail } from "./impactWarnings";

/** The impact map's entry table: one row per stakeholder outcome, with yearly values and PV. */

const T = {
  check: tx("Check", "Kontroll"),
  total: tx("Total", "Summa"),
  incomplete: tx("Fill in quantity, the four shares and the proxy", "Fyll i antal, de fyra andelarna och proxy"),
  tooLong: tx("Benefit period longer than the {years} year columns", "Nyttoperioden är längre än de {years} årskolumnerna"),
  notInKpi: tx(
    "The KPI sheet has no index for {year}: add that year's annual mean there",
    "KPI-bladet saknar index för {year}: lägg till årets årsmedel där",
  ),
};

const col = (id: string): string => columnLetter(impactColumn(id));

/** "$F6"-style reference to an input of row r (column fixed, row relative). */
function at(id: string, row: number): string {
  return `$${col(id)}${row + 1}`;
}

/** The formulas of one entry row. */
function rowFormulas(layout: ImpactLayout, row: number, language: Language, kpi: KpiRanges, grades: string) {
  const [q, rate, dw, attr, disp, proxy] = ["quantity", "outcomeRate", "deadweight", "attribution", "displacement", "proxy"].map((id) =>
    at(id, row),
  );
  const years = at("years", row);
  const dropOff = at("dropOff", row);
  const one = `$${columnLetter(layout.yearOneColumn)}${row + 1}`;
  const rateCell = cellAddress(layout.rateRow, 1, true);
  // The proxy in base-year prices: × KPI(base) / KPI(price year); "" (row not valued) when a year is missing.
  const baseYear = cellAddress(layout.baseYearRow, 1, true);
  const proxyYear = at("proxyYear", row);
  const factor = priceFactorFormula(proxyYear, baseYear, kpi);
  const yearOne = `=IF(COUNT(${q},${rate},${dw},${attr},${disp},${proxy})<6,"",IF(${factor}="","",${q}*${rate}*(1-${dw})*(1-${attr})*(1-${disp})*${proxy}*${factor}))`;
  const yearly = Array.from({ length: layout.years }, (_, i) => {
    const t = i + 1;
    return `=IF(${one}="","",IF(${t}<=IF(${years}="",1,${years}),${one}*(1-${dropOff})^${t - 1},0))`;
  });
  const firstYear = cellAddress(row, layout.firstYearColumn);
  const lastYear = cellAddress(row, layout.firstYearColumn + layout.years - 1);
  const presentValue = `=IF(${one}="","",NPV(${rateCell},${firstYear}:${lastYear}))`;
  const allInputs = `$A${row + 1}:$${columnLetter(IMPACT_INPUTS.length - 1)}${row + 1}`;
  const incomplete = pick(T.incomplete, language);
  const tooLong = fill(pick(T.tooLong, language), { years: layout.years });
  const notInKpi = pick(T.notInKpi, language);
  // Errors first (the row is not valued as written), then the over-claim warnings of a valued row.
  const tail = warningsTail(row, language, `AND(${years}<>"",${years}>${layout.years})`, tooLong);
  const checkFormula =
    `=IF(COUNTA(${allInputs})=0,"",IF(${priceYearMissingFormula(proxyYear, baseYear, kpi)},${missingYearText(proxyYear, baseYear, kpi, notInKpi)},` +
    `IF(${unknownGradeCondition(row, grades)},"${pick(WARNING_CHECK_TEXT.unknownGrade, language)}",IF(${one}="","${incomplete}",${tail}))))`;
  return { yearOne, yearly, presentValue, check: checkFormula };
}

function validationFor(
  column: ImpactColumn,
  range: string,
  layout: ImpactLayout,
  names: SheetNames,
  language: Language,
): ValidationSpec | null {
  const field = pick(column.header, language);
  const lists = nameOf("lists", names, language);
  switch (column.kind) {
    case "payer":
      return listValidation(range, listSource("payers", names, language), field, language, lists);
    case "dimension":
      return listValidation(range, listSource("dimensions", names, language), field, language, lists);
    case "comparison":
      return listValidation(range, listSource("comparisons", names, language), field, language, lists);
    case "nonNegative":
      return nonNegativeValidation(range, field, language);
    case "share":
      return shareValidation(range, field, language);
    case "proxy":
      return numberValidation(range, field, language);
    case "years":
      return wholeValidation(range, field, 1, layout.years, language);
    case "year":
      return wholeValidation(range, field, 1900, 2100, language);
    case "grade":
      return gradeValidation(range, names, language);
    default:
      return null;
  }
}

/** Headers, blank (or example) input rows, calculated columns and the total row. */
export function addImpactRows(
  sheet: SheetBuilder,
  layout: ImpactLayout,
  options: { language: Language; startYear: number },
  names: SheetNames,
  example: readonly (readonly (string | number | undefined)[])[],
): void {
  const { language, startYear } = options;
  const { headerRow, firstRow, lastRow, totalRow } = layout;
  IMPACT_INPUTS.forEach((column, c) => {
    sheet.put(headerRow, c, header(pick(column.header, language)));
    for (let r = firstRow; r <= lastRow; r++) sheet.put(r, c, input(column.format, example[r - firstRow]?.[c]));
    const rule = validationFor(column, rangeAddress(firstRow, c, lastRow, c), layout, names, language);
    if (rule) sheet.validate(rule);
  });
  const yearHeaders = Array.from({ length: layout.years }, (_, i) =>
    header(fill(pick(IMPACT_CALC.yearHeader, language), { year: startYear + i })),
  );
  sheet.putRow(headerRow, layout.yearOneColumn, [
    header(pick(IMPACT_CALC.yearOne, language)),
    ...yearHeaders,
    header(pick(IMPACT_CALC.presentValue, language)),
    header(pick(T.check, language)),
  ]);
  const kpi = kpiRanges(names, language);
  const grades = gradeRanges(names, language).grades;
  for (let r = firstRow; r <= lastRow; r++) {
    const f = rowFormulas(layout, r, language, kpi, grades);
    sheet.put(r, layout.yearOneColumn, calc(f.yearOne, "money"));
    f.yearly.forEach((formula, i) => sheet.put(r, layout.firstYearColumn + i, calc(formula, "money")));
    sheet.put(r, layout.presentValueColumn, calc(f.presentValue, "money"));
    sheet.put(r, layout.presentValueColumn + 1, check(f.check));
  }
  sheet.put(totalRow, 0, label(pick(T.total, language)));
  for (let c = layout.yearOneColumn; c <= layout.presentValueColumn; c++) {
    sheet.put(totalRow, c, total(`=SUM(${rangeAddress(firstRow, c, lastRow, c)})`, "money"));
  }
  const values = rangeAddress(firstRow, layout.yearOneColumn, totalRow, layout.presentValueColumn);
  const topLeft = cellAddress(firstRow, layout.yearOneColumn);
  sheet.conditionalFormat(negativeShading(values, topLeft));
  const checks = rangeAddress(firstRow, layout.presentValueColumn + 1, lastRow, layout.presentValueColumn + 1);
  for (const rule of checkShading(checks, cellAddress(firstRow, layout.presentValueColumn + 1), language)) sheet.conditionalFormat(rule);
  sheet.table(IMPACT_TABLE, headerRow, 0, lastRow, layout.presentValueColumn + 1, "TableStyleLight9");
}
