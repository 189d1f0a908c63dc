import type { Language } from "../../core/language";
import { cellAddress, columnLetter, rangeAddress } from "../kit";
import { calc, check, header, input, label, total } from "../kit";
import { costColumn, CostLayout } from "./costLayout";
import { listSource } from "../kit";
import type { SheetNames } from "../kit";
import type { SheetBuilder } from "../kit";
import { nameOf } from "../kit";
import { COST_ITEMS_TABLE, WARNING_FILL } from "../kit";
import { fill, picker, Text, tx } from "../kit";
import { unitCostRanges } from "./unitCosts";
import { listValidation, nonNegativeValidation } from "../kit";

/** The cost sheet's item table: one row per cost item, quantities and costs per year. */

const T = {
  item: tx("Cost item", "Kostnadspost"),
  category: tx("Category", "Kategori"),
  payer: tx("Payer", "Betalare"),
  unitCostItem: tx("Unit-cost item (optional)", "Enhetskostnad (valfri)"),
  unit: tx("Unit", "Enhet"),
  ownUnitCost: tx("Own unit cost", "Egen kostnad per enhet"),
  unitCost: tx("Unit cost used", "Använd kostnad per enhet"),
  quantity: tx("Quantity {year}", "Antal {year}"),
  totalQuantity: tx("Total quantity", "Totalt antal"),
  cost: tx("Cost {year}", "Kostnad {year}"),
  totalCost: tx("Total cost", "Total kostnad"),
  check: tx("Check", "Kontroll"),
  total: tx("Total", "Summa"),
  notFound: tx("The unit-cost item is not on the unit-cost sheet", "Enhetskostnaden finns inte på bladet med enhetskostnader"),
  noUnitCost: tx("Enter an own unit cost or pick a unit-cost item", "Ange en egen kostnad per enhet eller välj en enhetskostnad"),
  noGroup: tx("Choose a category and a payer", "Välj kategori och betalare"),
};

/** The headers of the item columns a unit cost goes into (the taskpane's writer finds the columns by them). */
export const COST_ITEM_HEADERS = {
  unitCostItem: T.unitCostItem,
  unit: T.unit,
  ownUnitCost: T.ownUnitCost,
  unitCost: T.unitCost,
} as const;

export type CostExampleRow = {
  readonly item: string;
  readonly category: string;
  readonly payer: string;
  readonly unitCostItem?: string;
  readonly unit: string;
  readonly ownUnitCost?: number;
  readonly quantities: readonly (number | undefined)[];
};

/** The formulas of one item row. */
function costRowFormulas(l: CostLayout, row: number, names: SheetNames, language: Language) {
  const r = row + 1;
  const c = (id: Parameters<typeof costColumn>[0]): string => `$${columnLetter(costColumn(id))}${r}`;
  const uc = unitCostRanges(names, language);
  const used = c("unitCost");
  const unitCost = `=IF(${c("unitCostItem")}="",IF(${c("ownUnitCost")}="","",${c("ownUnitCost")}),IFERROR(INDEX(${uc.costs},MATCH(${c("unitCostItem")},${uc.names},0)),""))`;
  const quantities = `${cellAddress(row, l.firstQuantityColumn)}:${cellAddress(row, l.totalQuantityColumn - 1)}`;
  const totalQuantity = `=IF(COUNT(${quantities})=0,"",SUM(${quantities}))`;
  const costs = Array.from({ length: l.years }, (_, i) => {
    const q = cellAddress(row, l.firstQuantityColumn + i);
    return `=IF(OR(${used}="",${q}=""),"",${used}*${q})`;
  });
  const costRange = `${cellAddress(row, l.firstCostColumn)}:${cellAddress(row, l.totalCostColumn - 1)}`;
  const totalCost = `=IF(COUNT(${costRange})=0,"",SUM(${costRange}))`;
  // The typed cells only: COUNTA counts the unit-cost formula's "" in Excel and LibreOffice.
  const inputs = `$A${r}:${c("ownUnitCost")},${cellAddress(row, l.firstQuantityColumn)}:${cellAddress(row, l.totalQuantityColumn - 1)}`;
  const p = picker(language);
  const checkFormula =
    `=IF(COUNTA(${inputs})=0,"",IF(AND(${c("unitCostItem")}<>"",ISNA(MATCH(${c("unitCostItem")},${uc.names},0))),"${p(T.notFound)}",` +
    `IF(${used}="","${p(T.noUnitCost)}",IF(OR(${c("category")}="",${c("payer")}=""),"${p(T.noGroup)}",""))))`;
  return { unitCost, totalQuantity, costs, totalCost, check: checkFormula };
}

