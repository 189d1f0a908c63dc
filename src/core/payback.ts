import { Dec, ONE, TWELVE, ZERO } from "./decimal";
import { SroiError } from "./errors";
import { discountedValues } from "./presentValue";

/**
 * Payback: the time until the value created covers the investment. Investment year k is paid at
 * the start of year k; benefits accrue evenly within each year; both are discounted as in
 * presentValue / investmentPresentValue when rate ≠ 0. The answer is the month from which the
 * cumulative net position stays at or above zero.
 */

interface Walk {
  /** Month since which the position has been ≥ 0, or null while it is negative. */
  readonly paidBackAt: Dec | null;
  /** Cumulative (discounted) benefits minus investment at the end of the walk. */
  readonly position: Dec;
}

function walk(investment: readonly Dec[], benefits: readonly Dec[], rate: Dec): Walk {
  const years = Math.max(investment.length, benefits.length);
  const paid = discountedValues(pad(investment, years), rate, 0);
  const gained = discountedValues(pad(benefits, years), rate, 1);
  let position = ZERO;
  let paidBackAt: Dec | null = ZERO;
  for (let k = 0; k < years; k++) {
    position = position.minus(paid[k]);
    if (position.isNegative() && !position.isZero()) paidBackAt = null;
    const end = position.plus(gained[k]);
    if (paidBackAt === null && !end.isNegative()) {
      paidBackAt = TWELVE.times(position.neg().div(gained[k]).plus(k));
    } else if (paidBackAt !== null && end.isNegative() && !end.isZero()) {
      paidBackAt = null;
    }
    position = end;
  }
  return { paidBackAt, position };
}

function pad(values: readonly Dec[], length: number): Dec[] {
  return Array.from({ length }, (_, i) => values[i] ?? ZERO);
}

/**
 * Payback in months from a yearly benefit profile, interpolating within the year.
 * Throws #N/A (noPayback) when the cumulative value never covers the investment within the profile.
 */
export function paybackMonths(investment: readonly Dec[], benefits: readonly Dec[], rate: Dec): Dec {
  const result = walk(investment, benefits, rate);
  if (result.paidBackAt === null) {
    throw new SroiError("NA", { kind: "noPayback", years: Math.max(investment.length, benefits.length) });
  }
  return result.paidBackAt;
}

/**
 * Payback in months from a constant yearly value V received every year without end.
 * Undiscounted and with one investment I: months = I / (V / 12). Discounted, the whole years
 * follow from the geometric series and the last year is interpolated; when the discounted series
 * can never reach the investment the answer is #N/A (noPayback).
 */
export function paybackMonthsConstant(investment: readonly Dec[], yearlyValue: Dec, rate: Dec): Dec {
  const investYears = investment.length;
  const first = walk(investment, investment.map(() => yearlyValue), rate);
  if (first.paidBackAt !== null) return first.paidBackAt;
  if (!yearlyValue.isPositive() || yearlyValue.isZero()) throw new SroiError("NA", { kind: "noPayback", years: null });
  const deficit = first.position.neg();
  const q = ONE.div(ONE.plus(rate));
  const next = yearlyValue.times(q.pow(investYears + 1));
  return TWELVE.times(investYears).plus(monthsToCover(deficit, next, q));
}

/** Months for a stream v, vq, vq², … (accruing evenly per year) to cover a deficit. */
function monthsToCover(deficit: Dec, v: Dec, q: Dec): Dec {
  if (q.eq(ONE)) return TWELVE.times(deficit).div(v);
  const cumulative = (n: number): Dec => v.times(ONE.minus(q.pow(n))).div(ONE.minus(q));
  if (q.lt(ONE) && deficit.gte(v.div(ONE.minus(q)))) throw new SroiError("NA", { kind: "noPayback", years: null });
  const exact = ONE.minus(deficit.times(ONE.minus(q)).div(v)).ln().div(q.ln());
  let whole = exact.floor().toNumber();
  while (whole > 0 && cumulative(whole).gte(deficit)) whole--;
  while (cumulative(whole + 1).lt(deficit)) whole++;
  const remaining = deficit.minus(cumulative(whole));
  return TWELVE.times(remaining.div(v.times(q.pow(whole))).plus(whole));
}
