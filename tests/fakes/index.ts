/** The fake Excel for tests: see fakeExcel.ts (behaviour) and fakeSnapshot.ts (final state as data). */
export { FakeExcel } from "./fakeExcel";
export type { FakeExcelOptions, OfficeStub, SeedSheet } from "./fakeExcel";
export { FakeOfficeError } from "./fakeErrors";
export type { FakeErrorCode } from "./fakeErrors";
export { snapshotSheetNamed, snapshotWorkbook } from "./fakeSnapshot";
export type { CellSnapshot, CellStyleSnapshot, SheetSnapshot, WorkbookSnapshot } from "./fakeSnapshot";
