import type { DataValidation, Worksheet } from "exceljs";
import { cellAddress, parseRange, rangeAddress } from "../../templates/kit";
import type { ValidationRule, ValidationSpec } from "../../templates/kit";
import { NO_LIMIT } from "../style";
import { fileFormula } from "./formula";

/**
 * Data validation as the .xlsx file stores it. Excel rejects a file (it "repairs" it) when a
 * prompt or error text is too long or an inline list exceeds 255 characters, so those are
 * refused here with a message naming the range instead of writing a broken file.
 */

/** Excel's limits for the texts of a validation. */
const VALIDATION_LIMITS = { title: 32, prompt: 255, error: 225, inlineList: 255 } as const;

/** The ExcelJS validation for one rule (formulae without "="). */
function fileRule(rule: ValidationRule): Pick<DataValidation, "type" | "operator" | "formulae"> {
  if (rule.type === "list") {
    if ("source" in rule) return { type: "list", formulae: [fileFormula(rule.source)] };
    const items = rule.values.join(",");
    if (rule.values.some((v) => v.includes(",") || v.includes('"'))) throw new RangeError(`list item with a comma or quote in "${items}"`);
    if (items.length > VALIDATION_LIMITS.inlineList)
      throw new RangeError(`inline list longer than ${VALIDATION_LIMITS.inlineList} characters: "${items}"`);
    return { type: "list", formulae: [`"${items}"`] };
  }
  const { type, min, max } = rule;
  if (min !== undefined && max !== undefined) return { type, operator: "between", formulae: [min, max] };
  if (min !== undefined) return { type, operator: "greaterThanOrEqual", formulae: [min] };
  if (max !== undefined) return { type, operator: "lessThanOrEqual", formulae: [max] };
  return { type, operator: "between", formulae: [-NO_LIMIT, NO_LIMIT] };
}

function checkLength(what: string, text: string, limit: number, range: string): void {
  if (text.length > limit)
    throw new RangeError(`validation of ${range}: ${what} has ${text.length} characters, Excel allows ${limit}: "${text}"`);
}

/** The full ExcelJS validation of a spec: rule, input message and stop-style error message. */
function fileValidation(spec: ValidationSpec): DataValidation {
  checkLength("prompt title", spec.prompt.title, VALIDATION_LIMITS.title, spec.range);
  checkLength("prompt", spec.prompt.message, VALIDATION_LIMITS.prompt, spec.range);
  checkLength("error title", spec.error.title, VALIDATION_LIMITS.title, spec.range);
  checkLength("error", spec.error.message, VALIDATION_LIMITS.error, spec.range);
  return {
    ...fileRule(spec.rule),
    allowBlank: true,
    showInputMessage: true,
    promptTitle: spec.prompt.title,
    prompt: spec.prompt.message,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: spec.error.title,
    error: spec.error.message,
  };
}

/**
 * ExcelJS keeps a sheet's validations keyed by address and writes a range key as one range
 * (one `sqref`), which its typings do not declare; per-cell validations would create every cell.
 */
type WithValidations = Worksheet & { dataValidations: { add(address: string, validation: DataValidation): void } };

/** Adds every validation of a sheet (ranges normalised to "A1:B2" without $, as ExcelJS needs). */
export function addValidations(sheet: Worksheet, specs: readonly ValidationSpec[]): void {
  for (const spec of specs) {
    const b = parseRange(spec.range);
    const single = b.top === b.bottom && b.left === b.right;
    const address = single ? cellAddress(b.top, b.left) : rangeAddress(b.top, b.left, b.bottom, b.right);
    (sheet as WithValidations).dataValidations.add(address, fileValidation(spec));
  }
}
