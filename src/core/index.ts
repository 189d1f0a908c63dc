/** The SROI calculation core: pure functions on decimal.js, no Office, React or templates. */
export * from "./decimal";
export * from "./errors";
export * from "./language";
export * from "./messages";
export * from "./validate";
export * from "./series";
export * from "./adjust";
export * from "./outcome";
export * from "./presentValue";
export * from "./ratio";
export * from "./payback";
export * from "./effect";
export * from "./totals";
export * from "./rosenberg";
export * from "./impactMap";
export * from "./formulas";
