import type { SheetSpec } from "../../../src/templates/kit/model";

/**
 * Two small sheets written by hand (not by the template builders) that use every feature of the
 * model: a table with formulas, a total, validations of each kind, both conditional formats, a
 * defined name, frozen panes, widths, a tab colour and a link from a second, quoted sheet.
 */
export const COSTS: SheetSpec = {
  key: "costSheet",
  name: "Kost kalk",
  grid: [
    [{ value: "Costs", role: "title" }],
    [{ value: "Write one cost per row.", role: "help" }],
    [
      { value: "Item", role: "header", format: "text" },
      { value: "Amount", role: "header", format: "text" },
      { value: "Share", role: "header", format: "text" },
      { value: "Double", role: "header", format: "text" },
    ],
    [
      { value: "Staff", role: "input", format: "text" },
      { value: 1200, role: "input", format: "money" },
      { value: 0.25, role: "input", format: "percent" },
      { formula: "=B4*2", role: "calc", format: "money" },
    ],
    [
      { value: "Rent", role: "input", format: "text" },
      { value: 300.5, role: "input", format: "money" },
      { value: 0.5, role: "input", format: "percent" },
      { formula: "=B5*2", role: "calc", format: "money" },
    ],
    [
      { value: "Total", role: "label" },
      { formula: "=SUM(B4:B5)", role: "total", format: "money" },
      undefined,
      { formula: '=IFNA(MATCH("Rent",A4:A5,0),0)', role: "check", format: "integer" },
    ],
    [
      { value: true, role: "label" },
      { value: 2026, role: "input", format: "year" },
    ],
  ],
  columnWidths: [20, 12.5, 9, 14],
  freeze: { rows: 3, columns: 1 },
  tables: [{ name: "Costs", range: "A3:D5", style: "TableStyleLight9" }],
  validations: [
    {
      range: "A4:A5",
      rule: { type: "list", source: "='Kost kalk'!$A$10:$A$12" },
      prompt: { title: "Item", message: "Pick an item." },
      error: { title: "Not allowed", message: "Pick from the list." },
    },
    {
      range: "B4:B5",
      rule: { type: "decimal", min: 0 },
      prompt: { title: "Amount", message: "0 or more." },
      error: { title: "Not allowed", message: "Cannot be negative." },
    },
    {
      range: "C4:C5",
      rule: { type: "decimal", min: 0, max: 1 },
      prompt: { title: "Share", message: "0–100 %." },
      error: { title: "Not allowed", message: "A share." },
    },
    {
      range: "B7",
      rule: { type: "whole", min: 1900, max: 9990 },
      prompt: { title: "Year", message: "A year." },
      error: { title: "Not allowed", message: "A whole year." },
    },
    {
      range: "A7",
      rule: { type: "list", values: ["yes", "no"] },
      prompt: { title: "Yes or no", message: "Choose." },
      error: { title: "Not allowed", message: "yes or no." },
    },
    {
      range: "D7",
      rule: { type: "decimal" },
      prompt: { title: "Any", message: "Any number." },
      error: { title: "Not allowed", message: "A number." },
    },
  ],
  conditionalFormats: [
    { type: "colorScale", range: "D4:D5", colors: ["#F8696B", "#FFEB84", "#63BE7B"] },
    { type: "formula", range: "B4:B5", formula: "=B4>=1000", fill: "#FFC7CE", fontColor: "#9C0006" },
  ],
  names: [{ name: "CostTotal", refersTo: "='Kost kalk'!$B$6" }],
  tabColor: "#70AD47",
};

export const LINKED: SheetSpec = {
  key: "impactMap",
  name: "It's linked (2)",
  grid: [
    [
      { value: "Label", role: "header" },
      { value: "Link", role: "header" },
      { value: "Half", role: "header" },
    ],
    [
      { value: "Investment", role: "label" },
      { formula: "='Kost kalk'!B6", role: "calc", format: "money" },
      { formula: "=CostTotal/2", role: "calc", format: "decimal" },
    ],
  ],
  columnWidths: [],
  freeze: { rows: 0, columns: 0 },
  tables: [{ name: "costs", range: "A1:C2" }],
  validations: [],
  conditionalFormats: [],
  names: [],
};
