import { Bounds, overlaps, sameBounds } from "./fakeAddress";
import { FakeClientResult } from "./fakeClientResult";
import { FakeContext } from "./fakeContext";
import { demand } from "./fakeErrors";
import type { FakeRangeProxy } from "./fakeRange";
import { FakeConditionalFormat, FakeSheet, FakeValidation, SheetExists, checkSheetReferences } from "./fakeWorkbook";

/**
 * Data validation (ExcelApi 1.8) and conditional formats (1.6) on a range, with Excel's limits:
 * input-message title ≤ 32 and text ≤ 255 characters, error title ≤ 32 and text ≤ 225, a literal
 * list ≤ 255 characters. Deliberately stricter than Excel: a validation that partly overlaps
 * another one is refused (a template should never stack rules).
 */

const RULE_KINDS = ["list", "wholeNumber", "decimal", "textLength", "date", "time", "custom"];
const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];

function isColour(value: unknown): boolean {
  return typeof value === "string" && /^#[0-9A-Fa-f]{6}$/.test(value);
}

function checkRule(rule: Record<string, unknown>, sheetExists: SheetExists): void {
  const kinds = Object.keys(rule).filter((k) => rule[k] !== undefined && rule[k] !== null);
  demand(
    kinds.length === 1 && RULE_KINDS.includes(kinds[0]),
    "InvalidArgument",
    `A validation rule needs exactly one of ${RULE_KINDS.join(", ")}; got ${kinds.join(", ") || "none"}.`,
  );
  const body = rule[kinds[0]] as Record<string, unknown>;
  if (kinds[0] === "list") {
    const source = body.source;
    demand(typeof source === "string" && source.trim() !== "", "InvalidArgument", "A list rule needs a source.");
    demand(source.startsWith("=") || source.length <= 255, "InvalidArgument", "A literal list may hold at most 255 characters.");
    if (source.startsWith("=")) checkSheetReferences(source, sheetExists);
    return;
  }
  if (kinds[0] === "custom") {
    demand(typeof body.formula === "string" && body.formula.startsWith("="), "InvalidArgument", "A custom rule needs a formula.");
    return;
  }
  demand(OPERATORS.includes(body.operator as string), "InvalidArgument", `"${String(body.operator)}" is not a validation operator.`);
  const between = body.operator === "Between" || body.operator === "NotBetween";
  demand(
    body.formula1 !== undefined && (!between || body.formula2 !== undefined),
    "InvalidArgument",
    `The operator ${String(body.operator)} needs ${between ? "formula1 and formula2" : "formula1"}.`,
  );
  if (kinds[0] === "wholeNumber") {
    for (const f of [body.formula1, body.formula2])
      demand(f === undefined || typeof f === "string" || Number.isInteger(f), "InvalidArgument", `${String(f)} is not a whole number.`);
  }
}

function checkText(text: unknown, max: number, what: string): void {
  demand(
    text === undefined || (typeof text === "string" && text.length <= max),
    "InvalidArgument",
    `The ${what} may hold at most ${max} characters; got ${String(text).length}.`,
  );
}

export class FakeDataValidationProxy {
  constructor(private readonly range: FakeRangeProxy) {}

  private entry(sheet: FakeSheet, bounds: Bounds): FakeValidation {
    const same = sheet.validations.find((v) => sameBounds(v.bounds, bounds));
    if (same) return same;
    const clash = sheet.validations.find((v) => overlaps(v.bounds, bounds));
    demand(!clash, "InvalidOperation", "This range partly overlaps another range's data validation (the fake refuses stacked rules).");
    const created: FakeValidation = { bounds };
    sheet.validations.push(created);
    return created;
  }

  set rule(rule: Record<string, unknown>) {
    this.range.enqueueOn("dataValidation.rule", "1.8", (sheet, b) => {
      checkRule(rule, (name) => this.range.sheetExists(name));
      this.entry(sheet, b).rule = structuredCloneSafe(rule);
    });
  }

  set prompt(prompt: { showPrompt?: boolean; title?: string; message?: string }) {
    this.range.enqueueOn("dataValidation.prompt", "1.8", (sheet, b) => {
      checkText(prompt.title, 32, "input message title");
      checkText(prompt.message, 255, "input message");
      this.entry(sheet, b).prompt = { ...prompt };
    });
  }

