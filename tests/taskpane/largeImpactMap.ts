import type { FakeExcelOptions } from "../fakes";
import type { Scalar } from "../fakes/fakeWorkbook";
import { cellAddress } from "../../src/templates/kit/a1";
import { exampleCells } from "./analysisWriter";

/**
 * A large impact map for the fake Excel: the template's worked example (Swedish, its values as
 * Excel shows them) with its data rows repeated to `rows` rows, as plain values in a table named
 * SroiImpactMap on the sheet "Effektkarta", the summary under it as the template has it.
 */
export function largeImpactMapWorkbook(rows: number, displayLanguage = "sv-SE"): FakeExcelOptions {
  const cells = exampleCells("sv");
  const data = cells.body.filter((row) => row.some((v) => v !== ""));
  const body = Array.from({ length: rows }, (_, i) => data[i % data.length]);
  const top = cells.headerRow - 1; // 0-based sheet row of the header
  const seeded: Record<string, Scalar> = {};
  const put = (row: number, values: readonly unknown[]) =>
    values.forEach((value, column) => {
      if (value !== "" && value !== null && value !== undefined) seeded[cellAddress(row, column)] = value as Scalar;
    });
  put(top, cells.header);
  body.forEach((values, i) => put(top + 1 + i, values));
  cells.below.forEach((values, i) => put(top + 1 + rows + i, values));
  const range = `${cellAddress(top, 0)}:${cellAddress(top + rows, cells.header.length - 1)}`;
  return {
    displayLanguage,
    sheets: [{ name: cells.sheet, cells: seeded }],
    tables: [{ sheet: cells.sheet, range, name: "SroiImpactMap" }],
  };
}
