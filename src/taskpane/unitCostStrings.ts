import { Bilingual, byLanguage, quote, tx } from "../core/i18n";
import { Dec } from "../core/decimal";
import type { Language } from "../core/language";
import type { LibraryEntry } from "../core/prices/unitCostLibrary";
import type { NotTargetReason, UnitCostTargetKind } from "../workbook/ports";
import { formatDecimal, formatWhole } from "./numberFormat";

/** Every text of "Insert a unit cost" in the pane, in English and Swedish. */
export interface UnitCostStrings {
  readonly heading: string;
  readonly intro: string;
  readonly localFirst: string;
  readonly search: string;
  readonly searchHint: string;
  readonly results: string;
  readonly count: (shown: number, all: number) => string;
  readonly none: string;
  readonly priceYear: (year: number) => string;
  readonly rate: string;
  readonly chooseFirst: string;
  readonly includes: string;
  readonly source: string;
  readonly insert: string;
  readonly inserting: string;
  readonly insertedTitle: (row: number, sheet: string) => string;
  readonly cleared: string;
  readonly alreadyTitle: string;
  readonly already: (row: number, sheet: string) => string;
  readonly confirmTitle: string;
  readonly confirmIntro: (count: number, row: number, sheet: string) => string;
  readonly changedIntro: (row: number, sheet: string) => string;
  readonly overwrite: string;
  readonly cancel: string;
  readonly cancelled: string;
  readonly cellChange: (column: string, address: string, now: string, next: string) => string;
  readonly targetName: Readonly<Record<UnitCostTargetKind, string>>;
  readonly notTargetTitle: string;
  readonly notTarget: (reason: NotTargetReason, sheet: string, address: string) => string;
  readonly unitMismatchTitle: string;
  readonly unitMismatch: (name: string, figure: string) => string;
  readonly columnsMissingTitle: string;
  readonly columnsMissing: (sheet: string, columns: string) => string;
  readonly notInListTitle: string;
  readonly notInList: (name: string, list: string | undefined) => string;
  readonly protectedTitle: string;
  readonly protected: (sheet: string) => string;
  readonly unknownTitle: string;
  readonly unknown: string;
}

const q = (text: string) => quote(text, "en");
const qs = (text: string) => quote(text, "sv");

