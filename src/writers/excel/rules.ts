import type { ConditionalFormatSpec, ValidationRule, ValidationSpec } from "../../templates/kit";
import { NO_LIMIT } from "../style";

/**
 * Data validation and conditional formats of the model as Office.js objects (pure data, so
 * they are tested without Excel).
 */

/** The Office.js DataValidationRule for a model rule. */
export function officeRule(rule: ValidationRule): Excel.DataValidationRule {
  if (rule.type === "list") {
    const source = "source" in rule ? rule.source : rule.values.join(",");
    return { list: { inCellDropDown: true, source } };
  }
  const { min, max } = rule;
  const basic: Excel.BasicDataValidation =
    min !== undefined && max !== undefined
      ? { operator: "Between", formula1: min, formula2: max }
      : min !== undefined
        ? { operator: "GreaterThanOrEqualTo", formula1: min }
        : max !== undefined
          ? { operator: "LessThanOrEqualTo", formula1: max }
          : { operator: "Between", formula1: -NO_LIMIT, formula2: NO_LIMIT };
  return rule.type === "whole" ? { wholeNumber: basic } : { decimal: basic };
}

/** The input message shown when a validated cell is selected. */
export function officePrompt(spec: ValidationSpec): Excel.DataValidationPrompt {
  return { showPrompt: true, title: spec.prompt.title, message: spec.prompt.message };
}

/** The alert shown when a value breaks the rule: Stop, so the value is refused. */
export function officeErrorAlert(spec: ValidationSpec): Excel.DataValidationErrorAlert {
  return { showAlert: true, style: "Stop", title: spec.error.title, message: spec.error.message };
}

/** The 3-colour scale: lowest value, 50th percentile, highest value. */
export function colorScaleCriteria(spec: Extract<ConditionalFormatSpec, { type: "colorScale" }>): Excel.ConditionalColorScaleCriteria {
  const [low, mid, high] = spec.colors;
  return {
    minimum: { type: "LowestValue", color: low },
    midpoint: { formula: "50", type: "Percentile", color: mid },
    maximum: { type: "HighestValue", color: high },
  };
}
