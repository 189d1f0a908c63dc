/** The impactMap family's public surface: what code outside src/templates/impactMap may import. */
export * from "./impactColumns";
export * from "./impactMap";
export * from "./impactSummary";
export * from "./read/impactRead";
export * from "./read/impactReadMessages";
export * from "./impactLayout";
export * from "./impactEvidence";
export * from "./impactWarnings";
export * from "./printView";
export * from "./printLayout";
