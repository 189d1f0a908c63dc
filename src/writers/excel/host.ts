/* global Office */
import { Language, languageOf } from "../../core/language";

/** What the taskpane needs to know about its host before it renders. */
export interface HostInfo {
  /** True inside Office; false when the page was opened in a plain browser. */
  readonly inOffice: boolean;
  /** From Office's display language ("sv-SE" → sv), else the browser's. */
  readonly language: Language;
  /** True when Office (or, outside Office, the system) uses a dark theme. */
  readonly dark: boolean;
}

/**
 * Waits for Office.js once (`Office.onReady`) and reads the display language and theme. Outside
 * Office, or when office.js did not load, it answers from the browser instead of failing.
 */
export async function officeReady(): Promise<HostInfo> {
  const browser = {
    language: languageOf(typeof navigator === "undefined" ? undefined : navigator.language),
    dark: typeof matchMedia === "function" && matchMedia("(prefers-color-scheme: dark)").matches,
  };
  if (typeof Office === "undefined") return { inOffice: false, ...browser };
  const info = await Office.onReady();
  const context = Office.context;
  if (!info.host || !context) return { inOffice: false, ...browser };
  const background = context.officeTheme?.bodyBackgroundColor;
  return {
    inOffice: true,
    language: context.displayLanguage ? languageOf(context.displayLanguage) : browser.language,
    dark: background ? isDark(background) : browser.dark,
  };
}

/** True for a background colour darker than mid-grey ("#262626" → true, "#FFFFFF" → false). */
export function isDark(color: string): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((h) => parseInt(h, 16));
  return 299 * r + 587 * g + 114 * b < 128 * 1000;
}
