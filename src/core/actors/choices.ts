import { SroiError } from "../errors";
import { describeGiven, isBlank } from "../validate";

/**
 * Reading a choice among a few named options (an actor, yes/no, a time unit) from what a sheet
 * holds: one of its labels or aliases, compared trimmed and case-insensitively.
 */

function normalise(text: string): string {
  return text.trim().toLocaleLowerCase("sv");
}

/**
 * The option one of whose labels or aliases is `value`. Blank is a `required` error; anything else
 * is an `unknownName` error listing the labels (each once); aliases are accepted but not listed.
 */
export function readChoice<T>(
  argument: string,
  value: unknown,
  options: readonly T[],
  labels: (option: T) => readonly string[],
  aliases: (option: T) => readonly string[] = () => [],
): T {
  if (isBlank(value)) throw new SroiError("VALUE", { kind: "required", argument });
  const key = typeof value === "string" ? normalise(value) : null;
  const found = options.find((option) => [...labels(option), ...aliases(option)].some((name) => normalise(name) === key));
  if (found === undefined) {
    const allowed = [...new Set(options.flatMap(labels))];
    throw new SroiError("VALUE", { kind: "unknownName", argument, given: describeGiven(value), allowed });
  }
  return found;
}

const YES = ["yes", "ja"];
const NO = ["no", "nej"];
const YES_ALIASES = ["true", "sant", "y", "j"];
const NO_ALIASES = ["false", "falskt", "n"];

/** Reads yes/no: a boolean, 1/0, or yes/no, ja/nej, true/false, sant/falskt. */
export function readYesNo(argument: string, value: unknown): boolean {
  if (typeof value === "boolean") return value;
  if (value === 1 || value === 0) return value === 1;
  return readChoice(
    argument,
    value,
    [true, false],
    (option) => (option ? YES : NO),
    (option) => (option ? YES_ALIASES : NO_ALIASES),
  );
}

/** The units a horizon can be given in. */
export type HorizonUnit = "months" | "years";

/** Reads a horizon unit: months/månader or years/år (singular forms too); blank means months. */
export function readHorizonUnit(argument: string, value: unknown): HorizonUnit {
  if (isBlank(value)) return "months";
  return readChoice<HorizonUnit>(
    argument,
    value,
    ["months", "years"],
    (unit) => (unit === "months" ? ["months", "månader"] : ["years", "år"]),
    (unit) => (unit === "months" ? ["month", "månad", "mån"] : ["year"]),
  );
}
