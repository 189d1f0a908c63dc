import { Dec, ONE } from "./decimal";
import { readNumber, readOptional, readShare } from "./validate";

/** The shares that reduce an outcome to the part the activity caused. */
export interface ImpactShares {
  readonly deadweight: Dec;
  readonly attribution: Dec;
  readonly displacement: Dec;
}

/** amount × (1 − deadweight) × (1 − attribution) × (1 − displacement). */
export function applyImpactShares(amount: Dec, shares: ImpactShares): Dec {
  return amount.times(ONE.minus(shares.deadweight)).times(ONE.minus(shares.attribution)).times(ONE.minus(shares.displacement));
}

/**
 * Adjusts an amount (a saving, a value) for deadweight, attribution and displacement:
 * amount × (1 − deadweight) × (1 − attribution) × (1 − displacement).
 * Seed 000 "Alla barn i skolan": 11.6 MSEK, 25 %, 0 %, 10 % → 7.83 MSEK.
 */
export function adjust(amount: unknown, deadweight: unknown, attribution?: unknown, displacement?: unknown): Dec {
  const base = readNumber("amount", amount);
  const shares: ImpactShares = {
    deadweight: readShare("deadweight", deadweight),
    attribution: readOptional("attribution", attribution, 0, readShare),
    displacement: readOptional("displacement", displacement, 0, readShare),
  };
  return applyImpactShares(base, shares);
}
