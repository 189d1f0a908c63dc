import { LANGUAGES } from "../../core/language";
import type { Text } from "./text";

/**
 * How a reader recognises a label the templates wrote (a column header, a row label) when it
 * reads a sheet back: in either language, ignoring case, outer spaces and runs of spaces.
 */

/** A label as compared: trimmed, inner spaces folded, lower case (Swedish rules). */
function normalLabel(text: unknown): string {
  return String(text ?? "")
    .trim()
    .replace(/\s+/g, " ")
    .toLocaleLowerCase("sv");
}

/** True when a cell holds the label `text` in either language. */
export function readsAs(cell: unknown, text: Text): boolean {
  const shown = normalLabel(cell);
  return LANGUAGES.some((language) => shown === normalLabel(text[language]));
}
