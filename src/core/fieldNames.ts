import { FIELD_NAMES } from "./actors/names";
import { nameIn, ARGUMENT_NAMES, NameTable } from "./argumentNames";
import { CONTRACT_FIELD_NAMES } from "./contracts/names";
import { EVIDENCE_FIELD_NAMES } from "./evidence/names";
import type { Language } from "./language";
import { PORTFOLIO_FIELD_NAMES } from "./portfolio/names";

/** Every name an error can carry: function arguments and the fields of the sheets the add-in reads. */
const ALL_NAMES: readonly NameTable[] = [ARGUMENT_NAMES, FIELD_NAMES, CONTRACT_FIELD_NAMES, PORTFOLIO_FIELD_NAMES, EVIDENCE_FIELD_NAMES];

/**
 * The name of an argument or sheet field in a language; unknown names are shown as given. A field
 * path ("groups[2].after", see actors/names) is named part by part: "group 2 › after".
 */
export function argumentName(argument: string, language: Language): string {
  return nameIn(ALL_NAMES, argument, language);
}
