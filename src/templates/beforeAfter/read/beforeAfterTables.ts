import { ACTORS, RATE_KEYS, SITUATIONS } from "../../../core/actors";
import type { Language } from "../../../core/language";
import type { BeforeAfterTableKind } from "../../kit";
import { Bounds, parseRange } from "../../kit";
import { beforeAfterTemplate } from "../beforeAfter";
import { BA } from "../beforeAfterLayout";
import { readsAs } from "../../kit";
import { beforeAfterTableName } from "../../kit";
import type { SheetSpec } from "../../kit";
import { DEFAULT_OPTIONS } from "../../kit";
import type { Text } from "../../kit";

/**
 * The before/after template's tables as a reader finds them again: their names, their size in the
 * template, and for the tables with fixed rows the label each row carries in its first column, in
 * either language. Everything comes from the template as built, so the labels exist once.
 */

/** Every table of the before/after sheet, in the order the sheet shows them. */
export const BEFORE_AFTER_TABLES: readonly BeforeAfterTableKind[] = [
  "settings",
  "rates",
  "groups",
  "situations",
  "resources",
  "payers",
  "summary",
];

/** The tables whose rows are fixed and recognised by their label. */
export type FixedTable = "settings" | "rates" | "situations" | "payers" | "summary";

/** The rows of the settings table. */
const SETTINGS_ROWS = ["horizon", "deadweight", "discountRate", "cost"] as const;
export type SettingsRow = (typeof SETTINGS_ROWS)[number];

/** Each fixed table's row keys with the 0-based sheet row the template puts them on. */
const FIXED_ROWS: Readonly<Record<FixedTable, readonly (readonly [string, number])[]>> = {
  settings: SETTINGS_ROWS.map((key) => [key, BA.settings[key]]),
  rates: RATE_KEYS.map((key) => [key, BA.rates[key]]),
  situations: SITUATIONS.map((key, i) => [key, BA.situations.first + i]),
  payers: ACTORS.map((key, i) => [key, BA.payers.first + i]),
  summary: ACTORS.map((key, i) => [key, BA.summary.first + i]),
};

const sheets = new Map<Language, SheetSpec>();

function templateSheet(language: Language): SheetSpec {
  let sheet = sheets.get(language);
  if (sheet === undefined) {
    sheet = beforeAfterTemplate.build({ ...DEFAULT_OPTIONS, language }, {})[0];
    sheets.set(language, sheet);
  }
  return sheet;
}

/** Where the template puts a table: its header row and data rows (0-based, inclusive). */
export function templateTableBounds(kind: BeforeAfterTableKind): Bounds {
  const spec = templateSheet("en").tables.find((t) => t.name === beforeAfterTableName(kind));
  if (spec === undefined) throw new RangeError(`The before/after template has no table ${beforeAfterTableName(kind)}`);
  return parseRange(spec.range);
}

/** How many columns the table has in the template. */
export function templateTableWidth(kind: BeforeAfterTableKind): number {
  const b = templateTableBounds(kind);
  return b.right - b.left + 1;
}

/** The keys of a fixed table's rows, in the template's order. */
export function fixedRowKeys(table: FixedTable): readonly string[] {
  return FIXED_ROWS[table].map(([key]) => key);
}

/** The label the template writes in the first column of a fixed row (the table's), in a language. */
export function fixedRowLabel(table: FixedTable, key: string, language: Language): string {
  const row = FIXED_ROWS[table].find(([k]) => k === key);
  if (row === undefined) throw new RangeError(`No row ${key} in the ${table} table`);
  const value = templateSheet(language).grid[row[1]]?.[templateTableBounds(table).left]?.value;
  return typeof value === "string" ? value : "";
}

/**
 * The index of each fixed row among a table's data rows, found by the label in its first column
 * (in either language; case and spacing do not matter). A row that is not found is absent; of
 * repeated labels the first counts.
 */
export function findFixedRows(table: FixedTable, body: readonly (readonly unknown[])[]): Partial<Record<string, number>> {
  const found: Partial<Record<string, number>> = {};
  for (const key of fixedRowKeys(table)) {
    const label: Text = { en: fixedRowLabel(table, key, "en"), sv: fixedRowLabel(table, key, "sv") };
    const index = body.findIndex((row) => typeof row[0] === "string" && readsAs(row[0], label));
    if (index >= 0) found[key] = index;
  }
  return found;
}
