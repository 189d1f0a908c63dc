import { Dec } from "./decimal";
import { SroiError } from "./errors";
import { Outcome, OutcomeInput, applyDropOff, parseOutcome, yearOneValue } from "./outcome";
import { paybackMonths } from "./payback";
import { investmentPresentValue, presentValue } from "./presentValue";
import { sumByYear } from "./series";
import { GroupTotal, totalsBy } from "./totals";

/** One impact-map row as read from a sheet. */
export interface ImpactRowInput extends OutcomeInput {
  readonly stakeholder?: unknown;
  readonly payer?: unknown;
  readonly dimension?: unknown;
}

/** A validated impact-map row. */
export interface ImpactRow extends Outcome {
  readonly stakeholder: string;
  readonly payer: string;
  readonly dimension: string;
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
  return Object.assign(parseOutcome(input), { stakeholder: label(input.stakeholder), payer: label(input.payer), dimension: label(input.dimension) });
}

function label(value: unknown): string {
  if (value === null || value === undefined) return "";
  return String(value).trim();
}

/**
 * Evaluates an impact map: each row's year-1 value, yearly profile and PV; totals by stakeholder,
 * payer and dimension; SROI ratio, net value and payback against the investment.
 */
export function evaluateImpactMap(rows: readonly ImpactRow[], discountRate: Dec, investment: readonly Dec[]): ImpactMapResult {
  const results = rows.map((row) => {
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