const TEXTS: Bilingual<UnitCostStrings> = {
  heading: tx("Insert a unit cost", "Infoga en enhetskostnad"),
  intro: tx(
    "Select a row of an impact map or of the cost sheet's cost items in Excel, find a figure here and insert it. An impact-map row takes it as its financial proxy, with its price year and source; a cost-sheet row picks it from the unit-cost sheet, which converts it to the price base year.",
    "Markera en rad i en effektkarta eller bland kostnadskalkylens kostnadsposter i Excel, sök fram en siffra här och infoga den. En rad i effektkartan får den som finansiell proxy, med prisår och källa; en rad i kostnadskalkylen väljer den från bladet med enhetskostnader, som räknar om den till prisbasåret.",
  ),
  localFirst: tx(
    "These are national figures: where you have your own municipality's or region's, use those instead.",
    "Det här är nationella siffror: har ni er egen kommuns eller regions, använd dem i stället.",
  ),
  search: tx("Search the unit-cost library", "Sök i biblioteket med enhetskostnader"),
  searchHint: tx(
    "Name, unit, year or source, e.g. “prison”, “per day”, “2024”",
    "Namn, enhet, år eller källa, t.ex. ”anstalt”, ”per dag”, ”2024”",
  ),
  results: tx("Unit costs", "Enhetskostnader"),
  count: (shown, all) =>
    tx(
      shown === all ? `All ${all} figures` : `${shown} of ${all} figures match`,
      shown === all ? `Alla ${all} siffror` : `${shown} av ${all} siffror passar`,
    ),
  none: tx("No figure matches. Try fewer or shorter words.", "Ingen siffra passar. Prova färre eller kortare ord."),
  priceYear: (year) => tx(`price year ${year}`, `prisår ${year}`),
  rate: tx("a rate, not an amount: cannot be inserted", "en sats, inget belopp: kan inte infogas"),
  chooseFirst: tx("Choose a figure in the list first.", "Välj först en siffra i listan."),
  includes: tx("What it includes", "Vad som ingår"),
  source: tx("Source", "Källa"),
  insert: tx("Insert into the selected row", "Infoga i markerad rad"),
  inserting: tx("Inserting…", "Infogar…"),
  insertedTitle: (row, sheet) => tx(`Inserted into row ${row} of ${q(sheet)}`, `Infogat i rad ${row} på ${qs(sheet)}`),
  cleared: tx("(cleared)", "(tömd)"),
  alreadyTitle: tx("Already there", "Finns redan"),
  already: (row, sheet) =>
    tx(
      `Row ${row} of ${q(sheet)} already holds this figure; nothing needed changing.`,
      `Rad ${row} på ${qs(sheet)} har redan den här siffran; inget behövde ändras.`,
    ),
  confirmTitle: tx("Overwrite filled cells?", "Skriva över ifyllda celler?"),
  confirmIntro: (count, row, sheet) =>
    tx(
      `Row ${row} of ${q(sheet)} already has ${count === 1 ? "a value in this cell" : "values in these cells"}. Overwrite?`,
      `Rad ${row} på ${qs(sheet)} har redan ${count === 1 ? "ett värde i den här cellen" : "värden i de här cellerna"}. Skriva över?`,
    ),
  changedIntro: (row, sheet) =>
    tx(
      `The cells changed after you were asked (or another row is selected), so nothing was written. Row ${row} of ${q(sheet)} now holds:`,
      `Cellerna ändrades efter frågan (eller så är en annan rad markerad), så inget skrevs. Rad ${row} på ${qs(sheet)} innehåller nu:`,
    ),
  overwrite: tx("Overwrite", "Skriv över"),
  cancel: tx("Cancel", "Avbryt"),
  cancelled: tx("Nothing was inserted.", "Inget infogades."),
  cellChange: (column, address, now, next) => tx(`${column} (${address}): ${now} → ${next}`, `${column} (${address}): ${now} → ${next}`),
  targetName: {
    impactMap: tx("impact map", "effektkarta"),
    costSheet: tx("cost sheet", "kostnadskalkyl"),
  },
  notTargetTitle: tx("Select a row of an impact map or a cost sheet", "Markera en rad i en effektkarta eller kostnadskalkyl"),
  notTarget: (reason, sheet, address) =>
    tx(
      reason === "noTable"
        ? `The selection (${address} on ${q(sheet)}) is not on an impact map or a cost sheet. In Excel, click a cell in the row where the figure should go (an impact-map row, or a cost item on the cost sheet), then insert again.`
        : reason === "severalRows"
          ? `The selection (${address} on ${q(sheet)}) spans several rows. Select a cell in just the one row the figure should go into.`
          : `${address} on ${q(sheet)} is not in the table's rows. Select a cell in one of the rows under the headers, then insert again.`,
      reason === "noTable"
        ? `Markeringen (${address} på ${qs(sheet)}) är inte i en effektkarta eller kostnadskalkyl. Klicka i Excel på en cell i raden där siffran ska in (en rad i effektkartan, eller en kostnadspost i kostnadskalkylen) och infoga igen.`
        : reason === "severalRows"
          ? `Markeringen (${address} på ${qs(sheet)}) omfattar flera rader. Markera en cell i den enda rad som siffran ska in i.`
          : `${address} på ${qs(sheet)} ligger inte bland tabellens rader. Markera en cell i någon av raderna under rubrikerna och infoga igen.`,
    ),
  unitMismatchTitle: tx("A rate cannot be a unit cost", "En sats kan inte vara en enhetskostnad"),
  unitMismatch: (name, figure) =>
    tx(
      `${name} (${figure}) is a share, not an amount per unit, so it cannot be a financial proxy or a unit cost. Use it in a formula instead, for example pay × (1 + rate). Nothing was changed.`,
      `${name} (${figure}) är en andel, inget belopp per enhet, och kan därför inte vara finansiell proxy eller enhetskostnad. Använd den i en formel i stället, till exempel lön × (1 + sats). Inget har ändrats.`,
    ),
  columnsMissingTitle: tx("The table lacks a column", "Tabellen saknar en kolumn"),
  columnsMissing: (sheet, columns) =>
    tx(
      `The table on ${q(sheet)} has no column ${columns}. It may come from an earlier version of the add-in, or the header was changed. Make the sheet again from the Sheets tab, or put the header back. Nothing was changed.`,
      `Tabellen på ${qs(sheet)} saknar kolumnen ${columns}. Den kan komma från en tidigare version av tillägget, eller så har rubriken ändrats. Skapa bladet igen under fliken Blad, eller återställ rubriken. Inget har ändrats.`,
    ),
  notInListTitle: tx("Not on the unit-cost sheet", "Finns inte på bladet med enhetskostnader"),
  notInList: (name, list) =>
    tx(
      list === undefined
        ? `A cost item picks its unit cost by name from the unit-cost sheet, and the add-in cannot find that list from this row: its “Unit cost used” formula has been changed. Nothing was changed.`
        : `A cost item picks its unit cost by name from the unit-cost sheet ${q(list)}, which does not list ${q(name)}. Add it there with its cost, price year and source, then insert again. Nothing was changed.`,
      list === undefined
        ? `En kostnadspost väljer sin enhetskostnad efter namn från bladet med enhetskostnader, och tillägget hittar inte den listan från den här raden: formeln i ”Använd kostnad per enhet” har ändrats. Inget har ändrats.`
        : `En kostnadspost väljer sin enhetskostnad efter namn från bladet ${qs(list)}, som inte har ${qs(name)}. Lägg till den där med kostnad, prisår och källa och infoga sedan igen. Inget har ändrats.`,
    ),
  protectedTitle: tx("The sheet is protected", "Bladet är skyddat"),
  protected: (sheet) =>
    tx(
      `The cells to fill on ${q(sheet)} are locked. Unprotect the sheet (Review › Unprotect Sheet), then insert again. Nothing was changed.`,
      `Cellerna som ska fyllas i på ${qs(sheet)} är låsta. Ta bort bladets skydd (Granska › Ta bort skydd för blad) och infoga igen. Inget har ändrats.`,
    ),
  unknownTitle: tx("The figure is not in the library", "Siffran finns inte i biblioteket"),
  unknown: tx(
    "The chosen figure is no longer in the add-in's library. Choose another. Nothing was changed.",
    "Den valda siffran finns inte längre i tilläggets bibliotek. Välj en annan. Inget har ändrats.",
  ),
};

export const UNIT_COST_STRINGS: Readonly<Record<Language, UnitCostStrings>> = byLanguage(TEXTS);

/** An entry's figure as the pane shows it: "59 200 kr per år" for an amount, "31,42 %" for a rate. */
export function entryFigure(entry: LibraryEntry, language: Language): string {
  if (entry.kind === "rate") return `${formatDecimal(new Dec(entry.value).times(100), language, 2)}\u00A0%`;
  return `${formatWhole(entry.value, language)} kr ${entry.unit[language]}`;
}

/** A cell's content in a question or a report: numbers grouped, text as it is, blank as "(cleared)". */
export function cellText(value: string | number | boolean, language: Language): string {
  if (typeof value === "number") return Number.isInteger(value) ? formatWhole(value, language) : formatDecimal(new Dec(value), language, 2);
  if (typeof value === "boolean") return String(value).toUpperCase();
  return value === "" ? UNIT_COST_STRINGS[language].cleared : value;
}
