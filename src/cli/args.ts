import { parseArgs as nodeParseArgs, type ParseArgsConfig } from "util";
import type { Language } from "../core/language";
import { MAX_YEARS, MIN_YEARS, optionsProblem } from "../templates/kit";
import { pick } from "../templates/kit";
import type { TemplateId, TemplateOptions } from "../templates/kit";
import { message, MessageKey } from "./messages";

/**
 * Parsing the command line, pure: argv in, a request out. Node's util.parseArgs splits the
 * arguments; every problem becomes a usage error with a message in the user's language; nothing
 * is read from or written to the outside here.
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

type OptionName = keyof typeof OPTIONS;

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

/** One option as Node's parser reports it (util.parseArgs with `tokens: true`). */
interface OptionToken {
  readonly kind: "option";
  readonly index: number;
  readonly name: string;
  readonly rawName: string;
  readonly value?: string;
  readonly inlineValue?: boolean;
}
type Token =
  | OptionToken
  | { readonly kind: "positional"; readonly index: number; readonly value: string }
  | { readonly kind: "option-terminator"; readonly index: number };

/** Our options as util.parseArgs declares them: --out → out, string or boolean, short alias. */
const PARSE_OPTIONS = Object.fromEntries(
  Object.entries(OPTIONS).map(([name, o]) => [name.slice(2), { type: o.takesValue ? "string" : "boolean", short: o.alias.slice(1) }]),
) as ParseArgsConfig["options"];

const known = (name: string): OptionName | undefined => (`--${name}` in OPTIONS ? (`--${name}` as OptionName) : undefined);

/** True when an argument is one of our options (so it cannot be the value of the one before). */
function isOption(argument: string): boolean {
  const flag = argument.split("=")[0];
  return flag in OPTIONS || Object.values(OPTIONS).some((o) => o.alias === flag);
}

/**
 * Node's util.parseArgs, not strict, so that every problem gets our own message and --help still
 * wins over a bad option. Where it differs from what we promise, the tokens are corrected: an option
 * that takes a value never swallows one of our options as that value (`--lang --force` is a
 * missing value, and --force still counts), and a stray `--` is ignored.
 */
function tokensOf(argv: readonly string[]): Token[] {
  const args = argv.filter((a) => a !== "--");
  const { tokens } = nodeParseArgs({ args, options: PARSE_OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const out: Token[] = [];
  for (const token of tokens as Token[]) {
    if (
      token.kind === "option" &&
      known(token.name) &&
      OPTIONS[known(token.name)!].takesValue &&
      token.inlineValue === false &&
      token.value !== undefined &&
      isOption(token.value)
    ) {
      return [
        ...out,
        { kind: "option", index: token.index, name: token.name, rawName: token.rawName },
        ...tokensOf(args.slice(token.index + 1)),
      ];
    }
    out.push(token);
  }
  return out;
}

/** Reads the tokens into options and values; the first problem is kept, the rest still read. */
function tokenize(argv: readonly string[]): { raw: Raw; problem: UsageError | null } {
  const raw: Raw = {};
  let problem: UsageError | null = null;
  const fail = (error: UsageError): void => void (problem ??= error);
  for (const token of tokensOf(argv)) {
    if (token.kind === "option-terminator") continue;
    if (token.kind === "positional") {
      fail(
        token.value.startsWith("-") && token.value !== "-"
          ? new UsageError("unknownOption", { option: token.value })
          : new UsageError("unexpectedArgument", { argument: token.value }),
      );
      continue;
    }
    const name = known(token.name);
    if (!name) {
      fail(new UsageError("unknownOption", { option: token.rawName }));
      continue;
    }
    let value: string | true = true;
    if (OPTIONS[name].takesValue) {
      if (token.value === undefined) {
        fail(new UsageError("missingValue", { option: name }));
        continue;
      }
      value = token.value;
    } else if (token.value !== undefined) {
      fail(new UsageError("noValue", { option: name, value: token.value }));
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
  const items = value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
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
