/**
 * The fake Excel for tests: see fakeExcel.ts (behaviour) and fakeSnapshot.ts (final state as data).
 * A formula calculator is injected (FakeExcelOptions.calculate); the HyperFormula one is imported
 * from fakeCalculation.ts directly, so that the fake itself needs no formula engine.
 */
export { FakeExcel } from "./fakeExcel";
export type { FakeExcelOptions } from "./fakeExcel";
export { FakeOfficeError } from "./fakeErrors";
export { snapshotSheetNamed, snapshotWorkbook } from "./fakeSnapshot";
export type { SheetSnapshot, WorkbookSnapshot } from "./fakeSnapshot";
