/**
 * Analyses of an impact map on the decimal core: sensitivity (tornado) and break-even. Pure functions; the taskpane reads the map and writes the results.
 */
export * from "./assumptions";
export * from "./names";
export * from "./valuation";
export * from "./tornado";
export * from "./solve";
export * from "./families";
export * from "./breakEven";
