import type { Language } from "../../core/language";
import { LANGUAGES } from "../../core/language";
import type { Text } from "../../core/i18n";
import { libraryItemName, sourceLine } from "../../core/prices/libraryText";
import type { LibraryEntry } from "../../core/prices/unitCostLibrary";
import { COST_ITEM_HEADERS } from "../../templates/costSheet";
import { IMPACT_INPUTS } from "../../templates/impactMap";
import { COST_ITEMS_TABLE, IMPACT_TABLE } from "../../templates/kit";
import type { CellValue, FilledCell, UnitCostTargetKind } from "../../workbook/ports";
import { claimedFrom } from "./uniqueNames";

/**
 * What inserting a unit cost writes, worked out from what was read (pure; insertUnitCost.ts does
 * the reading and writing). Columns are found by the headers the templates give them, in either
 * language, so moved columns and a map in the other language are found; the sheet's language is
 * the language its headers are in, and the texts written follow it.
 */

type ColumnId = "proxy" | "proxyYear" | "proxySource" | "unitCostItem" | "unit" | "ownUnitCost" | "unitCost";

const impactHeader = (id: string): Text => {
  const column = IMPACT_INPUTS.find((c) => c.id === id);
  if (!column) throw new RangeError(`no impact-map column "${id}"`);
  return column.header;
};

/** The columns each target needs, by the header its template gives them. */
const COLUMNS: Readonly<Record<UnitCostTargetKind, Partial<Record<ColumnId, Text>>>> = {
  impactMap: { proxy: impactHeader("proxy"), proxyYear: impactHeader("proxyYear"), proxySource: impactHeader("proxySource") },
  costSheet: COST_ITEM_HEADERS,
};

/** The kind of target a table of the add-in's is, by its name ("SroiImpactMap_2" → impactMap). */
export function targetOfTable(name: string): UnitCostTargetKind | undefined {
  if (claimedFrom(IMPACT_TABLE, name)) return "impactMap";
  if (claimedFrom(COST_ITEMS_TABLE, name)) return "costSheet";
  return undefined;
}

const same = (a: CellValue | undefined, b: string): boolean =>
  typeof a === "string" && a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

export type TargetColumns =
  | {
      readonly ok: true;
      readonly language: Language;
      readonly index: Readonly<Partial<Record<ColumnId, number>>>;
      readonly headers: readonly CellValue[];
    }
  | { readonly ok: false; readonly missing: readonly Text[] };

/** The 0-based table columns of the target's columns, and the sheet's language, from the header row. */
export function targetColumns(kind: UnitCostTargetKind, header: readonly CellValue[]): TargetColumns {
  const wanted = Object.entries(COLUMNS[kind]) as [ColumnId, Text][];
  const votes: Record<Language, number> = { en: 0, sv: 0 };
  const index: Partial<Record<ColumnId, number>> = {};
  const missing: Text[] = [];
  for (const [id, text] of wanted) {
    const found = LANGUAGES.map((l) => ({ l, at: header.findIndex((h) => same(h, text[l])) })).filter((f) => f.at >= 0);
    if (found.length === 0) missing.push(text);
    else {
      index[id] = found[0].at;
      for (const f of found) votes[f.l]++;
    }
  }
  if (missing.length > 0) return { ok: false, missing };
  return { ok: true, language: votes.en > votes.sv ? "en" : "sv", index, headers: header };
}

/**
 * The unit-cost list a cost-sheet row picks from, from its "Unit cost used" formula:
 * `…MATCH($D7,'Enhetskostnader'!$A$7:$A$52,0)…` → sheet "Enhetskostnader", range "$A$7:$A$52".
 */
export function unitCostList(formula: CellValue | undefined): { readonly sheet: string; readonly range: string } | undefined {
  if (typeof formula !== "string") return undefined;
  const match = /MATCH\(\s*\$?[A-Z]{1,3}\$?\d+\s*[,;]\s*('(?:[^']|'')+'|[\p{L}\p{N}_.]+)!(\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+)/iu.exec(
    formula,
  );
  if (!match) return undefined;
  const quoted = match[1].startsWith("'");
  return { sheet: quoted ? match[1].slice(1, -1).replace(/''/g, "'") : match[1], range: match[2] };
}

/** The name the entry has in a unit-cost list (in either language, as the list spells it), if it is there. */
export function nameInList(entry: LibraryEntry, names: readonly CellValue[]): string | undefined {
  for (const language of LANGUAGES) {
    const wanted = libraryItemName(entry, language);
    const found = names.find((n) => same(n, wanted));
    if (typeof found === "string") return found;
  }
  return undefined;
}

/** A planned cell: its table column and what it gets ("" clears it). */
export interface PlannedCell {
  readonly column: number;
  readonly next: string | number;
}

/** What the row gets: on an impact map the proxy, its price year and source; on a cost sheet the list name and unit, the own cost cleared. */
export function plannedCells(
  kind: UnitCostTargetKind,
  entry: LibraryEntry,
  columns: Extract<TargetColumns, { ok: true }>,
  listName: string | undefined,
): PlannedCell[] {
  const { language, index } = columns;
  const at = (id: ColumnId): number => index[id] as number;
  if (kind === "impactMap") {
    const source = `${libraryItemName(entry, language)}, ${entry.unit[language]}: ${sourceLine(entry.source, language)}`;
    return [
      { column: at("proxy"), next: entry.value },
      { column: at("proxyYear"), next: entry.year },
      { column: at("proxySource"), next: source },
    ];
  }
  return [
    { column: at("unitCostItem"), next: listName ?? libraryItemName(entry, language) },
    { column: at("unit"), next: entry.unit[language] },
    { column: at("ownUnitCost"), next: "" },
  ];
}

/** True when a cell holding `formula` already holds `next` (so writing it changes nothing); the number 2019, not the text "2019". */
export function holds(formula: CellValue, next: string | number): boolean {
  if (typeof next === "number") return formula === next;
  return String(formula) === next;
}

/** Blank: nothing typed and no formula. */
export function isBlank(formula: CellValue): boolean {
  return formula === "";
}

/** Whether the filled cells now are exactly the ones confirmed (same addresses, same contents). */
export function sameAsConfirmed(
  filled: readonly FilledCell[],
  sheet: string,
  confirmed: { readonly sheet: string; readonly cells: readonly Pick<FilledCell, "address" | "formula">[] },
): boolean {
  if (confirmed.sheet !== sheet || confirmed.cells.length !== filled.length) return false;
  return filled.every((cell, i) => cell.address === confirmed.cells[i].address && cell.formula === confirmed.cells[i].formula);
}
