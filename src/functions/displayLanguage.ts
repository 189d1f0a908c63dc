/* global Office */
import { Language, languageOf } from "../core/language";

/**
 * The language error messages are written in: Office's display language when the runtime exposes
 * `Office.context.displayLanguage`, English otherwise.
 *
 * The JavaScript-only runtime these functions run in (Excel on Windows) loads no Office.js, so
 * `Office` is undefined there and messages are in English; in Excel on the web and on Mac the
 * functions page loads only custom-functions-runtime.js, which does not define
 * `Office.context.displayLanguage` either. The Swedish names, descriptions and argument names come
 * from functions-sv.json, which Excel picks by its own language.
 */
export function displayLanguage(): Language {
  try {
    return typeof Office === "undefined" ? "en" : languageOf(Office.context?.displayLanguage);
  } catch {
    return "en";
  }
}
