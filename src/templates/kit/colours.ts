import type { ConditionalFormatSpec } from "./model";

/** Fills used by the templates' conditional formats (#RRGGBB). */

/** A row or value that needs attention (a check shows a message). */
export const WARNING_FILL = "#F8CBAD";
/** A row that counts but carries a warning (an over-claim check): Excel's "neutral" amber, not an error's red. */
export const CAUTION_FILL = "#FFEB9C";
export const CAUTION_FONT = "#9C5700";
/** A negative value (a loss). */
const NEGATIVE_FILL = "#FCE4D6";
const NEGATIVE_FONT = "#9C0006";

/** Risk zones by priority (probability × impact): strong when risks are there, pale when not. */
export const RISK_ZONE_FILLS = {
  high: { strong: "#F8696B", pale: "#F4CCCC" },
  medium: { strong: "#F4B183", pale: "#FBE5D6" },
  low: { strong: "#A9D08E", pale: "#E2EFDA" },
} as const;

/** Losses shaded red: numbers below 0 in `range`, whose top-left cell is `topLeft` (relative, so the rule moves per cell). */
export function negativeShading(range: string, topLeft: string): ConditionalFormatSpec {
  return { type: "formula", range, formula: `=AND(ISNUMBER(${topLeft}),${topLeft}<0)`, fill: NEGATIVE_FILL, fontColor: NEGATIVE_FONT };
}
