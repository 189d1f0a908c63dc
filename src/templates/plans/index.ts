/** The plans family's public surface: what code outside src/templates/plans may import. */
export * from "./collaborationPlan";
export * from "./logicModels";
export * from "./measurementPlan";
export * from "./stakeholders";
