/**
 * Excel's sheet-name rules and free names. A name is at most 31 characters, holds none of
 * : \ / ? * [ ], is not blank, does not start or end with an apostrophe and is unique in the
 * workbook ignoring case. "History" is reserved by Excel.
 */

const MAX_SHEET_NAME_LENGTH = 31;

const INVALID_CHARACTERS = /[:\\/?*[\]]/g;
const RESERVED = ["history"];

/** Why a name is not a valid Excel sheet name, or null when it is valid. */
export function sheetNameProblem(name: string): "blank" | "tooLong" | "invalidCharacter" | "apostrophe" | "reserved" | null {
  if (name.trim() === "") return "blank";
  if (name.length > MAX_SHEET_NAME_LENGTH) return "tooLong";
  if (new RegExp(INVALID_CHARACTERS.source).test(name)) return "invalidCharacter";
  if (name.startsWith("'") || name.endsWith("'")) return "apostrophe";
  if (RESERVED.includes(name.toLocaleLowerCase())) return "reserved";
  return null;
}

/** True when Excel accepts the name (uniqueness aside). */
export function isValidSheetName(name: string): boolean {
  return sheetNameProblem(name) === null;
}

/**
 * Makes a wished-for name valid: invalid characters become "-", apostrophes at the ends and
 * surrounding blanks are dropped, the result is cut to 31 characters; a name left blank becomes
 * `fallback`.
 */
export function cleanSheetName(wish: string, fallback = "Sheet"): string {
  let name = wish.replace(INVALID_CHARACTERS, "-").trim();
  name = name.replace(/^'+|'+$/g, "").trim();
  name = name.slice(0, MAX_SHEET_NAME_LENGTH).trim().replace(/'+$/, "").trim();
  if (name === "" || RESERVED.includes(name.toLocaleLowerCase())) return fallback;
  return name;
}

/**
 * A free, valid name for a wish given the names already taken (compared ignoring case):
 * the cleaned wish itself, else "wish (2)", "wish (3)", …, trimming the base so the whole name
 * stays within 31 characters.
 */
export function freeSheetName(wish: string, taken: Iterable<string>): string {
  const used = new Set<string>();
  for (const name of taken) used.add(name.toLocaleLowerCase());
  const base = cleanSheetName(wish);
  if (!used.has(base.toLocaleLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const trimmed = base
      .slice(0, MAX_SHEET_NAME_LENGTH - suffix.length)
      .trim()
      .replace(/'+$/, "")
      .trim();
    const candidate = `${trimmed}${suffix}`;
    if (!used.has(candidate.toLocaleLowerCase())) return candidate;
  }
}

/**
 * Free names for several wishes in order: each name chosen is taken for the next ones, so two
 * wishes for "Listor" give "Listor" and "Listor (2)".
 */
export function freeSheetNames(wishes: readonly string[], existing: readonly string[]): string[] {
  const taken = [...existing];
  return wishes.map((wish) => {
    const name = freeSheetName(wish, taken);
    taken.push(name);
    return name;
  });
}
