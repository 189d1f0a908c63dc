import type { Language } from "../../core/language";
import { cellAddress, columnLetter, sheetRef } from "./a1";
import { header, help, input, title } from "./cells";
import type { SheetNames, SheetSpec, TemplateOptions } from "./model";
import { SheetBuilder } from "./sheetBuilder";
import { addGradeTable, GRADE_LIST_COLUMN, GRADE_LIST_WIDTHS } from "./gradeList";
import { LIST_HEADER_ROW } from "./listRows";
import { nameOf } from "./sheetTitles";
import { pick, Text, tx } from "./text";

/**
 * The lists sheet: the choices offered in drop-downs (payers, cost categories, dimensions,
 * comparison alternatives), one editable column each, shared by every template of an action.
 */

export type ListKind = "payers" | "categories" | "dimensions" | "comparisons";

interface ListDef {
  readonly header: Text;
  readonly column: number;
  /** Rows offered, filled ones first; the rest are blank room for the user's own entries. */
  readonly rows: number;
  readonly items: readonly Text[];
  readonly width: number;
  readonly table: string;
}

export const LISTS: Readonly<Record<ListKind, ListDef>> = {
  payers: {
    header: tx("Payer / beneficiary", "Betalare / mottagare"),
    column: 0,
    rows: 12,
    width: 22,
    table: "SroiListPayers",
    items: [
      tx("Municipality", "Kommun"),
      tx("Region", "Region"),
      tx("Försäkringskassan", "Försäkringskassan"),
      tx("Arbetsförmedlingen", "Arbetsförmedlingen"),
      tx("Samordningsförbund", "Samordningsförbund"),
      tx("The individual", "Individen"),
      tx("Other", "Övrig"),
    ],
  },
  categories: {
    header: tx("Cost category", "Kostnadskategori"),
    column: 2,
    rows: 8,
    width: 18,
    table: "SroiListCategories",
    items: [tx("Staff", "Personal"), tx("Materials", "Material"), tx("Premises", "Lokaler"), tx("Other costs", "Övrigt")],
  },
  dimensions: {
    header: tx("Dimension", "Dimension"),
    column: 4,
    rows: 6,
    width: 14,
    table: "SroiListDimensions",
    items: [tx("Economic", "Ekonomisk"), tx("Social", "Social"), tx("Environmental", "Miljömässig")],
  },
  comparisons: {
    header: tx("Comparison alternative", "Jämförelsealternativ"),
    column: 6,
    rows: 10,
    width: 32,
    table: "SroiListComparisons",
    items: [
      tx("RCT (randomised controlled trial)", "RCT (randomiserad kontrollerad studie)"),
      tx("Matching", "Matchning"),
      tx("Generic control", "Generisk kontroll"),
      tx("Shadow control (expert judgement)", "Skuggkontroll (expertbedömning)"),
      tx("Before and after", "Före-efter-mätning"),
      tx("Historical control", "Historisk kontroll"),
      tx("Wait-list control", "Väntelistekontroll"),
    ],
  },
};

export { LIST_HEADER_ROW } from "./listRows";

const T = {
  title: tx("Lists for the drop-downs", "Listor för rullgardinsmenyerna"),
  help: tx(
    "The drop-down lists in the other sheets read their choices from here. Rename a choice or add your own in the blank cells below each list; choices already picked elsewhere keep their old text.",
    "Rullgardinsmenyerna på de andra bladen hämtar sina val härifrån. Byt namn på ett val eller lägg till egna i de tomma cellerna under varje lista; val som redan gjorts behåller sin gamla text.",
  ),
};

/** The list's item texts in a language. */
export function listItems(kind: ListKind, language: Language): string[] {
  return LISTS[kind].items.map((item) => pick(item, language));
}

/** Absolute address of the i-th (0-based) row of a list on the lists sheet, e.g. "$A$5". */
export function listCell(kind: ListKind, index: number): string {
  return cellAddress(LIST_HEADER_ROW + 1 + index, LISTS[kind].column, true);
}

/** The validation source of a list: "='Listor'!$A$5:$A$16". */
export function listSource(kind: ListKind, names: SheetNames, language: Language): string {
  const def = LISTS[kind];
  const col = columnLetter(def.column);
  const first = LIST_HEADER_ROW + 2;
  return `=${sheetRef(nameOf("lists", names, language), `$${col}$${first}:$${col}$${first + def.rows - 1}`)}`;
}

/** Builds the lists sheet. */
export function buildListsSheet(options: TemplateOptions, names: SheetNames): SheetSpec {
  const { language } = options;
  const sheet = new SheetBuilder("lists", nameOf("lists", names, language), "#7F7F7F");
  sheet.put(0, 0, title(pick(T.title, language))).put(1, 0, help(pick(T.help, language)));
  const widths: number[] = [];
  for (const def of Object.values(LISTS)) {
    sheet.put(LIST_HEADER_ROW, def.column, header(pick(def.header, language)));
    for (let i = 0; i < def.rows; i++) {
      const item = def.items[i];
      sheet.put(LIST_HEADER_ROW + 1 + i, def.column, input("text", item === undefined ? undefined : pick(item, language)));
    }
    sheet.table(def.table, LIST_HEADER_ROW, def.column, LIST_HEADER_ROW + def.rows, def.column, "TableStyleLight1");
    widths[def.column] = def.width;
    widths[def.column + 1] = 3;
  }
  addGradeTable(sheet, language);
  GRADE_LIST_WIDTHS.forEach((w, k) => (widths[GRADE_LIST_COLUMN + k] = w));
  return sheet
    .columnWidths(Array.from(widths, (w) => w ?? 3))
    .freeze(LIST_HEADER_ROW + 1)
    .build();
}
