import { Dec, ONE, TWELVE, ZERO } from "./decimal";
import { SroiError } from "./errors";
import { discountedValues, discountsNothing, investmentPresentValue } from "./presentValue";

/**
 * Payback: the time until the value created covers the investment. Investment year k is paid at
 * the start of year k; benefits accrue evenly within each year; both are discounted as in
 * presentValue / investmentPresentValue when rate ≠ 0 (a year's benefit carries its end-of-year
 * discount factor and is spread evenly over the year). The answer is the month from which the
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
    if (position.lt(0)) paidBackAt = null;
    const end = position.plus(gained[k]);
    if (paidBackAt === null && end.gte(0)) {
      paidBackAt = TWELVE.times(position.neg().div(gained[k]).plus(k));
    } else if (paidBackAt !== null && end.lt(0)) {
      paidBackAt = null;
    }
    position = end;
  }
  return { paidBackAt, position };
}

function pad(values: readonly Dec[], length: number): Dec[] {
  return Array.from({ length }, (_, i) => values[i] ?? ZERO);
}

function noPayback(years: number | null): SroiError {
  return new SroiError("NA", { kind: "noPayback", years });
}

/**
 * Payback in months from a yearly benefit profile, interpolating within the year.
 * Throws #N/A (noPayback) when the cumulative value never covers the investment within the profile.
 */
export function paybackMonths(investment: readonly Dec[], benefits: readonly Dec[], rate: Dec): Dec {
  const result = walk(investment, benefits, rate);
  if (result.paidBackAt === null) throw noPayback(Math.max(investment.length, benefits.length));
  return result.paidBackAt;
}

/**
 * Payback in months from a constant yearly value V received every year without end.
 * Undiscounted and with one investment I: months = I / (V / 12). Discounted, the whole years
 * follow from the geometric series and the last year is interpolated. When the discounted series
 * can never reach the investment (rate > 0 and V / rate ≤ PV(investment)) the answer is #N/A
 * (noPayback): the cumulative value only approaches V / rate.
 */
export function paybackMonthsConstant(investment: readonly Dec[], yearlyValue: Dec, rate: Dec): Dec {
  const first = walk(
    investment,
    investment.map(() => yearlyValue),
    rate,
  );
  if (first.paidBackAt !== null) return first.paidBackAt;
  if (!yearlyValue.gt(0)) throw noPayback(null);
  if (!discountsNothing(rate) && rate.gt(0) && yearlyValue.div(rate).lte(investmentPresentValue(investment, rate))) throw noPayback(null);
  const years = investment.length;
  return TWELVE.times(years).plus(monthsToCover(first.position.neg(), yearlyValue, rate, years));
}

/**
 * Months after year `after` for the constant value V (year t discounted by (1 + r)^t, accruing
 * evenly within the year) to cover a discounted deficit D. With L = ln(1 + r), the first n years
 * after `after` bring S(n) = V (1 − e^(−nL)) / (r e^(after·L)); n* = −ln(1 − D r e^(after·L) / V) / L.
 * L, 1 − e^(−x) and ln(1 − y) are computed without forming 1 + r or 1 − y first (log1p, expm1), so a
 * rate of 1e−40, which is not zero at 40 digits but whose 1 + r keeps only one digit of it, is exact.
 */
function monthsToCover(deficit: Dec, value: Dec, rate: Dec, after: number): Dec {
  if (discountsNothing(rate)) return TWELVE.times(deficit).div(value);
  const L = log1p(rate);
  const scale = value.div(rate.times(L.times(after).exp()));
  const covered = (n: Dec): Dec => scale.times(expm1(L.times(n).neg()).neg());
  const y = deficit.div(scale);
  if (!y.lt(1)) throw noPayback(null);
  let whole = Dec.max(ZERO, log1p(y.neg()).neg().div(L).floor());
  // ln is rounded: step by whole years until S(whole) < D ≤ S(whole + 1) (bounded, to always end).
  for (let i = 0; i < 4 && whole.gt(0) && covered(whole).gte(deficit); i++) whole = whole.minus(1);
  for (let i = 0; i < 4 && covered(whole.plus(1)).lt(deficit); i++) whole = whole.plus(1);
  const yearValue = value.times(
    L.times(whole.plus(after + 1))
      .neg()
      .exp(),
  );
  return TWELVE.times(deficit.minus(covered(whole)).div(yearValue).plus(whole));
}

/** Below this size, ln(1 + x) and e^x − 1 are summed as series: no digit is lost to 1 + x. */
const SMALL = new Dec("1e-6");
const TERMS = 8; // |x| < 1e−6: the 8th term is below 1e−48 × |x|, beyond the 40 digits kept

/** ln(1 + x), accurate to the last digit also for tiny x. */
function log1p(x: Dec): Dec {
  if (x.abs().gte(SMALL)) return ONE.plus(x).ln();
  let sum = ZERO;
  let power = ONE;
  for (let k = 1; k <= TERMS; k++) {
    power = power.times(x);
    sum = k % 2 === 1 ? sum.plus(power.div(k)) : sum.minus(power.div(k));
  }
  return sum;
}

/** e^x − 1, accurate to the last digit also for tiny x. */
function expm1(x: Dec): Dec {
  if (x.abs().gte(SMALL)) return x.exp().minus(ONE);
  let sum = ZERO;
  let term = ONE;
  for (let k = 1; k <= TERMS; k++) {
    term = term.times(x).div(k);
    sum = sum.plus(term);
  }
  return sum;
}
