import type { Language } from "../core/language";
import { MAX_YEARS, MIN_YEARS, optionsProblem } from "../templates/kit";
import { pick } from "../templates/kit";
import type { TemplateId, TemplateOptions } from "../templates/kit";
import { message, MessageKey } from "./messages";

/**
 * Parsing the command line, pure: argv in, a request out. Every problem becomes a usage error
 * with a message in the user's language; nothing is read from or written to the outside here.
 */

/** The options the command line knows, with their short aliases and whether they take a value. */
export const OPTIONS = {
  "--out": { alias: "-o", takesValue: true },
  "--lang": { alias: "-l", takesValue: true },
  "--templates": { alias: "-t", takesValue: true },
  "--years": { alias: "-y", takesValue: true },
  "--start-year": { alias: "-s", takesValue: true },
  "--currency": { alias: "-c", takesValue: true },
  "--example": { alias: "-e", takesValue: false },
  "--force": { alias: "-f", takesValue: false },
  "--help": { alias: "-h", takesValue: false },
  "--version": { alias: "-V", takesValue: false },
} as const;

export type OptionName = keyof typeof OPTIONS;

/** What the parser needs from outside: defaults that depend on the machine and the catalogue. */
export interface ParseContext {
  /** The language of messages and the workbook when --lang is not given (from the locale). */
  readonly language: Language;
  /** Default first year. */
  readonly currentYear: number;
  /** The ids of every template, in catalogue order. */
  readonly templateIds: readonly TemplateId[];
  /** Default years and currency. */
  readonly defaults: Pick<TemplateOptions, "years" | "currency">;
}

export type CliRequest =
  | { readonly kind: "help"; readonly language: Language }
  | { readonly kind: "version" }
  | { readonly kind: "usage"; readonly language: Language; readonly message: string }
  | {
      readonly kind: "write";
      readonly language: Language;
      readonly out: string;
      readonly templates: readonly TemplateId[];
      readonly options: TemplateOptions;
      readonly force: boolean;
    };

type Raw = Partial<Record<OptionName, string | true>>;

class UsageError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly values: Readonly<Record<string, string | number>> = {},
  ) {
    super(key);
  }
}

const BY_ALIAS = new Map<string, OptionName>(Object.entries(OPTIONS).map(([name, o]) => [o.alias, name as OptionName]));

function optionName(token: string): OptionName | undefined {
  if (token in OPTIONS) return token as OptionName;
  return BY_ALIAS.get(token);
}

/** Splits argv into options and values; the first problem is kept, the rest still read. */
function tokenize(argv: readonly string[]): { raw: Raw; problem: UsageError | null } {
  const raw: Raw = {};
  let problem: UsageError | null = null;
  const fail = (error: UsageError): void => void (problem ??= error);
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    const eq = token.startsWith("--") ? token.indexOf("=") : -1;
    const flag = eq > 0 ? token.slice(0, eq) : token;
    const name = optionName(flag);
    if (!name) {
      fail(token.startsWith("-") && token !== "-" ? new UsageError("unknownOption", { option: flag }) : new UsageError("unexpectedArgument", { argument: token }));
      continue;
    }
    let value: string | true = true;
    if (OPTIONS[name].takesValue) {
      if (eq > 0) value = token.slice(eq + 1);
      else if (i + 1 < argv.length && !optionName(argv[i + 1].split("=")[0])) value = argv[++i];
      else {
        fail(new UsageError("missingValue", { option: name }));
        continue;
      }
    } else if (eq > 0) {
      fail(new UsageError("noValue", { option: name, value: token.slice(eq + 1) }));
      continue;
    }
    if (raw[name] !== undefined) fail(new UsageError("repeated", { option: name }));
    raw[name] = value;
  }
  return { raw, problem };
}

function parseLanguage(value: string): Language {
  const lower = value.trim().toLowerCase();
  if (lower === "sv" || lower === "en") return lower;
  throw new UsageError("badLanguage", { value });
}

function parseInteger(option: OptionName, value: string): number {
  if (!/^[+-]?\d+$/.test(value.trim())) throw new UsageError("badInteger", { option, value });
  return Number(value.trim());
}

function parseTemplates(value: string, known: readonly TemplateId[]): TemplateId[] {
  const items = value.split(",").map((s) => s.trim()).filter((s) => s !== "");
  if (items.length === 0) throw new UsageError("noTemplates");
  if (items.some((s) => s.toLowerCase() === "all")) return [...known];
  const ids: TemplateId[] = [];
  for (const item of items) {
    const id = known.find((k) => k.toLowerCase() === item.toLowerCase());
    if (!id) throw new UsageError("badTemplates", { value: item, known: known.join(", ") });
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

function parseOut(value: string): string {
  if (!/\.xlsx$/i.test(value.trim())) throw new UsageError("notXlsx", { value });
  return value.trim();
}

function text(raw: Raw, name: OptionName): string | undefined {
  const value = raw[name];
  return typeof value === "string" ? value : undefined;
}

function request(raw: Raw, language: Language, context: ParseContext): CliRequest {
  const out = text(raw, "--out");
  if (out === undefined) throw new UsageError("missingOut");
  const years = text(raw, "--years");
  const startYear = text(raw, "--start-year");
  const templates = text(raw, "--templates");
  return {
    kind: "write",
    language,
    out: parseOut(out),
    templates: templates === undefined ? [...context.templateIds] : parseTemplates(templates, context.templateIds),
    options: {
      language,
      years: years === undefined ? context.defaults.years : parseInteger("--years", years),
      startYear: startYear === undefined ? context.currentYear : parseInteger("--start-year", startYear),
      currency: text(raw, "--currency")?.trim() ?? context.defaults.currency,
      example: raw["--example"] === true,
    },
    force: raw["--force"] === true,
  };
}

/**
 * Parses the arguments after the program name. --help and --version win over everything else;
 * a problem gives a usage request with the message; otherwise a write request whose template
 * options still go through the catalogue's own check (optionsProblem) before anything is built.
 */
export function parseArgs(argv: readonly string[], context: ParseContext): CliRequest {
  const { raw, problem } = tokenize(argv);
  const lang = text(raw, "--lang");
  let language = context.language;
  let languageProblem: UsageError | null = null;
  if (lang !== undefined) {
    try {
      language = parseLanguage(lang);
    } catch (error) {
      languageProblem = error as UsageError;
    }
  }
  if (raw["--help"]) return { kind: "help", language };
  if (raw["--version"]) return { kind: "version" };
  const usage = (error: UsageError): CliRequest => ({ kind: "usage", language, message: message(error.key, language, error.values) });
  if (problem) return usage(problem);
  if (languageProblem) return usage(languageProblem);
  try {
    const result = request(raw, language, context);
    const optionProblem = result.kind === "write" ? optionsProblem(result.options) : null;
    return optionProblem ? { kind: "usage", language, message: pick(optionProblem, language) } : result;
  } catch (error) {
    if (error instanceof UsageError) return usage(error);
    throw error;
  }
}

/** The years a course workbook may span, for the help text. */
export const YEAR_LIMITS = { min: MIN_YEARS, max: MAX_YEARS } as const;
