import fs from "fs";
import path from "path";
import { ARGUMENT_NAMES } from "../../src/core/argumentNames";
import { cell, withDisplayLanguage } from "./excelStub";
import { REPO, generatedMetadata, swedishMetadata } from "./metadata";
import { call } from "./sourceFunctions";
import type { FunctionMetadata } from "../../src/functions/localizeMetadata";

/**
 * The function reference (docs/functions.md) is checked against the metadata (the generator's output for
 * the source, which is what dist/functions.json holds) and against the functions themselves, so
 * the reference table cannot drift: names, Swedish names, argument lists, optional markers and
 * defaults, the examples' results, the Swedish argument names and the error examples.
 */

function section(): string {
  const readme = fs.readFileSync(path.join(REPO, "docs", "functions.md"), "utf8");
  const match = /<!-- section:functions -->([\s\S]*?)<!-- \/section:functions -->/.exec(readme);
  if (!match) throw new Error("docs/functions.md has no functions section");
  return match[1];
}

/** The cells of every table row whose first cell starts with `prefix`. */
function rows(prefix: string): string[][] {
  return section()
    .split("\n")
    .filter((line) => line.startsWith(`| ${prefix}`))
    .map((line) =>
      line
        .slice(1, line.lastIndexOf("|"))
        .split(" | ")
        .map((c) => c.trim()),
    );
}

const unquote = (text: string) => text.replace(/^`|`$/g, "");

interface Argument {
  readonly name: string;
  readonly optional: boolean;
  readonly fallback?: number;
}

function parseArguments(text: string): Argument[] {
  return text.split(", ").map((item) => {
    // "[name]=default", or "[name]" for an optional argument whose default is not a number (a shipped table).
    const optional = /^\[(\w+)\](?:=(.+))?$/.exec(item);
    if (!optional) return { name: item, optional: false };
    return optional[2] === undefined
      ? { name: optional[1], optional: true }
      : { name: optional[1], optional: true, fallback: Number(optional[2]) };
  });
}

/** Splits on commas outside braces. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if (ch === "{") depth++;
    if (ch === "}") depth--;
    if (ch === separator && depth === 0) {
      parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  parts.push(current.trim());
  return parts;
}

/** An Excel argument: a number, a text "…", or an array constant {1, 2; 3, 4} (commas between columns, semicolons between rows). */
function parseArgument(text: string): number | string | number[][] | null {
  if (text === "") return null;
  if (/^".*"$/.test(text)) return text.slice(1, -1);
  if (text.startsWith("{")) {
    return text
      .slice(1, -1)
      .split(";")
      .map((row) => row.split(",").map((v) => parseNumber(v)));
  }
  return parseNumber(text);
}

function parseNumber(text: string): number {
  const value = Number(text.replace(/\s/g, ""));
  if (Number.isNaN(value)) throw new Error(`not a number: ${text}`);
  return value;
}

/** `=SROI.NAME(a, b)` → the function's id and its arguments shaped as Excel passes them. */
function parseFormula(formula: string, byName: Map<string, FunctionMetadata>): { id: string; args: unknown[] } {
  const match = /^=SROI\.(\w+)\((.*)\)$/.exec(formula);
  if (!match) throw new Error(`not an SROI formula: ${formula}`);
  const f = byName.get(match[1]);
  if (!f) throw new Error(`unknown function in ${formula}`);
  const args = splitTopLevel(match[2], ",").map(parseArgument);
  // Excel passes a number typed for a range argument as a 1 × 1 range.
  const shaped = args.map((a, i) => (f.parameters[i]?.dimensionality === "matrix" && typeof a === "number" ? [[a]] : a));
  return { id: f.id, args: [...shaped, ...Array(Math.max(0, f.parameters.length - shaped.length)).fill(null)] };
}

async function metadataByName(): Promise<Map<string, FunctionMetadata>> {
  return new Map((await generatedMetadata()).english.functions.map((f) => [f.name, f]));
}

describe("docs/functions.md", () => {
  const reference = rows("`SROI.");

  it("lists every function of functions.json once, in the same order", async () => {
    const english = (await generatedMetadata()).english;
    expect(reference.map((r) => unquote(r[0]))).toEqual(english.functions.map((f) => `SROI.${f.name}`));
  });

  it("gives each function's Swedish name from functions-sv.json", async () => {
    const sv = await swedishMetadata();
    expect(reference.map((r) => unquote(r[1]))).toEqual(sv.functions.map((f) => `SROI.${f.name}`));
  });

  it("lists the arguments in order, marking exactly the optional ones", async () => {
    const english = (await generatedMetadata()).english;
    reference.forEach((r, i) => {
      const listed = parseArguments(r[2]).map(({ name, optional }) => ({ name, optional }));
      expect(listed).toEqual(english.functions[i].parameters.map((p) => ({ name: p.name, optional: p.optional === true })));
    });
  });

  it("states the defaults the functions really use: an optional argument left blank equals its default", async () => {
    const byName = await metadataByName();
    for (const r of reference) {
      const { id, args } = parseFormula(unquote(r[4].split(" → ")[0]), byName);
      parseArguments(r[2]).forEach((argument, i) => {
        if (!argument.optional || argument.fallback === undefined) return;
        const blank = args.map((a, j) => (j === i ? null : a));
        const explicit = args.map((a, j) => (j === i ? argument.fallback : a));
        expect([id, argument.name, cell(() => call(id, blank))]).toEqual([id, argument.name, cell(() => call(id, explicit))]);
      });
    }
  });

  it("shows each example's result as the function computes it", async () => {
    const byName = await metadataByName();
    for (const r of reference) {
      const [formula, shown] = r[4].split(" → ");
      const { id, args } = parseFormula(unquote(formula), byName);
      const actual = call(id, args);
      if (shown.startsWith("{")) {
        expect(actual).toEqual([splitTopLevel(shown.slice(1, -1), ",").map(parseNumber)]);
      } else if (shown.startsWith("≈ ")) {
        const value = shown.slice(2);
        const decimals = value.split(".")[1]?.length ?? 0;
        expect((actual as number).toFixed(decimals)).toBe(value);
      } else {
        expect(actual).toBe(parseNumber(shown));
      }
    }
  });

  it("gives the Swedish argument names the core and functions-sv.json use, for every argument", async () => {
    const english = (await generatedMetadata()).english;
    const listed = rows("").filter((r) => r.length === 2 && ARGUMENT_NAMES[r[0]] !== undefined);
    const used = new Set(english.functions.flatMap((f) => f.parameters.map((p) => p.name)));
    expect(listed.map((r) => r[0]).sort()).toEqual([...used].sort());
    for (const [en, sv] of listed) expect(sv).toBe(ARGUMENT_NAMES[en].sv);
  });

  it("shows each error example with the code and the messages the functions give", async () => {
    const byName = await metadataByName();
    const errors = rows("`#");
    expect(errors.map((r) => unquote(r[0]))).toEqual(["#VALUE!", "#DIV/0!", "#N/A", "#NUM!"]);
    for (const [code, , example, message] of errors) {
      const { id, args } = parseFormula(unquote(example), byName);
      const en = withDisplayLanguage(null, () => cell(() => call(id, args)));
      expect(en).toMatchObject({ error: unquote(code) });
      if (message.startsWith("(")) continue; // Excel shows no message for this code
      const [english, swedish] = message.split(" / ");
      expect(en).toEqual({ error: unquote(code), message: english });
      expect(withDisplayLanguage("sv-SE", () => cell(() => call(id, args)))).toEqual({ error: unquote(code), message: swedish });
    }
  });
});
