/** The languages everything a user reads is written in. */
export type Language = "en" | "sv";

export const LANGUAGES: readonly Language[] = ["en", "sv"];

/** Picks the language for an Office display language such as "sv-SE" or "en-US". */
export function languageOf(locale: string | null | undefined): Language {
  return (locale ?? "").toLowerCase().startsWith("sv") ? "sv" : "en";
}
