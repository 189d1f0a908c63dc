import type { Language } from "../../core/language";
import { addGroupBlock } from "../kit";
import { cellAddress, rangeAddress, sheetRef } from "../kit";
import { calc, header, input, label, total } from "../kit";
import { COST_GRAND_TOTAL } from "../costSheet";
import type { GroupKind, ImpactLayout } from "./impactLayout";
import { impactColumn } from "./impactColumns";
import { listCell, ListKind } from "../kit";
import type { SheetNames } from "../kit";
import type { SheetBuilder } from "../kit";
import { nameOf } from "../kit";
import { fill, pick, picker, tx } from "../kit";
import { help } from "../kit";
import { nonNegativeValidation, rateValidation, wholeValidation } from "../kit";
import { addEvidenceSummary } from "./impactEvidence";

/** The impact map's summary: key figures, the yearly walk behind the payback, and group totals. */

/** Every label of the impact map's summary, in both languages (the analysis reads the rate and investment by them). */
export const IMPACT_SUMMARY_TEXT = {
  summary: tx("Summary", "Sammanfattning"),
  rate: tx("Discount rate", "Diskonteringsränta"),
  totalPV: tx("Total present value", "Totalt nuvärde"),
  investment: tx("Investment (paid at the start)", "Investering (betalas i början)"),
  ratio: tx("SROI ratio", "SROI-kvot"),
  netValue: tx("Net value", "Nettovärde"),
  payback: tx("Payback (months)", "Återbetalningstid (månader)"),
  baseYear: tx("Price base year", "Prisbasår"),
  baseYearNote: tx(
    "Every value is in this year's prices: a proxy from another price year is multiplied by KPI(base year) ÷ KPI(price year) from the KPI sheet. A blank price year means this year.",
    "Alla värden är i detta års priser: en proxy från ett annat prisår multipliceras med KPI(prisbasår) ÷ KPI(prisår) från KPI-bladet. Tomt prisår betyder detta år.",
  ),
  noInvestment: tx("No ratio: the investment is zero", "Ingen kvot: investeringen är noll"),
  noPayback: tx("Does not pay back within {years} years", "Återbetalas inte inom {years} år"),
  year: tx("Year", "År"),
  yearValue: tx("Value created", "Skapat värde"),
  yearDiscounted: tx("Discounted value", "Diskonterat värde"),
  yearStart: tx("Position at the start of the year", "Läge vid årets början"),
  yearCumulative: tx("Position at the end of the year", "Läge vid årets slut"),
  yearFlag: tx("Still below zero at the start (year no.)", "Under noll vid årets början (år nr)"),
  presentValue: tx("Present value", "Nuvärde"),
  other: tx("Other / not listed", "Övriga / ej listade"),
  stakeholder: tx("Stakeholder", "Intressent"),
  payer: tx("Payer / beneficiary", "Betalare / mottagare"),
  dimension: tx("Dimension", "Dimension"),
  groupCheck: tx(
    "Some present value is not in the list above, or a name is listed twice",
    "En del av nuvärdet saknas i listan ovan, eller så står ett namn två gånger",
  ),
};
const T = IMPACT_SUMMARY_TEXT;

const GROUPS: Record<GroupKind, { column: string; list: ListKind | null; table: string; header: typeof T.stakeholder }> = {
  stakeholder: { column: "stakeholder", list: null, table: "SroiImpactByStakeholder", header: T.stakeholder },
  payer: { column: "payer", list: "payers", table: "SroiImpactByPayer", header: T.payer },
  dimension: { column: "dimension", list: "dimensions", table: "SroiImpactByDimension", header: T.dimension },
};

const valueCell = (row: number): string => cellAddress(row, 1, true);

function addKeyFigures(
  sheet: SheetBuilder,
  layout: ImpactLayout,
  language: Language,
  names: SheetNames,
  example: { rate: number; investment?: number; baseYear: number },
): void {
  const p = picker(language);
  const pvRange = rangeAddress(layout.firstRow, layout.presentValueColumn, layout.lastRow, layout.presentValueColumn, true);
  sheet.put(layout.summaryTitleRow, 0, header(p(T.summary)));
  sheet.putRow(layout.rateRow, 0, [label(p(T.rate)), input("percent", example.rate)]);
  sheet.validate(rateValidation(valueCell(layout.rateRow).replace(/\$/g, ""), p(T.rate), language));
  sheet.putRow(layout.totalPresentValueRow, 0, [label(p(T.totalPV)), total(`=SUM(${pvRange})`, "money")]);
  if (names.costSheet !== undefined) {
    sheet.putRow(layout.investmentRow, 0, [label(p(T.investment)), calc(`=${sheetRef(names.costSheet, COST_GRAND_TOTAL)}`, "money")]);
  } else {
    sheet.putRow(layout.investmentRow, 0, [label(p(T.investment)), input("money", example.investment)]);
    sheet.validate(nonNegativeValidation(valueCell(layout.investmentRow).replace(/\$/g, ""), p(T.investment), language));
  }
  const pv = valueCell(layout.totalPresentValueRow);
  const inv = valueCell(layout.investmentRow);
  sheet.putRow(layout.ratioRow, 0, [label(p(T.ratio)), total(`=IFERROR(${pv}/${inv},"${p(T.noInvestment)}")`, "ratio")]);
  sheet.putRow(layout.netValueRow, 0, [label(p(T.netValue)), total(`=${pv}-${inv}`, "money")]);
  const row = (r: number): string => rangeAddress(r, 1, r, layout.years, true);
  const last = cellAddress(layout.yearCumulativeRow, layout.years, true);
  const paybackYear = `MAX(${row(layout.yearFlagRow)})`;
  const text = fill(p(T.noPayback), { years: layout.years });
  const payback =
    `=IF(AND(${inv}=0,COUNT(${pvRange})=0),"",IF(${stillShort(last, inv)},"${text}",IF(${paybackYear}=0,0,` +
    `12*(${paybackYear}-1-INDEX(${row(layout.yearStartRow)},1,${paybackYear})/INDEX(${row(layout.yearDiscountedRow)},1,${paybackYear})))))`;
  sheet.putRow(layout.paybackRow, 0, [label(p(T.payback)), total(payback, "months")]);
  sheet.putRow(layout.baseYearRow, 0, [label(p(T.baseYear)), input("year", example.baseYear), help(p(T.baseYearNote))]);
  sheet.validate(wholeValidation(valueCell(layout.baseYearRow).replace(/\$/g, ""), p(T.baseYear), 1900, 2100, language));
}

