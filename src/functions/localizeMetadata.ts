import { ARGUMENT_NAMES } from "../core/argumentNames";
import { SwedishFunction } from "./metadataSv";

/**
 * Turns the generated (English) custom-function metadata into the Swedish file: same ids, types
 * and optional flags; Swedish names, descriptions and argument names. Every mismatch between the
 * generated metadata and the Swedish data is reported, so the build can fail on it.
 */

/** The parts of functions.json this step reads and rewrites. */
export interface FunctionsMetadata {
  readonly functions: readonly FunctionMetadata[];
  readonly [key: string]: unknown;
}

export interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly parameters: readonly ParameterMetadata[];
  readonly [key: string]: unknown;
}

interface ParameterMetadata {
  readonly name: string;
  readonly description?: string;
  readonly [key: string]: unknown;
}

export interface Localized {
  readonly metadata: FunctionsMetadata;
  /** Every mismatch found; the metadata is only usable when this is empty. */
  readonly problems: readonly string[];
}

/** A display name Excel accepts: a letter, then letters, digits, "." or "_" (Unicode letters allowed). */
const DISPLAY_NAME = /^\p{L}[\p{L}0-9._]*$/u;

/** Merges the Swedish data into generated metadata and lists what does not match. */
export function localizeMetadata(english: FunctionsMetadata, swedish: Readonly<Record<string, SwedishFunction>>): Localized {
  const problems: string[] = [];
  const ids = new Set(english.functions.map((f) => f.id));
  for (const id of Object.keys(swedish)) {
    if (!ids.has(id)) problems.push(`${id}: has a Swedish entry but no such function exists`);
  }
  const names = new Map<string, string>();
  const functions = english.functions.map((f): FunctionMetadata => {
    const sv = swedish[f.id];
    if (!sv) {
      problems.push(`${f.id}: has no Swedish entry`);
      return f;
    }
    if (!DISPLAY_NAME.test(sv.name)) problems.push(`${f.id}: "${sv.name}" is not a valid display name`);
    const clash = names.get(sv.name.toUpperCase());
    if (clash) problems.push(`${f.id}: Swedish name ${sv.name} is also used by ${clash}`);
    names.set(sv.name.toUpperCase(), f.id);
    const known = new Set(f.parameters.map((p) => p.name));
    for (const argument of Object.keys(sv.arguments)) {
      if (!known.has(argument)) problems.push(`${f.id}: Swedish description for unknown argument ${argument}`);
    }
    const parameters = f.parameters.map((p): ParameterMetadata => {
      const name = ARGUMENT_NAMES[p.name]?.sv;
      const description = sv.arguments[p.name];
      if (!name) problems.push(`${f.id}: argument ${p.name} has no Swedish name in ARGUMENT_NAMES`);
      if (!description) problems.push(`${f.id}: argument ${p.name} has no Swedish description`);
      return { ...p, name: name ?? p.name, description: description ?? p.description };
    });
    return { ...f, name: sv.name, description: sv.description, parameters };
  });
  return { metadata: { ...english, functions }, problems };
}
