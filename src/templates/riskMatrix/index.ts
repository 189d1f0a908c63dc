/** The riskMatrix family's public surface: what code outside src/templates/riskMatrix may import. */
export * from "./riskMatrix";
export { RISK_EXAMPLE, riskExampleRows } from "./riskExample";
