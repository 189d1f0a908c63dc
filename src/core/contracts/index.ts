/**
 * Outcome contracts (utfallskontrakt, seed 001): payments by validated outcome with a cumulative
 * cap, the commissioner's net and its present value, the investor's flows, IRR, money multiple,
 * share at risk and break-even achievement. Pure functions on the decimal core.
 */
export * from "./names";
export * from "./irr";
export * from "./model";
export * from "./contract";
export * from "./problems";
