import type { Language } from "../../core/language";
import { addGroupBlock } from "../kit";
import { cellAddress, rangeAddress, sheetRef } from "../kit";
import { calc, header, input, label, total } from "../kit";
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
  const lists = nameOf("lists", names, language);
  const costs = (c: number) => rangeAddress(layout.firstRow, c, layout.lastRow, c, true);
  addGroupBlock(sheet, {
    rows: block,
    heading: p(heading),
    labels: costs(column),
    label: (i) => {
      const source = sheetRef(lists, listCell(kind, i));
      return calc(`=IF(${source}="","",${source})`, "text");
    },
    // One column a year, then the whole period, each against the items' total of that column.
    columns: Array.from({ length: layout.years + 1 }, (_, t) => ({
      header: t < layout.years ? String(startYear + t) : p(T.total),
      values: costs(layout.firstCostColumn + t),
      total: cellAddress(layout.totalRow, layout.firstCostColumn + t),
    })),
    otherText: p(T.other),
    checkText: p(T.groupCheck),
    table,
  });
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
