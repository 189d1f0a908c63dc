/**
 * Stands in for office.js in the browser test: the test serves this bundle at office.js's hosted
 * URL. It defines `Office` and `Excel` backed by the fake Excel, configured from
 * `window.__SROI_FAKE_OPTIONS` (set by the test before the page loads; plain data, so the
 * calculator is added here: formulas are always calculated with HyperFormula), and exposes the
 * fake's state as `window.__SROI_FAKE` for the test to read (and `user`, to edit the workbook as a person would; `selection`, the cell last selected).
 */
import { FakeExcel, FakeExcelOptions, snapshotWorkbook } from "../fakes";
import { hyperFormulaCalculator } from "../fakes/fakeCalculation";

declare global {
  interface Window {
    __SROI_FAKE_OPTIONS?: FakeExcelOptions;
    __SROI_FAKE?: {
      snapshot: () => ReturnType<typeof snapshotWorkbook>;
      syncs: () => number;
      runs: () => number;
      user: FakeExcel["user"];
      selection: () => FakeExcel["selection"];
    };
  }
}

const fake = new FakeExcel({ ...(window.__SROI_FAKE_OPTIONS ?? {}), calculate: hyperFormulaCalculator });
fake.install(window as unknown as Record<string, unknown>);
window.__SROI_FAKE = {
  snapshot: () => snapshotWorkbook(fake),
  syncs: () => fake.syncs,
  runs: () => fake.runs,
  user: fake.user,
  selection: () => fake.selection,
};
