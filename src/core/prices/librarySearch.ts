import type { Language } from "../language";
import { UNIT_COST_LIBRARY } from "./unitCostLibrary";
import type { LibraryEntry } from "./unitCostLibrary";

/**
 * Searching the unit-cost library as a person types: every word of the query must occur in the
 * entry's name (anywhere, as Swedish compounds hide words: "lön" finds "månadslön"), or begin a
 * word of its unit, price year or source (organisation and title), in the language asked for,
 * ignoring case and accents ("forhojt" finds "Förhöjt", "kriminalvarden" the entries cited from
 * Kriminalvården). Entries whose name holds more of the words come first; otherwise the
 * library's order is kept.
 */

/** Text folded for matching: accents removed (NFD without combining marks), lower case, one space between words. */
export function foldForSearch(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("sv").replace(/\s+/g, " ").trim();
}

/** The words of a query, folded; an empty or blank query has none. */
function queryWords(query: string): string[] {
  const folded = foldForSearch(query);
  return folded === "" ? [] : folded.split(" ");
}

/** The entries matching every word of `query` (all of them for a blank query), best first. */
export function searchLibrary(query: string, language: Language, library: readonly LibraryEntry[] = UNIT_COST_LIBRARY): LibraryEntry[] {
  const words = queryWords(query);
  const scored = library.flatMap((entry, index) => {
    const name = foldForSearch(entry.name[language]);
    const { organisation, title } = entry.source;
    const rest = foldForSearch([entry.unit[language], String(entry.year), organisation, title].join(" ")).split(/[^\p{L}\p{N}]+/u);
    if (!words.every((w) => name.includes(w) || rest.some((r) => r.startsWith(w)))) return [];
    return [{ entry, index, inName: words.filter((w) => name.includes(w)).length }];
  });
  return scored.sort((a, b) => b.inName - a.inName || a.index - b.index).map((s) => s.entry);
}

/** The library entry with this id, if there is one. */
export function libraryEntry(id: string, library: readonly LibraryEntry[] = UNIT_COST_LIBRARY): LibraryEntry | undefined {
  return library.find((e) => e.id === id);
}
