/** The prices family's public surface: the KPI sheet and the price-year formulas. */
export * from "./kpiSheet";
export * from "./priceFormulas";
