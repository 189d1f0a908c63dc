import type { ConditionalFormattingRule, Worksheet } from "exceljs";
import type { ConditionalFormatSpec } from "../../templates/kit";
import { argb } from "./color";
import { fileFormula } from "./formula";

/**
 * The ExcelJS rule of one conditional format: a 3-colour scale or a formula with a fill.
 * `priority` 1 is evaluated first; a sheet's formats keep the model's order.
 */
function fileConditionalRule(spec: ConditionalFormatSpec, priority: number): ConditionalFormattingRule {
  if (spec.type === "colorScale") {
    return {
      type: "colorScale",
      priority,
      cfvo: [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }],
      color: spec.colors.map((c) => ({ argb: argb(c) })),
    };
  }
  return {
    type: "expression",
    priority,
    formulae: [fileFormula(spec.formula)],
    style: {
      fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(spec.fill) } },
      ...(spec.fontColor ? { font: { color: { argb: argb(spec.fontColor) } } } : {}),
    },
  };
}

/** Adds a sheet's conditional formats, numbering their priorities in the model's order. */
export function addConditionalFormats(sheet: Worksheet, specs: readonly ConditionalFormatSpec[]): void {
  specs.forEach((spec, i) => sheet.addConditionalFormatting({ ref: spec.range, rules: [fileConditionalRule(spec, i + 1)] }));
}
