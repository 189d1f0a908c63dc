/** Prices: the shipped KPI, price-year conversion and the unit-cost library. */
export * from "./kpi";
export * from "./priceIndex";
export * from "./unitCostLibrary";
export * from "./real";
export * from "./libraryText";
export * from "./librarySearch";
