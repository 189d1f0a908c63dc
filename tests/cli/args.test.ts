import { CliRequest, OPTIONS, parseArgs, ParseContext } from "../../src/cli/args";

const CONTEXT: ParseContext = {
  language: "en",
  currentYear: 2031,
  templateIds: ["logicModelSimple", "costSheet", "impactMap"],
  defaults: { years: 5, currency: "kr" },
};

const parse = (...argv: string[]): CliRequest => parseArgs(argv, CONTEXT);

function usage(request: CliRequest): string {
  if (request.kind !== "usage") throw new Error(`expected a usage error, got ${request.kind}`);
  return request.message;
}

describe("parseArgs", () => {
  describe("a write request", () => {
    it("uses the defaults: every template, 5 years from this year, kr, no example, no force", () => {
      expect(parse("--out", "kurs.xlsx")).toEqual({
        kind: "write",
        language: "en",
        out: "kurs.xlsx",
        templates: ["logicModelSimple", "costSheet", "impactMap"],
        options: { language: "en", years: 5, startYear: 2031, currency: "kr", example: false },
        force: false,
      });
    });

    it("reads every option, in both the spaced and the = form and by alias", () => {
      const long = parse(
        "--lang",
        "sv",
        "--out=course.xlsx",
        "--templates",
        "impactMap, costSheet",
        "--years=3",
        "--start-year",
        "2027",
        "--currency",
        "EUR",
        "--example",
        "--force",
      );
      const short = parse("-l", "sv", "-o", "course.xlsx", "-t", "impactMap,costSheet", "-y", "3", "-s", "2027", "-c", "EUR", "-e", "-f");
      const expected = {
        kind: "write",
        language: "sv",
        out: "course.xlsx",
        templates: ["impactMap", "costSheet"],
        options: { language: "sv", years: 3, startYear: 2027, currency: "EUR", example: true },
        force: true,
      };
      expect(long).toEqual(expected);
      expect(short).toEqual(expected);
    });

    it("matches template ids ignoring case, drops repeats and takes all for all", () => {
      expect(parse("-o", "a.xlsx", "-t", "IMPACTMAP,impactmap")).toMatchObject({ kind: "write", templates: ["impactMap"] });
      expect(parse("-o", "a.xlsx", "-t", "costSheet,all")).toMatchObject({ kind: "write", templates: CONTEXT.templateIds });
    });

    it("takes the locale's language when --lang is missing", () => {
      expect(parseArgs(["-o", "a.xlsx"], { ...CONTEXT, language: "sv" })).toMatchObject({ language: "sv", options: { language: "sv" } });
    });

    it("accepts a value starting with - when it is not an option (and lets the range check judge it)", () => {
      expect(usage(parse("-o", "a.xlsx", "--years", "-3"))).toBe("The number of years must be a whole number from 1 to 10; got -3.");
    });
  });

  describe("help and version", () => {
    it("win over everything else, in the language asked for", () => {
      expect(parse("--bogus", "--help")).toEqual({ kind: "help", language: "en" });
      expect(parse("-h", "--lang", "sv")).toEqual({ kind: "help", language: "sv" });
      expect(parse("--version", "--out")).toEqual({ kind: "version" });
      expect(parse("-V")).toEqual({ kind: "version" });
    });
  });

  describe("bad options get a clear message", () => {
    it.each([
      [["--out", "a.xlsx", "--bogus"], "Unknown option --bogus."],
      [["--out", "a.xlsx", "extra"], 'Unexpected argument "extra": options start with --.'],
      [["--out"], "--out needs a value."],
      [["--out", "a.xlsx", "--lang", "--force"], "--lang needs a value."],
      [["--out", "a.xlsx", "--force=yes"], '--force takes no value; got "yes".'],
      [["--out", "a.xlsx", "--out", "b.xlsx"], "--out is given more than once."],
      [["--out", "a.xlsx", "--lang", "de"], '--lang must be sv or en; got "de".'],
      [
        ["--out", "a.xlsx", "--templates", "riskMatrix"],
        '--templates: unknown template "riskMatrix". Known: all, logicModelSimple, costSheet, impactMap.',
      ],
      [["--out", "a.xlsx", "--templates", " , "], "--templates needs at least one template id, or all."],
      [["--out", "a.xlsx", "--years", "three"], '--years must be a whole number; got "three".'],
      [["--out", "a.xlsx", "--years", "2.5"], '--years must be a whole number; got "2.5".'],
      [["--out", "a.xlsx", "--years", "11"], "The number of years must be a whole number from 1 to 10; got 11."],
      [["--out", "a.xlsx", "--years", "0"], "The number of years must be a whole number from 1 to 10; got 0."],
      [["--out", "a.xlsx", "--start-year", "26"], "The starting year must be a whole year such as 2026; got 26."],
      [["--out", "a.xlsx", "--currency", 'k"r'], 'The currency must be a short code or symbol such as kr, SEK or EUR; got "k"r".'],
      [["--lang", "en"], "--out is required: the .xlsx file to write, e.g. --out kurs.xlsx."],
      [["--out", "kurs.xls"], '--out must name an .xlsx file; got "kurs.xls".'],
    ])("%j → %s", (argv, expected) => {
      expect(usage(parse(...argv))).toBe(expected);
    });

    it("in Swedish with --lang sv, even when another option is wrong", () => {
      expect(usage(parse("--lang", "sv", "--years", "x", "--out", "a.xlsx"))).toBe('--years ska vara ett heltal; angivet: "x".');
      expect(usage(parse("--lang", "sv", "--out", "a.xlsx", "--years", "12"))).toBe(
        "Antal år ska vara ett heltal från 1 till 10; angivet: 12.",
      );
    });
  });

  it("knows each option under one long name and one alias", () => {
    const aliases = Object.values(OPTIONS).map((o) => o.alias);
    expect(new Set(aliases).size).toBe(aliases.length);
  });
});
