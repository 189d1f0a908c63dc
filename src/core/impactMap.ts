import { Dec } from "./decimal";
import { SroiError } from "./errors";
import { Outcome, OutcomeInput, applyDropOff, parseOutcome, yearOneValue } from "./outcome";
import { paybackMonths } from "./payback";
import { investmentPresentValue, presentValue } from "./presentValue";
import { sumByYear } from "./series";
import { GroupTotal, totalsBy } from "./totals";
import { convertPrice, KPI, PriceIndex, readYear } from "./prices/priceIndex";
import { isBlank } from "./validate";
import { EvidenceGrade, parseGrade } from "./evidence/grades";

/** One impact-map row as read from a sheet. */
export interface ImpactRowInput extends OutcomeInput {
  readonly stakeholder?: unknown;
  readonly payer?: unknown;
  readonly dimension?: unknown;
  /** The proxy's price year; blank means the price base year. */
  readonly proxyYear?: unknown;
  /** The evidence grade A–D; blank means ungraded (counted as D in the adjusted figures). */
  readonly grade?: unknown;
}

/** A validated impact-map row. */
export interface ImpactRow extends Outcome {
  readonly stakeholder: string;
  readonly payer: string;
  readonly dimension: string;
  /** The proxy's price year, null for the base year. */
  readonly proxyYear?: number | null;
  /** The evidence grade, null when ungraded. */
  readonly grade?: EvidenceGrade | null;
}

/** The price base year of a map and the index that converts proxies to it (the shipped KPI by default). */
export interface PriceBase {
  /** null when the map gives none: only proxies without a price year can then be valued. */
  readonly baseYear: number | null;
  readonly index?: PriceIndex;
}

export interface ImpactRowResult {
  readonly row: ImpactRow;
  readonly yearOne: Dec;
  readonly profile: readonly Dec[];
  readonly presentValue: Dec;
}

export interface ImpactMapResult {
  readonly rows: readonly ImpactRowResult[];
  /** Undiscounted value per year, all rows together. */
  readonly yearly: readonly Dec[];
  readonly totalPresentValue: Dec;
  readonly byStakeholder: readonly GroupTotal[];
  readonly byPayer: readonly GroupTotal[];
  readonly byDimension: readonly GroupTotal[];
  readonly investmentPresentValue: Dec;
  /** null when the investment is zero. */
  readonly ratio: Dec | null;
  readonly netValue: Dec;
  /** null when the value never covers the investment within the rows' benefit periods. */
  readonly paybackMonths: Dec | null;
}

/** Validates one row: labels are text (blank allowed), the assumptions as in parseOutcome. */
export function parseImpactRow(input: ImpactRowInput): ImpactRow {
  // Object.assign onto the fresh outcome: an object spread here costs more than all the label work.
  const proxyYear = isBlank(input.proxyYear) ? null : readYear("proxy_year", input.proxyYear);
  return Object.assign(parseOutcome(input), {
    stakeholder: label(input.stakeholder),
    payer: label(input.payer),
    dimension: label(input.dimension),
    proxyYear,
    grade: parseGrade(input.grade),
  });
}

/**
 * The row with its proxy in base-year prices: proxy × index(base) / index(price year), as the
 * sheet computes it; a row without a price year (or in the base year) is returned as it is. A year
 * missing from the index is #N/A naming the proxy's price year or the base year.
 */
export function inBasePrices(row: ImpactRow, prices: PriceBase): ImpactRow {
  const from = row.proxyYear ?? null;
  if (from === null || from === prices.baseYear) return row;
  if (prices.baseYear === null) throw new SroiError("VALUE", { kind: "required", argument: "base_year" });
  const proxy = convertPrice(row.proxy, from, prices.baseYear, prices.index ?? KPI, { from: "proxy_year", to: "base_year" });
  return { ...row, proxy, proxyYear: prices.baseYear };
}

function label(value: unknown): string {
  if (value === null || value === undefined) return "";
  return String(value).trim();
}

/**
 * Evaluates an impact map: each row's year-1 value, yearly profile and PV; totals by stakeholder,
 * payer and dimension; SROI ratio, net value and payback against the investment. With `prices`,
 * proxies from other price years are first brought to the base year (inBasePrices); without, the
 * proxies are taken as they are (a reader that has converted them already).
 */
export function evaluateImpactMap(
  rows: readonly ImpactRow[],
  discountRate: Dec,
  investment: readonly Dec[],
  prices?: PriceBase,
): ImpactMapResult {
  const priced = prices === undefined ? rows : rows.map((row) => inBasePrices(row, prices));
  const results = priced.map((row) => {
    const yearOne = yearOneValue(row);
    const profile = applyDropOff(yearOne, row.dropOff, row.years);
    return { row, yearOne, profile, presentValue: presentValue(profile, discountRate) };
  });
  const pvOf = (r: ImpactRowResult): Dec => r.presentValue;
  const totalPresentValue = results.reduce((acc, r) => acc.plus(r.presentValue), new Dec(0));
  const investmentPV = investmentPresentValue(investment, discountRate);
  const yearly = sumByYear(results.map((r) => r.profile));
  return {
    rows: results,
    yearly,
    totalPresentValue,
    byStakeholder: totalsBy(results, (r) => r.row.stakeholder, pvOf),
    byPayer: totalsBy(results, (r) => r.row.payer, pvOf),
    byDimension: totalsBy(results, (r) => r.row.dimension, pvOf),
    investmentPresentValue: investmentPV,
    ratio: investmentPV.isZero() ? null : totalPresentValue.div(investmentPV),
    netValue: totalPresentValue.minus(investmentPV),
    paybackMonths: paybackOrNull(investment, yearly, discountRate),
  };
}

function paybackOrNull(investment: readonly Dec[], yearly: readonly Dec[], rate: Dec): Dec | null {
  try {
    return paybackMonths(investment, yearly, rate);
  } catch (error) {
    if (error instanceof SroiError && error.detail.kind === "noPayback") return null;
    throw error;
  }
}
