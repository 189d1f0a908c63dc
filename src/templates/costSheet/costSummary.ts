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
  l: CostLayout,
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
  const labels = rangeAddress(l.firstRow, column, l.lastRow, column, true);
  const yearHeaders = Array.from({ length: l.years }, (_, i) => header(String(startYear + i)));
  sheet.putRow(block.headerRow, 0, [header(p(heading)), ...yearHeaders, header(p(T.total))]);
  const lists = nameOf("lists", names, language);
  for (let i = 0; i < block.rows; i++) {
    const r = block.firstRow + i;
    const source = sheetRef(lists, listCell(kind, i));
    const name = `$A${r + 1}`;
    sheet.put(r, 0, calc(`=IF(${source}="","",${source})`, "text"));
    for (let t = 0; t < l.years; t++) {
      const costs = rangeAddress(l.firstRow, l.firstCostColumn + t, l.lastRow, l.firstCostColumn + t, true);
      sheet.put(r, 1 + t, calc(`=IF(${name}="","",SUMIF(${labels},${name},${costs}))`, "money"));
    }
    sheet.put(r, 1 + l.years, calc(`=IF(${name}="","",SUM(${rangeAddress(r, 1, r, l.years)}))`, "money"));
  }
  sheet.put(block.otherRow, 0, label(p(T.other)));
  for (let t = 0; t <= l.years; t++) {
    const listed = rangeAddress(block.firstRow, 1 + t, block.firstRow + block.rows - 1, 1 + t);
    sheet.put(block.otherRow, 1 + t, total(`=${cellAddress(l.totalRow, l.firstCostColumn + t)}-SUM(${listed})`, "money"));
  }
  sheet.put(block.checkRow, 0, check(`=IF(ROUND(${cellAddress(block.otherRow, 1 + l.years)},2)<>0,"${p(T.groupCheck)}","")`));
  sheet.table(table, block.headerRow, 0, block.firstRow + block.rows - 1, 1 + l.years, "TableStyleLight1");
}

export interface FullScaleExample {
  readonly participants?: number;
  readonly targetGroup?: number;
  readonly extra?: number;
}

function addFullScale(sheet: SheetBuilder, l: CostLayout, language: Language, example: FullScaleExample): void {
  const p = picker(language);
  const f = l.fullScale;
  const B = (row: number): string => cellAddress(row, 1);
  sheet.put(f.titleRow, 0, header(p(T.fullScale)));
  sheet.putRow(f.participants, 0, [label(p(T.participants)), input("integer", example.participants)]);
  sheet.putRow(f.perParticipant, 0, [
    label(p(T.perParticipant)),
    calc(`=IF(OR(${B(f.participants)}="",${B(f.participants)}=0),"",${COST_GRAND_TOTAL}/${B(f.participants)})`, "money"),
  ]);
  sheet.putRow(f.targetGroup, 0, [label(p(T.targetGroup)), input("integer", example.targetGroup)]);
  sheet.putRow(f.extra, 0, [label(p(T.extra)), input("money", example.extra)]);
  sheet.putRow(f.estimate, 0, [
    label(p(T.estimate)),
    total(`=IF(OR(${B(f.perParticipant)}="",${B(f.targetGroup)}=""),"",${B(f.perParticipant)}*${B(f.targetGroup)}+${B(f.extra)})`, "money"),
  ]);
  sheet.validate(nonNegativeValidation(B(f.participants), p(T.participants), language));
  sheet.validate(nonNegativeValidation(B(f.targetGroup), p(T.targetGroup), language));
  sheet.validate(nonNegativeValidation(B(f.extra), p(T.extra), language));
}

/** Adds the group totals and the full-scale block under the item table. */
export function addCostSummary(
  sheet: SheetBuilder,
  l: CostLayout,
  options: { language: Language; startYear: number },
  names: SheetNames,
  example: FullScaleExample,
): void {
  addGroup(sheet, l, l.category, "categories", T.category, "SroiCostByCategory", options, names);
  addGroup(sheet, l, l.payer, "payers", T.payer, "SroiCostByPayer", options, names);
  addFullScale(sheet, l, options.language, example);
}
