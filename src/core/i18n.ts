/**
 * The one way to translate: every text a user reads is a Text (English and Swedish), made with tx,
 * shown with pick, and filled with fill; a table of texts (the taskpane's strings) is a Bilingual
 * table, each text beside its translation, turned into one table per language by byLanguage. The
 * core, the templates, the writers, the taskpane and the CLI all use these.
 */
import type { Language } from "./language";

/** Text a user reads, in both languages. */
export type Text = Readonly<Record<Language, string>>;

/** A text in both languages: tx("Stakeholder", "Intressent"). */
export function tx(en: string, sv: string): Text {
  return { en, sv };
}

/** The text in a language. */
export function pick(text: Text, language: Language): string {
  return text[language];
}

/** The picker of one language: `const p = picker(language); p(T.title)`. */
export function picker(language: Language): (text: Text) => string {
  return (text) => text[language];
}

/** Text in the language's quotation marks: “text” in English, ”text” in Swedish. */
export function quote(text: string, language: Language): string {
  return pick(tx(`\u201C${text}\u201D`, `\u201D${text}\u201D`), language);
}

/** Fills {name} placeholders: fill("Year {year}", { year: 2026 }) → "Year 2026". */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/**
 * A table of texts in both languages: each string of T becomes a Text, each function returning a
 * string returns a Text, and nested tables nest. `byLanguage` turns it into T per language.
 */
export type Bilingual<T> = {
  readonly [K in keyof T]: T[K] extends string ? Text : T[K] extends (...args: infer A) => string ? (...args: A) => Text : Bilingual<T[K]>;
};

/** T in each language, from one table where every text sits beside its translation. */
export function byLanguage<T>(texts: Bilingual<T>): Readonly<Record<Language, T>> {
  return { en: inLanguage(texts, "en"), sv: inLanguage(texts, "sv") };
}

function inLanguage<T>(texts: Bilingual<T>, language: Language): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(texts as Record<string, unknown>)) {
    if (typeof value === "function") out[key] = (...args: unknown[]) => (value as (...a: unknown[]) => Text)(...args)[language];
    else if (isText(value)) out[key] = value[language];
    else out[key] = inLanguage(value as Bilingual<unknown>, language);
  }
  return out as T;
}

function isText(value: unknown): value is Text {
  const v = value as Record<string, unknown>;
  return typeof v.en === "string" && typeof v.sv === "string" && Object.keys(v).length === 2;
}
