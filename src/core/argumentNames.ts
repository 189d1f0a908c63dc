import type { Language } from "./language";

/** Spreadsheet argument names as users see them in each language (ids are the English names). */
export const ARGUMENT_NAMES: Record<string, Record<Language, string>> = {
  quantity: { en: "quantity", sv: "antal" },
  outcome_rate: { en: "outcome_rate", sv: "utfallsandel" },
  deadweight: { en: "deadweight", sv: "dödvikt" },
  attribution: { en: "attribution", sv: "tillskrivning" },
  displacement: { en: "displacement", sv: "undanträngning" },
  proxy: { en: "proxy", sv: "proxy" },
  years: { en: "years", sv: "år" },
  drop_off: { en: "drop_off", sv: "avtrappning" },
  discount_rate: { en: "discount_rate", sv: "diskonteringsränta" },
  benefits: { en: "benefits", sv: "nyttor" },
  investment: { en: "investment", sv: "investering" },
  amount: { en: "amount", sv: "belopp" },
  target_change: { en: "target_change", sv: "förändring_målgrupp" },
  comparison_change: { en: "comparison_change", sv: "förändring_jämförelse" },
  answers: { en: "answers", sv: "svar" },
  score: { en: "score", sv: "poäng" },
  assumption: { en: "assumption", sv: "antagande" },
  runs: { en: "runs", sv: "körningar" },
  seed: { en: "seed", sv: "frö" },
  bins: { en: "bins", sv: "staplar" },
  distribution: { en: "distribution", sv: "fördelning" },
  step: { en: "step", sv: "steg" },
  rows: { en: "rows", sv: "rader" },
  from_year: { en: "from_year", sv: "från_år" },
  to_year: { en: "to_year", sv: "till_år" },
  index: { en: "index", sv: "index" },
  proxy_year: { en: "proxy price year", sv: "proxyns prisår" },
  base_year: { en: "price base year", sv: "prisbasår" },
};

/** A table of names by key, each in both languages. */
export type NameTable = Readonly<Record<string, Readonly<Record<Language, string>>>>;

/**
 * The name of an argument in a language, looked up in `tables` in order; unknown names are shown as
 * given. A field path ("groups[2].after", see actors/names) is named part by part: "group 2 › after".
 */
export function nameIn(tables: readonly NameTable[], argument: string, language: Language): string {
  for (const table of tables) {
    const known = ownName(table, argument);
    if (known !== undefined) return known[language];
  }
  if (!/[.[]/.test(argument)) return argument;
  return argument
    .split(".")
    .map((part) => {
      const row = /^(.+)\[(\d+)\]$/.exec(part);
      return row ? `${nameIn(tables, row[1], language)} ${row[2]}` : nameIn(tables, part, language);
    })
    .join(" › ");
}

/** The name of a custom function's argument in a language (the functions bundle needs no more). */
export function functionArgumentName(argument: string, language: Language): string {
  return nameIn([ARGUMENT_NAMES], argument, language);
}

function ownName(table: NameTable, key: string): Readonly<Record<Language, string>> | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
