import { solveBreakEven } from "./analysis/breakEven";
import { readAssumption } from "./analysis/names";
import { Dec } from "./decimal";
import { SroiError } from "./errors";
import { parseOutcome, valueProfile } from "./outcome";
import { paybackMonths, paybackMonthsConstant } from "./payback";
import { presentValue } from "./presentValue";
import { netValue, sroiRatio } from "./ratio";
import { rosenbergScore } from "./rosenberg";
import { readInvestment, readSeries } from "./series";
import { isBlank, passErrorValue, readDiscountRate, readOptional } from "./validate";

/**
 * One entry point per spreadsheet formula: each takes the arguments as a spreadsheet passes them
 * (numbers, blanks, ranges as 2-D arrays), validates them and computes. The custom functions are
 * thin adapters over these.
 */

function discountRateOf(value: unknown): Dec {
  return readOptional("discount_rate", value, 0, readDiscountRate);
}

/** Present value of one outcome over its benefit period (year 1 discounted when rate ≠ 0). */
export function outcomeValue(
  quantity: unknown,
  outcomeRate: unknown,
  deadweight: unknown,
  attribution: unknown,
  displacement: unknown,
  proxy: unknown,
  years?: unknown,
  dropOff?: unknown,
  discountRate?: unknown,
): Dec {
  const outcome = parseOutcome({ quantity, outcomeRate, deadweight, attribution, displacement, proxy, years, dropOff });
  return presentValue(valueProfile(outcome), discountRateOf(discountRate));
}

/** The yearly values of one outcome, undiscounted; `years` is required here. */
export function outcomeProfile(
  quantity: unknown,
  outcomeRate: unknown,
  deadweight: unknown,
  attribution: unknown,
  displacement: unknown,
  proxy: unknown,
  years: unknown,
  dropOff?: unknown,
): Dec[] {
  if (isBlank(years)) {
    throw new SroiError("VALUE", { kind: "required", argument: "years" });
  }
  return valueProfile(parseOutcome({ quantity, outcomeRate, deadweight, attribution, displacement, proxy, years, dropOff }));
}

/** SROI ratio of yearly benefits (a number or a range) against an investment. */
export function ratioOf(benefits: unknown, investment: unknown, discountRate?: unknown): Dec {
  return sroiRatio(readSeries("benefits", benefits), readInvestment("investment", investment), discountRateOf(discountRate));
}

/** Net present value of benefits less investment. */
export function netValueOf(benefits: unknown, investment: unknown, discountRate?: unknown): Dec {
  return netValue(readSeries("benefits", benefits), readInvestment("investment", investment), discountRateOf(discountRate));
}

/** Payback in months; a single benefit value is a constant yearly value, a range a yearly profile. */
export function paybackOf(investment: unknown, benefits: unknown, discountRate?: unknown): Dec {
  const paid = readInvestment("investment", investment);
  const series = readSeries("benefits", benefits);
  const rate = discountRateOf(discountRate);
  return isSingle(benefits) ? paybackMonthsConstant(paid, series[0], rate) : paybackMonths(paid, series, rate);
}

/** Rosenberg score from 10 answers given as a list or as a range of any shape with 10 cells; an Excel error among them is passed on. */
export function rosenbergOf(answers: unknown): number {
  passErrorValue("answers", answers);
  const cells = Array.isArray(answers) ? cellsOf(answers) : [answers];
  return rosenbergScore(cells);
}

function isSingle(value: unknown): boolean {
  if (!Array.isArray(value)) return true;
  return cellsOf(value).length === 1;
}

/** The cells of a range, row by row (one level, like Array.prototype.flat, which is ES2019:
 * Excel's JavaScript-only runtime on older Windows builds has ES2016 only). */
function cellsOf(range: readonly unknown[]): unknown[] {
  const cells: unknown[] = [];
  for (const row of range) {
    if (Array.isArray(row)) for (const cell of row) cells.push(cell);
    else cells.push(row);
  }
  return cells;
}

/**
 * SROI.BREAKEVEN: the value of one argument of SROI.VALUE at which the outcome's present value
 * equals the investment's, the other arguments as given. `assumption` names the argument in
 * English or Swedish ("proxy", "dödvikt", …); the arguments are validated as SROI.VALUE's, the
 * investment as SROI.RATIO's (one amount, or yearly amounts from year 1). Years give the smallest
 * whole number of years whose value reaches the investment (one outcome's value only grows with
 * its years). When no valid value does, the result is #N/A (noSolution) naming the searched
 * interval. A zero investment is reached by the value that makes the outcome worth 0 (a proxy
 * of 0, say), as SROI.VALUE = 0 = the investment.
 */
export function breakEvenOf(
  assumption: unknown,
  investment: unknown,
  quantity: unknown,
  outcomeRate: unknown,
  deadweight: unknown,
  attribution: unknown,
  displacement: unknown,
  proxy: unknown,
  years?: unknown,
  dropOff?: unknown,
  discountRate?: unknown,
): Dec {
  const solved = readAssumption("assumption", assumption);
  const paid = readInvestment("investment", investment);
  const outcome = parseOutcome({ quantity, outcomeRate, deadweight, attribution, displacement, proxy, years, dropOff });
  const result = solveBreakEven([outcome], discountRateOf(discountRate), paid, solved);
  if (result.found) return result.at;
  throw new SroiError("NA", {
    kind: "noSolution",
    argument: solved,
    low: result.interval.low?.toString() ?? "−∞",
    high: result.interval.high?.toString() ?? "∞",
  });
}
