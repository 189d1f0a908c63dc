import type { Language } from "../../core/language";
import { cellAddress, rangeAddress, sheetRef } from "../kit";
import { calc, check, header, input, label, total } from "../kit";
import { COST_GRAND_TOTAL, costColumn, CostLayout, GroupBlock } from "./costLayout";
import { listCell, ListKind } from "../kit";
import type { SheetNames } from "../kit";
import type { SheetBuilder } from "../kit";
import { nameOf } from "../kit";
import { picker, Text, tx } from "../kit";
import { nonNegativeValidation } from "../kit";

/** The cost sheet's totals by category and payer, and the full-scale estimate. */

const T = {
  category: tx("Cost category", "Kostnadskategori"),
  payer: tx("Payer", "Betalare"),
  total: tx("Total", "Summa"),
  other: tx("Other / not listed", "Övriga / ej listade"),
  groupCheck: tx(
    "Some costs have a blank or unlisted choice, or a list entry is repeated",
    "Några kostnader saknar val eller har ett val som inte finns i listan, eller så upprepas ett val",
  ),
  fullScale: tx("Full-scale estimate", "Uppskattning vid full skala"),
  participants: tx("Participants reached by these costs", "Deltagare som kostnaderna avser"),
  perParticipant: tx("Cost per participant", "Kostnad per deltagare"),
  targetGroup: tx("People in the whole target group", "Personer i hela målgruppen"),
  extra: tx("Extra one-off costs at full scale", "Extra engångskostnader vid full skala"),
  estimate: tx("Estimated cost at full scale", "Uppskattad kostnad vid full skala"),
};

function addGroup(
  sheet: SheetBuilder,
  layout: CostLayout,
  block: GroupBlock,
  kind: ListKind,
  heading: Text,
  table: string,
  options: { language: Language; startYear: number },
  names: SheetNames,
): void {
  const { language, startYear } = options;
  const p = picker(language);
  const column = costColumn(kind === "categories" ? "category" : "payer");
  const labels = rangeAddress(layout.firstRow, column, layout.lastRow, column, true);
  const yearHeaders = Array.from({ length: layout.years }, (_, i) => header(String(startYear + i)));
  sheet.putRow(block.headerRow, 0, [header(p(heading)), ...yearHeaders, header(p(T.total))]);
  const lists = nameOf("lists", names, language);
  for (let i = 0; i < block.rows; i++) {
    const r = block.firstRow + i;
    const source = sheetRef(lists, listCell(kind, i));
    const name = `$A${r + 1}`;
    sheet.put(r, 0, calc(`=IF(${source}="","",${source})`, "text"));
    for (let t = 0; t < layout.years; t++) {
      const costs = rangeAddress(layout.firstRow, layout.firstCostColumn + t, layout.lastRow, layout.firstCostColumn + t, true);
      sheet.put(r, 1 + t, calc(`=IF(${name}="","",SUMIF(${labels},${name},${costs}))`, "money"));
    }
    sheet.put(r, 1 + layout.years, calc(`=IF(${name}="","",SUM(${rangeAddress(r, 1, r, layout.years)}))`, "money"));
  }
  sheet.put(block.otherRow, 0, label(p(T.other)));
  for (let t = 0; t <= layout.years; t++) {
    const listed = rangeAddress(block.firstRow, 1 + t, block.firstRow + block.rows - 1, 1 + t);
    sheet.put(block.otherRow, 1 + t, total(`=${cellAddress(layout.totalRow, layout.firstCostColumn + t)}-SUM(${listed})`, "money"));
  }
  sheet.put(block.checkRow, 0, check(`=IF(ROUND(${cellAddress(block.otherRow, 1 + layout.years)},2)<>0,"${p(T.groupCheck)}","")`));
  sheet.table(table, block.headerRow, 0, block.firstRow + block.rows - 1, 1 + layout.years, "TableStyleLight1");
}

export interface FullScaleExample {
  readonly participants?: number;
  readonly targetGroup?: number;
  readonly extra?: number;
}

function addFullScale(sheet: SheetBuilder, layout: CostLayout, language: Language, example: FullScaleExample): void {
  const p = picker(language);
  const rows = layout.fullScale;
  const valueCell = (row: number): string => cellAddress(row, 1);
  sheet.put(rows.titleRow, 0, header(p(T.fullScale)));
  sheet.putRow(rows.participants, 0, [label(p(T.participants)), input("integer", example.participants)]);
  sheet.putRow(rows.perParticipant, 0, [
    label(p(T.perParticipant)),
    calc(
      `=IF(OR(${valueCell(rows.participants)}="",${valueCell(rows.participants)}=0),"",${COST_GRAND_TOTAL}/${valueCell(rows.participants)})`,
      "money",
    ),
  ]);
  sheet.putRow(rows.targetGroup, 0, [label(p(T.targetGroup)), input("integer", example.targetGroup)]);
  sheet.putRow(rows.extra, 0, [label(p(T.extra)), input("money", example.extra)]);
  sheet.putRow(rows.estimate, 0, [
    label(p(T.estimate)),
    total(
      `=IF(OR(${valueCell(rows.perParticipant)}="",${valueCell(rows.targetGroup)}=""),"",${valueCell(rows.perParticipant)}*${valueCell(rows.targetGroup)}+${valueCell(rows.extra)})`,
      "money",
    ),
  ]);
  sheet.validate(nonNegativeValidation(valueCell(rows.participants), p(T.participants), language));
  sheet.validate(nonNegativeValidation(valueCell(rows.targetGroup), p(T.targetGroup), language));
  sheet.validate(nonNegativeValidation(valueCell(rows.extra), p(T.extra), language));
}

/** Adds the group totals and the full-scale block under the item table. */
export function addCostSummary(
  sheet: SheetBuilder,
  layout: CostLayout,
  options: { language: Language; startYear: number },
  names: SheetNames,
  example: FullScaleExample,
): void {
  addGroup(sheet, layout, layout.category, "categories", T.category, "SroiCostByCategory", options, names);
  addGroup(sheet, layout, layout.payer, "payers", T.payer, "SroiCostByPayer", options, names);
  addFullScale(sheet, layout, options.language, example);
}