/**
 * "Still short of the investment" for a cumulative position: below zero by more than a billionth
 * of the investment. The core works in exact decimals; in floating point a position the core finds
 * exactly 0 (0.7 − 0.4 of value against 0.3 invested) can come out at −5.6e−17, and the sheet
 * would say "does not pay back" where the core says 12 months.
 */
function stillShort(position: string, investment: string): string {
  return `${position}<-0.000000001*ABS(${investment})`;
}

function addYearWalk(sheet: SheetBuilder, layout: ImpactLayout, language: Language, startYear: number): void {
  const p = picker(language);
  sheet.put(layout.yearHeaderRow, 0, header(p(T.year)));
  sheet.put(layout.yearValueRow, 0, label(p(T.yearValue)));
  sheet.put(layout.yearDiscountedRow, 0, label(p(T.yearDiscounted)));
  sheet.put(layout.yearStartRow, 0, label(p(T.yearStart)));
  sheet.put(layout.yearCumulativeRow, 0, label(p(T.yearCumulative)));
  sheet.put(layout.yearFlagRow, 0, label(p(T.yearFlag)));
  for (let t = 1; t <= layout.years; t++) {
    const here = (r: number): string => cellAddress(r, t);
    sheet.put(layout.yearHeaderRow, t, { value: startYear + t - 1, role: "header", format: "year" });
    sheet.put(layout.yearValueRow, t, calc(`=${cellAddress(layout.totalRow, layout.firstYearColumn + t - 1)}`, "money"));
    sheet.put(layout.yearDiscountedRow, t, calc(`=${here(layout.yearValueRow)}/(1+${valueCell(layout.rateRow)})^${t}`, "money"));
    const start = t === 1 ? `=-${valueCell(layout.investmentRow)}` : `=${cellAddress(layout.yearCumulativeRow, t - 1)}`;
    sheet.put(layout.yearStartRow, t, calc(start, "money"));
    sheet.put(layout.yearCumulativeRow, t, calc(`=${here(layout.yearStartRow)}+${here(layout.yearDiscountedRow)}`, "money"));
    sheet.put(
      layout.yearFlagRow,
      t,
      calc(`=IF(${stillShort(here(layout.yearStartRow), valueCell(layout.investmentRow))},${t},0)`, "integer"),
    );
  }
}

function addGroup(
  sheet: SheetBuilder,
  layout: ImpactLayout,
  kind: GroupKind,
  language: Language,
  names: SheetNames,
  listed: readonly string[],
): void {
  const def = GROUPS[kind];
  const column = impactColumn(def.column);
  const lists = nameOf("lists", names, language);
  const list = def.list;
  addGroupBlock(sheet, {
    rows: layout.groups[kind],
    heading: pick(def.header, language),
    labels: rangeAddress(layout.firstRow, column, layout.lastRow, column, true),
    label: (i) => {
      if (list === null) return input("text", listed[i]);
      const source = sheetRef(lists, listCell(list, i));
      return calc(`=IF(${source}="","",${source})`, "text");
    },
    columns: [
      {
        header: pick(T.presentValue, language),
        values: rangeAddress(layout.firstRow, layout.presentValueColumn, layout.lastRow, layout.presentValueColumn, true),
        total: valueCell(layout.totalPresentValueRow),
      },
    ],
    otherText: pick(T.other, language),
    checkText: pick(T.groupCheck, language),
    table: def.table,
  });
}

/** Adds the whole summary under the entry table. */
export function addImpactSummary(
  sheet: SheetBuilder,
  layout: ImpactLayout,
  options: { language: Language; startYear: number },
  names: SheetNames,
  example: { rate: number; investment?: number; baseYear: number; stakeholders: readonly string[] },
): void {
  addKeyFigures(sheet, layout, options.language, names, example);
  addEvidenceSummary(sheet, layout, options.language, names, pick(T.noInvestment, options.language));
  addYearWalk(sheet, layout, options.language, options.startYear);
  for (const kind of ["stakeholder", "payer", "dimension"] as const)
    addGroup(sheet, layout, kind, options.language, names, example.stakeholders);
}
