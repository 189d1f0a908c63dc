import { ACTORS } from "../../core/actors";
import type { Language } from "../../core/language";
import { cellAddress, rangeAddress, pick, picker } from "../kit";
import { whenReady } from "./beforeAfterFlows";
import { BA, valueCell } from "./beforeAfterLayout";
import { actorName, BA_TEXT, NO, societyName, YES, section } from "./beforeAfterText";
import { calc, header, label, total } from "../kit";
import { negativeShading } from "../kit";
import type { Cell, Format } from "../kit";
import type { SheetBuilder } from "../kit";
import { tx } from "../kit";

/**
 * The results per actor and for society: change per month and year, the share of the intervention
 * cost, the value over the horizon, the net value, and the payback in months with the conventions
 * of SROI.PAYBACK for a constant value (the core's paybackMonthsConstant).
 */

const T = {
  actor: tx("Actor", "Aktör"),
  monthly: tx("Change per month", "Förändring per månad"),
  yearly: tx("Change per year", "Förändring per år"),
  investment: tx("Intervention cost paid", "Betald insatskostnad"),
  horizonValue: tx("Value over the horizon", "Värde under tidshorisonten"),
  netValue: tx("Net value over the horizon", "Nettovärde under tidshorisonten"),
  // hyphenated as a typesetter would (it wraps at the space), so the column need only be as wide as "Återbetalas inte"
  payback: tx("Payback (months)", "Återbetalnings- tid (månader)"),
  within: tx("Paid back within the horizon", "Återbetald inom tidshorisonten"),
  never: tx("Does not pay back", "Återbetalas inte"),
};

/**
 * Present value of M a month over H months at yearly rate r: whole years bring 12·M at the end of
 * the year, the last part-year (H − 12·Y months) at the end of its year; undiscounted M·H.
 */
function horizonValueFormula(m: string, h: string, r: string): string {
  const years = `INT(${h}/12)`;
  return `IF(${r}=0,${m}*${h},12*${m}*(1-(1+${r})^(-${years}))/${r}+(${h}-12*${years})*${m}/(1+${r})^(${years}+1))`;
}

/**
 * Months until M a month covers I paid at the start, year t discounted by (1 + r)^t and spread
 * evenly within the year: n = INT(−LN(1 − I·r / 12M) / LN(1 + r)) whole years, then the rest of
 * the deficit at year n + 1's discounted value. Undiscounted I / M. Never when M ≤ 0 < I, or when
 * the discounted stream can only approach 12M / r ≤ I. That last test rounds I·r / 12M to 12
 * decimals: when 12M / r equals I exactly (1 440 000 at 1.1 % and 1 320 a month), floating point
 * can leave 1 − I·r / 12M a hair above zero and the formula would report thousands of years where
 * the core, in exact decimals, says never.
 */
export function paybackFormula(i: string, m: string, r: string, never: string): string {
  const v = `(12*${m})`;
  const n = `INT(-LN(1-${i}*${r}/${v})/LN(1+${r}))`;
  const months = `12*(${n}+(${i}-${v}*(1-(1+${r})^(-${n}))/${r})/(${v}/(1+${r})^(${n}+1)))`;
  return `IF(${i}<=0,IF(${m}>=0,0,"${never}"),IF(${m}<=0,"${never}",IF(${r}=0,${i}/${m},IF(ROUND(${i}*${r}/${v},12)>=1,"${never}",${months}))))`;
}

/**
 * "Yes" when the payback P (months) comes within the horizon H: P is rounded to 9 decimals first,
 * so that a payback the core finds exactly at the horizon (3.6 / 0.3 = 12 months) is not pushed
 * past it by floating point (3.6 / (0.7 − 0.4) = 12.000000000000002).
 */
export function withinHorizonFormula(p: string, h: string, yes: string, no: string): string {
  return `IF(ISNUMBER(${p}),IF(ROUND(${p},9)<=${h},"${yes}","${no}"),"${no}")`;
}

function row(
  sheet: SheetBuilder,
  r: number,
  name: string,
  monthly: string,
  investment: string,
  language: Language,
  make: (formula: string, format: Format) => Cell,
): void {
  const c = BA.summary.columns;
  const at = (column: number): string => cellAddress(r, BA.summary.left + column, true);
  const h = valueCell(BA.settings.horizonMonths);
  const rate = valueCell(BA.settings.discountRate);
  sheet.putRow(r, BA.summary.left, [
    label(name),
    make(whenReady(monthly), "money"),
    make(whenReady(`12*${at(c.monthly)}`), "money"),
    make(whenReady(investment), "money"),
    make(whenReady(horizonValueFormula(at(c.monthly), h, rate)), "money"),
    make(whenReady(`${at(c.horizonValue)}-${at(c.investment)}`), "money"),
    make(whenReady(paybackFormula(at(c.investment), at(c.monthly), rate, pick(T.never, language))), "months"),
    make(whenReady(withinHorizonFormula(at(c.payback), h, pick(YES, language), pick(NO, language))), "text"),
  ]);
}

/** Adds the per-actor table and the society row under it, from column BA.summary.left. */
export function addSummary(sheet: SheetBuilder, language: Language): void {
  const s = BA.summary;
  const f = BA.flows;
  const p = picker(language);
  sheet.put(s.header - 1, s.left, section(pick(BA_TEXT.sections.summary, language)));
  sheet.putRow(
    s.header,
    s.left,
    [T.actor, T.monthly, T.yearly, T.investment, T.horizonValue, T.netValue, T.payback, T.within].map((t) => header(p(t))),
  );
  ACTORS.forEach((actor, i) => {
    const monthly = cellAddress(f.total, f.firstActorColumn + i, true);
    const investment = cellAddress(BA.payers.first + i, BA.payers.left + BA.payers.columns.cost, true);
    row(sheet, s.first + i, actorName(actor, language), monthly, investment, language, calc);
  });
  const last = s.first + ACTORS.length - 1;
  sheet.table("SroiBeforeAfterSummary", s.header, s.left, last, s.left + s.columns.withinHorizon, "TableStyleMedium2");
  const societyMonthly = cellAddress(f.total, f.societyColumn, true);
  row(sheet, s.society, societyName(language), societyMonthly, valueCell(BA.settings.totalCost), language, total);
  const values = rangeAddress(s.first, s.left + s.columns.monthly, s.society, s.left + s.columns.netValue);
  const topLeft = cellAddress(s.first, s.left + s.columns.monthly);
  sheet.conditionalFormat(negativeShading(values, topLeft));
}
