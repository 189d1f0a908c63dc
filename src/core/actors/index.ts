/**
 * Before/after per actor (seed 004): who gains when a participant moves toward work or study.
 * Transfers (benefits, income taxes) move money between the public actors and the individual and
 * cancel for society; society gains from production (wage + employer fees) and from less resource
 * use. Pure functions on the decimal core.
 */
export * from "./actors";
export * from "./choices";
export * from "./names";
export * from "./rates";
export * from "./model";
export * from "./parse";
export * from "./problems";
export * from "./flows";
export * from "./evaluate";
