/**
 * The one way to translate: every text a user reads is a Text (English and Swedish), made with tx,
 * shown with pick, and filled with fill. The core, the templates, the writers, the taskpane and the
 * CLI all use these.
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

/** Fills {name} placeholders: fill("Year {year}", { year: 2026 }) → "Year 2026". */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
