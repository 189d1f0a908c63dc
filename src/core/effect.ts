import { Dec } from "./decimal";
import { readNumber } from "./validate";

/**
 * Effect size against a comparison group: the target group's change minus the comparison
 * group's change. Seed 002: absence −30 % vs −12 % → −0.18 (18 percentage points fewer).
 */
export function effectSize(targetChange: unknown, comparisonChange: unknown): Dec {
  return readNumber("target_change", targetChange).minus(readNumber("comparison_change", comparisonChange));
}
