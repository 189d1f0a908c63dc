/**
 * The fake Excel for tests: see fakeExcel.ts (behaviour) and fakeSnapshot.ts (final state as data).
 * A formula calculator is injected (FakeExcelOptions.calculate); the HyperFormula one is imported
 * from fakeCalculation.ts directly, so that the fake itself needs no formula engine.
 */
export { FakeExcel } from "./fakeExcel";
export type { FakeExcelOptions, OfficeStub, SeedSheet } from "./fakeExcel";
export type { Calculation, CalculationCell, CalculationInput, FakeCalculator } from "./fakeCalculator";
export { FakeOfficeError } from "./fakeErrors";
export type { FakeErrorCode } from "./fakeErrors";
export type { FakeUser } from "./fakeUser";
export { snapshotSheetNamed, snapshotWorkbook } from "./fakeSnapshot";
export type { CellSnapshot, CellStyleSnapshot, SheetSnapshot, WorkbookSnapshot } from "./fakeSnapshot";
export type { ChartDatum, ChartSnapshot, SeriesSnapshot } from "./fakeChartSnapshot";
