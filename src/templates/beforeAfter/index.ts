/** The beforeAfter family's public surface: what code outside src/templates/beforeAfter may import. */
export * from "./beforeAfter";
export * from "./read/beforeAfterCompare";
export * from "./read/beforeAfterRead";
export * from "./read/beforeAfterSheetCells";
export * from "./read/beforeAfterTables";
export { BA } from "./beforeAfterLayout";