  set errorAlert(alert: { showAlert?: boolean; style?: string; title?: string; message?: string }) {
    this.range.enqueueOn("dataValidation.errorAlert", "1.8", (sheet, b) => {
      checkText(alert.title, 32, "error alert title");
      checkText(alert.message, 225, "error alert message");
      demand(
        alert.style === undefined || ["Stop", "Warning", "Information"].includes(alert.style),
        "InvalidArgument",
        `"${alert.style}" is not an alert style.`,
      );
      this.entry(sheet, b).errorAlert = { ...alert };
    });
  }

  clear(): void {
    this.range.enqueueOn("dataValidation.clear", "1.8", (sheet, b) => {
      const keep = sheet.validations.filter((v) => !overlaps(v.bounds, b));
      sheet.validations.splice(0, sheet.validations.length, ...keep);
    });
  }
}

function structuredCloneSafe<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export class FakeConditionalFormatCollectionProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly range: FakeRangeProxy,
  ) {}

  /** The number of conditional formats whose area meets the range (ExcelApi 1.6). */
  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.range.enqueueOn("conditionalFormats.getCount", "1.6", (sheet, bounds) =>
      result.fill(sheet.conditionalFormats.filter((f) => overlaps(f.bounds, bounds)).length),
    );
    return result;
  }

  add(type: string): FakeConditionalFormatProxy {
    const ref: { format?: FakeConditionalFormat } = {};
    this.range.enqueueOn("conditionalFormats.add", "1.6", (sheet, bounds) => {
      demand(
        type === "Custom" || type === "ColorScale",
        "InvalidArgument",
        `The fake models only Custom and ColorScale conditional formats, not "${type}".`,
      );
      ref.format = { bounds, type };
      sheet.conditionalFormats.push(ref.format);
    });
    return new FakeConditionalFormatProxy(this.ctx, ref);
  }
}

export class FakeConditionalFormatProxy {
  readonly custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } };
  readonly colorScale: { criteria: Record<string, unknown> };

  constructor(ctx: FakeContext, ref: { format?: FakeConditionalFormat }) {
    const change = (api: string, type: string, apply: (f: FakeConditionalFormat) => void) =>
      ctx.enqueue(api, "1.6", () => {
        demand(ref.format !== undefined, "ItemNotFound", "The conditional format does not exist.");
        demand(ref.format.type === type, "InvalidOperation", `This conditional format is ${ref.format.type}, not ${type}.`);
        apply(ref.format);
      });
    const setter = <T>(api: string, type: string, check: (v: T) => boolean, apply: (f: FakeConditionalFormat, v: T) => void) => ({
      set: (v: T) =>
        change(api, type, (f) => {
          demand(check(v), "InvalidArgument", `"${String(v)}" is not valid for ${api}.`);
          apply(f, v);
        }),
      enumerable: true,
    });
    const rule = Object.defineProperties({} as { formula: string }, {
      formula: setter<string>(
        "custom.rule.formula",
        "Custom",
        (v) => typeof v === "string" && v.startsWith("=") && v.length <= 8192,
        (f, v) => {
          checkSheetReferences(v, (name) => ctx.excel.findSheet(name) !== undefined);
          f.formula = v;
        },
      ),
    });
    const fill = Object.defineProperties({} as { color: string }, {
      color: setter("custom.format.fill.color", "Custom", isColour, (f, v: string) => (f.fill = v)),
    });
    const font = Object.defineProperties({} as { color: string }, {
      color: setter("custom.format.font.color", "Custom", isColour, (f, v: string) => (f.fontColor = v)),
    });
    this.custom = { rule, format: { fill, font } };
    this.colorScale = Object.defineProperties({} as { criteria: Record<string, unknown> }, {
      criteria: setter<Record<string, unknown>>(
        "colorScale.criteria",
        "ColorScale",
        checkCriteria,
        (f, v) => (f.criteria = structuredCloneSafe(v)),
      ),
    });
  }
}

const CRITERION_TYPES = ["LowestValue", "HighestValue", "Number", "Percent", "Formula", "Percentile"];

function checkCriteria(criteria: Record<string, unknown>): boolean {
  const points = [criteria.minimum, criteria.midpoint, criteria.maximum];
  if (!criteria.minimum || !criteria.maximum) return false;
  return points.every((p) => {
    if (p === undefined || p === null) return true;
    const { type, color } = p as { type?: string; color?: string };
    return CRITERION_TYPES.includes(type ?? "") && isColour(color);
  });
}
