import { SroiError } from "../errors";
import { ARGUMENT_NAMES } from "../argumentNames";
import { LANGUAGES } from "../language";
import { describeGiven, isBlank, passErrorValue } from "../validate";
import { ASSUMPTIONS, Assumption } from "./assumptions";

/**
 * Every name an assumption can be given by, English first, then Swedish (each name once):
 * quantity, outcome_rate, …, antal, utfallsandel, dödvikt, ….
 */
export function assumptionNames(): string[] {
  // No flatMap: the custom functions' JavaScript-only runtime has ES2016 builtins only.
  const names: string[] = [];
  for (const language of LANGUAGES) {
    for (const a of ASSUMPTIONS) if (!names.includes(ARGUMENT_NAMES[a][language])) names.push(ARGUMENT_NAMES[a][language]);
  }
  return names;
}

/**
 * Reads the name of an assumption in English or Swedish ("deadweight", "dödvikt"). Case, outer
 * spaces and the separator do not matter: "Drop-off", "drop off" and "DROP_OFF" all name drop_off.
 * Anything else is a #VALUE! error (unknownName) listing the names allowed.
 */
export function readAssumption(argument: string, value: unknown): Assumption {
  if (isBlank(value)) throw new SroiError("VALUE", { kind: "required", argument });
  passErrorValue(argument, value);
  const key = typeof value === "string" ? normalise(value) : null;
  const found = ASSUMPTIONS.find((a) => LANGUAGES.some((language) => normalise(ARGUMENT_NAMES[a][language]) === key));
  if (found === undefined) {
    throw new SroiError("VALUE", { kind: "unknownName", argument, given: describeGiven(value), allowed: assumptionNames() });
  }
  return found;
}

function normalise(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "_");
}
