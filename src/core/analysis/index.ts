/**
 * Analyses of an impact map on the decimal core: sensitivity (tornado), break-even and Monte Carlo
 * uncertainty. Pure functions; the taskpane reads the map and writes the results.
 */
export * from "./assumptions";
export * from "./names";
export * from "./valuation";
export * from "./tornado";
export * from "./solve";
export * from "./families";
export * from "./breakEven";
export * from "./random";
export * from "./random64";
export * from "./distributions";
export * from "./uncertainty";
export * from "./runValuer";
export * from "./statistics";
export * from "./monteCarlo";
export * from "./ranges";
export * from "./analysis";
export * from "./kernel/floatRuns";
export * from "./simulate";
export * from "./mapValuer";
export * from "./kernel/floatFamily";
export * from "./kernel/floatSearch";
