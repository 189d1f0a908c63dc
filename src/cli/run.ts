import path from "path";
import { languageOf, type Language } from "../core/language";
import { DEFAULT_OPTIONS, planSheets, TEMPLATES } from "../templates";
import { renderWorkbook, workbookBytes, WriteFileError, writeFileSafely, writeProblem } from "../writers/xlsx";
import { CliRequest, parseArgs } from "./args";
import { helpText } from "./help";
import { message } from "./messages";
import { swallowedByNpm } from "./npm";

/** Everything the command line touches outside itself, passed in so tests can run it in-process. */
export interface CliEnvironment {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Environment variables; the locale (LC_ALL, LC_MESSAGES, LANG) picks the default language. */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly now: Date;
  readonly version: string;
}

/** Exit statuses: written, not written, bad options. */
export const EXIT = { ok: 0, notWritten: 1, usage: 2 } as const;

/** The language of the machine's locale: sv for a Swedish locale, otherwise en. */
function localeLanguage(env: CliEnvironment["env"]): Language {
  return languageOf(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The values a file problem's message is filled with. */
function fileValues(out: string, reason: string): Record<string, string | number> {
  return { file: out, reason, bytes: Buffer.byteLength(path.basename(path.resolve(out))) };
}

async function write(request: Extract<CliRequest, { kind: "write" }>, io: CliEnvironment): Promise<number> {
  const { language, out, force, options } = request;
  const fail = (text: string): number => (io.stderr(`${text}\n`), EXIT.notWritten);
  const problem = await writeProblem(out, force);
  if (problem) return fail(message(problem, language, fileValues(out, "")));
  let bytes: Buffer;
  let sheetNames: string[];
  try {
    const sheets = planSheets(request.templates, options, []);
    sheetNames = sheets.map((s) => s.name);
    const workbook = renderWorkbook(sheets, { ...options, title: message("workbookTitle", language), created: io.now });
    bytes = await workbookBytes(workbook);
  } catch (error) {
    return fail(message("buildFailed", language, { reason: reason(error) }));
  }
  try {
    await writeFileSafely(out, bytes, force);
  } catch (error) {
    if (!(error instanceof WriteFileError)) throw error;
    return fail(message(error.problem, language, fileValues(out, reason(error.cause))));
  }
  io.stdout(
    `${message("written", language, { file: path.resolve(out), count: sheetNames.length, sheets: sheetNames.join(", "), size: Math.ceil(bytes.length / 1024) })}\n`,
  );
  return EXIT.ok;
}

/** Runs the command line with the arguments after the program name; resolves to the exit status. */
export async function runCli(argv: readonly string[], io: CliEnvironment): Promise<number> {
  const defaults = { years: DEFAULT_OPTIONS.years, currency: DEFAULT_OPTIONS.currency };
  const currentYear = io.now.getFullYear();
  const taken = swallowedByNpm(argv, io.env);
  if (taken !== null) {
    const language = localeLanguage(io.env);
    const seen =
      argv.length > 0
        ? message("npmPassedOnly", language, { values: argv.map((a) => `"${a}"`).join(", ") })
        : message("npmTookFlags", language, { flags: taken.join(", ") });
    io.stderr(`${message("npmTookOptions", language, { seen, script: io.env.npm_lifecycle_event ?? "templates" })}\n`);
    return EXIT.usage;
  }
  const request = parseArgs(argv, { language: localeLanguage(io.env), currentYear, templateIds: TEMPLATES.map((t) => t.id), defaults });
  switch (request.kind) {
    case "help":
      io.stdout(helpText(request.language, TEMPLATES, { ...defaults, currentYear }));
      return EXIT.ok;
    case "version":
      io.stdout(`${io.version}\n`);
      return EXIT.ok;
    case "usage":
      io.stderr(`${request.message}\n${message("seeHelp", request.language)}\n`);
      return EXIT.usage;
    case "write":
      return write(request, io);
  }
}
