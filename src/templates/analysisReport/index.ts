/** The analysisReport family's public surface: what code outside src/templates/analysisReport may import. */
export * from "./assumptionText";
export * from "./checkCode";
export * from "./report";
export { AT as ANALYSIS_TEXT } from "./analysisText";
