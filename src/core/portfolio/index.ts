/**
 * Choosing and balancing social investments (seed 002, section 4): weighted scores and ranks of
 * candidates, and the chosen portfolio's totals, ratio and balance. Pure functions on the decimal core.
 */
export * from "./names";
export * from "./scores";
export * from "./portfolio";
export * from "./problems";