/** Headers, input rows, calculated columns, the total row and the validations. */
export function addCostItems(
  sheet: SheetBuilder,
  l: CostLayout,
  options: { language: Language; startYear: number },
  names: SheetNames,
  example: readonly CostExampleRow[],
): void {
  const { language, startYear } = options;
  const p = picker(language);
  const year = (t: Text, i: number): string => fill(p(t), { year: startYear + i });
  const years = Array.from({ length: l.years }, (_, i) => i);
  sheet.putRow(l.headerRow, 0, [
    ...[T.item, T.category, T.payer, T.unitCostItem, T.unit, T.ownUnitCost, T.unitCost].map((t) => header(p(t))),
    ...years.map((i) => header(year(T.quantity, i))),
    header(p(T.totalQuantity)),
    ...years.map((i) => header(year(T.cost, i))),
    header(p(T.totalCost)),
    header(p(T.check)),
  ]);
  for (let r = l.firstRow; r <= l.lastRow; r++) {
    const e = example[r - l.firstRow];
    const f = costRowFormulas(l, r, names, language);
    sheet.putRow(r, 0, [
      input("text", e?.item),
      input("text", e?.category),
      input("text", e?.payer),
      input("text", e?.unitCostItem),
      input("text", e?.unit),
      input("money", e?.ownUnitCost),
      calc(f.unitCost, "money"),
      ...years.map((i) => input("decimal", e?.quantities[i])),
      calc(f.totalQuantity, "decimal"),
      ...f.costs.map((formula) => calc(formula, "money")),
      calc(f.totalCost, "money"),
      check(f.check),
    ]);
  }
  sheet.put(l.totalRow, 0, label(p(T.total)));
  for (let c = l.firstCostColumn; c <= l.totalCostColumn; c++)
    sheet.put(l.totalRow, c, total(`=SUM(${rangeAddress(l.firstRow, c, l.lastRow, c)})`, "money"));
  const column = (c: number): string => rangeAddress(l.firstRow, c, l.lastRow, c);
  const lists = nameOf("lists", names, language);
  sheet.validate(listValidation(column(costColumn("category")), listSource("categories", names, language), p(T.category), language, lists));
  sheet.validate(listValidation(column(costColumn("payer")), listSource("payers", names, language), p(T.payer), language, lists));
  sheet.validate(
    listValidation(
      column(costColumn("unitCostItem")),
      `=${unitCostRanges(names, language).names}`,
      p(T.unitCostItem),
      language,
      nameOf("unitCosts", names, language),
    ),
  );
  sheet.validate(nonNegativeValidation(column(costColumn("ownUnitCost")), p(T.ownUnitCost), language));
  sheet.validate(
    nonNegativeValidation(
      rangeAddress(l.firstRow, l.firstQuantityColumn, l.lastRow, l.totalQuantityColumn - 1),
      fill(p(T.quantity), { year: "" }).trim(),
      language,
    ),
  );
  const checks = rangeAddress(l.firstRow, l.checkColumn, l.lastRow, l.checkColumn);
  sheet.conditionalFormat({
    type: "formula",
    range: checks,
    formula: `=LEN(${cellAddress(l.firstRow, l.checkColumn)})>0`,
    fill: WARNING_FILL,
  });
  sheet.table(COST_ITEMS_TABLE, l.headerRow, 0, l.lastRow, l.checkColumn);
}
