/**
 * Published addresses of the cost sheet, for links from other sheets (the impact map's
 * investment). The grand total stays at the same cell whatever the number of years.
 */

/** Row (0-based) of the cost sheet's key figures. */
export const COST_SUMMARY_ROW = 2;

/** The cost sheet's grand total, all items and all years: 'Kostnadskalkyl'!$B$3. */
export const COST_GRAND_TOTAL = "$B$3";
