/** Fills used by the templates' conditional formats (#RRGGBB). */

/** A row or value that needs attention (a check shows a message). */
export const WARNING_FILL = "#F8CBAD";
/** A negative value (a loss). */
export const NEGATIVE_FILL = "#FCE4D6";
export const NEGATIVE_FONT = "#9C0006";

/** Risk zones by priority (probability × impact): strong when risks are there, pale when not. */
export const RISK_ZONE_FILLS = {
  high: { strong: "#F8696B", pale: "#F4CCCC" },
  medium: { strong: "#F4B183", pale: "#FBE5D6" },
  low: { strong: "#A9D08E", pale: "#E2EFDA" },
} as const;
