/** The kit family's public surface: what code outside src/templates/kit may import. */
export * from "./a1";
export * from "./cells";
export * from "./chartModel";
export * from "./colours";
export * from "./labels";
export * from "./lists";
export * from "./model";
export * from "./options";
export * from "./sheetBuilder";
export * from "./sheetCells";
export * from "./sheetNames";
export * from "./sheetTitles";
export * from "./tableNames";
export * from "./text";
export * from "./textTable";
export * from "./validation";
