import { applyImpactShares } from "./adjust";
import { Dec, ONE } from "./decimal";
import { readNonNegative, readNumber, readOptional, readShare, readYears } from "./validate";

/** One outcome as a spreadsheet row gives it; every field is validated by `parseOutcome`. */
export interface OutcomeInput {
  readonly quantity: unknown;
  readonly outcomeRate: unknown;
  readonly deadweight: unknown;
  readonly attribution: unknown;
  readonly displacement: unknown;
  readonly proxy: unknown;
  /** Benefit period in whole years; blank means 1. */
  readonly years?: unknown;
  /** Yearly drop-off from year 2; blank means 0. */
  readonly dropOff?: unknown;
}

/** A validated outcome. */
export interface Outcome {
  readonly quantity: Dec;
  readonly outcomeRate: Dec;
  readonly deadweight: Dec;
  readonly attribution: Dec;
  readonly displacement: Dec;
  readonly proxy: Dec;
  readonly years: number;
  readonly dropOff: Dec;
}

/** Validates an outcome; errors name the spreadsheet argument (quantity, outcome_rate, …). */
export function parseOutcome(input: OutcomeInput): Outcome {
  return {
    quantity: readNonNegative("quantity", input.quantity),
    outcomeRate: readShare("outcome_rate", input.outcomeRate),
    deadweight: readShare("deadweight", input.deadweight),
    attribution: readShare("attribution", input.attribution),
    displacement: readShare("displacement", input.displacement),
    proxy: readNumber("proxy", input.proxy),
    years: readOptional("years", input.years, 1, (a, v) => new Dec(readYears(a, v))).toNumber(),
    dropOff: readOptional("drop_off", input.dropOff, 0, readShare),
  };
}

/**
 * Year-1 value of an outcome:
 * quantity × outcome rate × (1 − deadweight) × (1 − attribution) × (1 − displacement) × proxy.
 * Seed 000: 80 × 0.7 × 0.8 × 0.95 × 0.9 × 15 000 = 574 560.
 */
export function yearOneValue(outcome: Outcome): Dec {
  return applyImpactShares(outcome.quantity.times(outcome.outcomeRate).times(outcome.proxy), outcome);
}

/**
 * Yearly values over the benefit period with drop-off d from year 2, compounding:
 * valueₜ = value₁ × (1 − d)^(t − 1), t = 1..years.
 */
export function valueProfile(outcome: Outcome): Dec[] {
  return applyDropOff(yearOneValue(outcome), outcome.dropOff, outcome.years);
}

/** value₁, value₁(1 − d), value₁(1 − d)², … for `years` years. */
export function applyDropOff(firstYear: Dec, dropOff: Dec, years: number): Dec[] {
  const keep = ONE.minus(dropOff);
  const profile: Dec[] = [];
  let value = firstYear;
  for (let t = 0; t < years; t++) {
    if (t > 0) value = value.times(keep);
    profile.push(value);
  }
  return profile;
}
