/** Fills used by the templates' conditional formats (#RRGGBB). */

/** A row or value that needs attention (a check shows a message). */
export const WARNING_FILL = "#F8CBAD";
/** A negative value (a loss). */
export const NEGATIVE_FILL = "#FCE4D6";
export const NEGATIVE_FONT = "#9C0006";
