import type { ValidationSpec } from "../../../src/templates/kit/model";
import { colorScaleCriteria, officeErrorAlert, officePrompt, officeRule } from "../../../src/writers/excel/rules";

describe("officeRule", () => {
  it("maps a list from a range or from values", () => {
    expect(officeRule({ type: "list", source: "='Listor'!$A$2:$A$7" })).toEqual({
      list: { inCellDropDown: true, source: "='Listor'!$A$2:$A$7" },
    });
    expect(officeRule({ type: "list", values: ["1", "2", "3"] })).toEqual({ list: { inCellDropDown: true, source: "1,2,3" } });
  });

  it("maps bounds to Between, ≥ or ≤", () => {
    expect(officeRule({ type: "whole", min: 1, max: 5 })).toEqual({ wholeNumber: { operator: "Between", formula1: 1, formula2: 5 } });
    expect(officeRule({ type: "decimal", min: 0 })).toEqual({ decimal: { operator: "GreaterThanOrEqualTo", formula1: 0 } });
    expect(officeRule({ type: "decimal", max: 1 })).toEqual({ decimal: { operator: "LessThanOrEqualTo", formula1: 1 } });
    expect(officeRule({ type: "decimal" })).toEqual({ decimal: { operator: "Between", formula1: -1e15, formula2: 1e15 } });
  });
});

describe("messages of a validation", () => {
  const spec: ValidationSpec = {
    range: "B2",
    rule: { type: "whole", min: 1 },
    prompt: { title: "P", message: "Prompt" },
    error: { title: "E", message: "Error" },
  };

  it("shows the prompt and refuses bad values with a Stop alert", () => {
    expect(officePrompt(spec)).toEqual({ showPrompt: true, title: "P", message: "Prompt" });
    expect(officeErrorAlert(spec)).toEqual({ showAlert: true, style: "Stop", title: "E", message: "Error" });
  });
});

describe("colorScaleCriteria", () => {
  it("runs from the lowest value over the median to the highest", () => {
    expect(colorScaleCriteria({ type: "colorScale", range: "A1:E5", colors: ["#63BE7B", "#FFEB84", "#F8696B"] })).toEqual({
      minimum: { type: "LowestValue", color: "#63BE7B" },
      midpoint: { formula: "50", type: "Percentile", color: "#FFEB84" },
      maximum: { type: "HighestValue", color: "#F8696B" },
    });
  });
});
