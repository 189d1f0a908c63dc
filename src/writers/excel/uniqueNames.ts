import type { ConditionalFormatSpec, SheetSpec, ValidationSpec } from "../../templates/kit";

/**
 * Table names and defined names share one namespace in a workbook and must be unique in it,
 * ignoring case. Names already in the workbook are never reused: a taken name gets a suffix
 * ("SroiCosts_2"), and formulas of the new sheets that use a renamed defined name follow it.
 */
export class NameRegistry {
  private readonly taken = new Set<string>();

  constructor(existing: Iterable<string>) {
    for (const name of existing) this.taken.add(name.toLowerCase());
  }

  /** The wished-for name if free, else the first free "wish_2", "wish_3", …; the result is taken. */
  claim(wish: string): string {
    let name = wish;
    for (let n = 2; this.taken.has(name.toLowerCase()); n++) name = `${wish}_${n}`;
    this.taken.add(name.toLowerCase());
    return name;
  }
}

/**
 * True when `name` is `wish` or a name NameRegistry.claim made from it ("SroiImpactMap",
 * "SroiImpactMap_2"), ignoring case: how the add-in finds its own tables again.
 */
export function claimedFrom(wish: string, name: string): boolean {
  const lower = name.toLowerCase();
  const base = wish.toLowerCase();
  return lower === base || (lower.startsWith(`${base}_`) && /^\d+$/.test(lower.slice(base.length + 1)));
}

const NAME_CHAR = /[\p{L}\p{N}_.\\]/u;

/**
 * Replaces the defined name `from` by `to` in a formula, as a whole name (not inside longer names,
 * function calls, text in "…" or sheet names in '…').
 */
export function renameInFormula(formula: string, from: string, to: string): string {
  let out = "";
  let i = 0;
  const lower = from.toLowerCase();
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const end = closing(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const before = i === 0 ? "" : formula[i - 1];
    const candidate = formula.slice(i, i + from.length);
    const after = formula[i + from.length] ?? "";
    const whole = !NAME_CHAR.test(before) && before !== "!" && !NAME_CHAR.test(after) && after !== "(" && after !== "!";
    if (candidate.toLowerCase() === lower && whole) {
      out += to;
      i += from.length;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** Index just past the quote that closes the one at `start` (a doubled quote is an escaped one). */
function closing(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}

/** A sheet with every formula passed through `rewrite` (cells, list sources, rules, names). */
export function rewriteFormulas(spec: SheetSpec, rewrite: (formula: string) => string): SheetSpec {
  const validation = (v: ValidationSpec): ValidationSpec =>
    v.rule.type === "list" && "source" in v.rule ? { ...v, rule: { type: "list", source: rewrite(v.rule.source) } } : v;
  const format = (f: ConditionalFormatSpec): ConditionalFormatSpec => (f.type === "formula" ? { ...f, formula: rewrite(f.formula) } : f);
  return {
    ...spec,
    grid: spec.grid.map((row) => row.map((cell) => (cell?.formula !== undefined ? { ...cell, formula: rewrite(cell.formula) } : cell))),
    validations: spec.validations.map(validation),
    conditionalFormats: spec.conditionalFormats.map(format),
    names: spec.names.map((n) => ({ ...n, refersTo: rewrite(n.refersTo) })),
  };
}

/** Sheet names a formula refers to ('Cost sheet'!B4 → "Cost sheet"); names in the model are quoted. */
export function referencedSheets(formula: string): string[] {
  const found: string[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const end = closing(formula, i);
      if (ch === "'" && formula[end] === "!") found.push(formula.slice(i + 1, end - 1).replace(/''/g, "'"));
      i = end;
    } else i++;
  }
  return found;
}
