/** Evidence grades: optimism-bias adjusted figures, default spreads and over-claiming checks. */
export * from "./grades";
export * from "./optimism";
export * from "./spreads";
export * from "./warnings";
export * from "./names";
