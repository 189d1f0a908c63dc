/** The decisionSummary family's public surface: what code outside src/templates/decisionSummary may import. */
export * from "./decisionSummary";
