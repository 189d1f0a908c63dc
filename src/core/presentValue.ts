import { Dec, ONE, ZERO } from "./decimal";

/**
 * True when the rate discounts nothing at the core's precision: 1 + r rounds to 1 at 40 digits
 * (|r| below about 1e−40, e.g. 5e−324), so every discount factor is 1 and ln(1 + r) is 0. Such a
 * rate takes the undiscounted path everywhere, exactly as a rate of 0 does.
 */
export function discountsNothing(rate: Dec): boolean {
  return rate.isZero() || ONE.plus(rate).eq(ONE);
}

/**
 * Present value of yearly benefits received at the end of each year (Excel's NPV convention:
 * year 1 is discounted): PV = Σₜ valueₜ / (1 + r)^t.
 */
export function presentValue(values: readonly Dec[], rate: Dec): Dec {
  return discountedSum(values, rate, 1);
}

/**
 * Present value of an investment paid at the start of each year: year k is discounted by
 * (1 + r)^(k − 1), so a single amount is not discounted.
 */
export function investmentPresentValue(amounts: readonly Dec[], rate: Dec): Dec {
  return discountedSum(amounts, rate, 0);
}

/** Each year's value discounted to today, first year by (1 + r)^firstExponent. */
export function discountedValues(values: readonly Dec[], rate: Dec, firstExponent = 1): Dec[] {
  if (discountsNothing(rate)) return values.slice();
  const factor = ONE.plus(rate);
  let divisor = factor.pow(firstExponent);
  return values.map((v) => {
    const d = v.div(divisor);
    divisor = divisor.times(factor);
    return d;
  });
}

/**
 * Σᵢ valuesᵢ / (1 + r)^(i + firstExponent), by Horner's rule: (…(v₀g + v₁)g + …)/g^(n − 1 + firstExponent)
 * with g = 1 + r. One division instead of one per year: faster, and rounded once rather than n times.
 */
function discountedSum(values: readonly Dec[], rate: Dec, firstExponent: number): Dec {
  if (values.length === 0) return ZERO;
  if (discountsNothing(rate)) return values.reduce((acc, v) => acc.plus(v), ZERO);
  const factor = ONE.plus(rate);
  let acc = ZERO;
  for (const v of values) acc = acc.times(factor).plus(v);
  return acc.div(factor.pow(values.length - 1 + firstExponent));
}
