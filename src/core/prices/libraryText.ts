import { fill, pick, Text, tx } from "../i18n";
import type { Language } from "../language";
import type { FactSource } from "./kpi";
import type { LibraryEntry } from "./unitCostLibrary";

/**
 * How a library entry is named and cited in a workbook: the unit-cost sheet lists it under its
 * name and price year, the impact map's proxy source and the unit-cost sheet's source column cite
 * its public source in one line. One place, so a cost item picks the entry by the very name the
 * unit-cost sheet shows it under.
 */

const T = {
  via: tx("{organisation} (as published by {via})", "{organisation} (publicerat av {via})"),
  quoted: tx("\u201C{title}\u201D", "\u201D{title}\u201D"),
};

/** The name an entry is listed and picked by: its name and price year ("Prisbasbelopp 2026"). */
export function libraryItemName(entry: Pick<LibraryEntry, "name" | "year">, language: Language): string {
  return `${entry.name[language]} ${entry.year}`;
}

/** A source as one line: organisation (and the page's publisher), title in quotes, address. */
export function sourceLine(source: FactSource, language: Language): string {
  const { organisation, via, title, url } = source;
  const p = (t: Text) => pick(t, language);
  const who = via === undefined ? organisation : fill(p(T.via), { organisation, via });
  return [who, fill(p(T.quoted), { title }), url].filter((part) => part !== undefined && part !== "").join(", ");
}
