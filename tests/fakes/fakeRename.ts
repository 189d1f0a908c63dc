import { MAX_COLUMNS, columnNumber } from "./fakeAddress";
import type { FakeExcel } from "./fakeExcel";
import { FakeSheet, SHEET_REFERENCE, checkSheetName } from "./fakeWorkbook";

/**
 * Renaming a sheet as Excel does: the name is checked like a new one (a change of case only is
 * allowed), and every reference to the sheet follows — in cell formulas on every sheet, defined
 * names, validation rules and conditional formats. The new name is written quoted unless it is
 * a plain name (letters, digits, _ and ., not starting with a digit, not like a cell address).
 */
export function renameSheet(excel: FakeExcel, sheet: FakeSheet, name: string): void {
  checkSheetName(
    name,
    excel.sheets.filter((s) => s !== sheet).map((s) => s.name),
  );
  const old = sheet.name;
  const rewrite = (formula: string) => renamedReferences(formula, old, name);
  sheet.name = name;
  for (const s of excel.sheets) {
    for (const cell of s.cells.values()) if (cell.formula !== undefined) cell.formula = rewrite(cell.formula);
    for (const format of s.conditionalFormats) if (format.formula !== undefined) format.formula = rewrite(format.formula);
    for (const validation of s.validations) if (validation.rule) validation.rule = rewriteStrings(validation.rule, rewrite);
  }
  for (const n of excel.names) n.formula = rewrite(n.formula);
}

/** How a formula names the sheet: Data!, 'Cost sheet'!, 'It''s'!. */
function sheetToken(name: string): string {
  const cellLike = /^([A-Za-z]{1,3})\d+$/.exec(name);
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !(cellLike && columnNumber(cellLike[1]) < MAX_COLUMNS) && !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The formula with references to sheet `from` pointing at `to` (text in quotes untouched). */
function renamedReferences(formula: string, from: string, to: string): string {
  const lower = from.toLocaleLowerCase();
  return formula.replace(SHEET_REFERENCE, (match: string, quoted?: string, plain?: string) => {
    const name = quoted !== undefined ? quoted.replace(/''/g, "'") : plain;
    return name !== undefined && name.toLocaleLowerCase() === lower ? `${sheetToken(to)}!` : match;
  });
}

/** A copy of a rule object with every string starting with "=" rewritten. */
function rewriteStrings(rule: Record<string, unknown>, rewrite: (formula: string) => string): Record<string, unknown> {
  const walk = (value: unknown): unknown => {
    if (typeof value === "string") return value.startsWith("=") ? rewrite(value) : value;
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  return walk(rule) as Record<string, unknown>;
}
