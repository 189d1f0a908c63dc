import {
  Actor,
  ACTORS,
  SOCIETY_LABEL,
  BeforeAfterInput,
  fieldPath,
  GroupInput,
  RATE_ARGUMENTS,
  RATE_KEYS,
  RateInput,
  RatesInput,
  ResourceInput,
  Situation,
  SituationInput,
  SITUATIONS,
} from "../../../core/actors";
import type { BeforeAfterCells, CellValue } from "../../kit";
import { BA } from "../beforeAfterLayout";
import { ReadProblem, SheetCells, SheetPlace } from "./beforeAfterSheetCells";
import { findFixedRows, SettingsRow } from "./beforeAfterTables";
import { readsAs } from "../../kit";

export type { ReadProblem, SheetPlace } from "./beforeAfterSheetCells";

/**
 * Reads a before/after sheet back from its tables' data rows into the core's input. Robust to
 * what users do to tables: every data row of the groups and resources tables is read (blank group
 * rows are skipped), the rows of the fixed tables are found by their label in either language,
 * calculated and check columns are ignored. What cannot be read (a missing table or row, a changed
 * number of columns, an error value in an input cell) becomes a ReadProblem, and the place of every
 * input field on the sheet is kept for messages. Columns count from each table's first column, as
 * the layout's `columns` do (beforeAfterLayout.ts): the tables in column A and the ones beside them.
 */

/** A row of the sheet's results: an actor's, or society's right under the Summary table. */
export type SummaryRow = Actor | "society";

/** The rows of the sheet's results in the order the sheet shows them. */
export const SUMMARY_ROWS: readonly SummaryRow[] = [...ACTORS, "society"];

/** What the sheet's own Summary table shows for an actor or society (values as Excel gives them). */
export interface SheetFigures {
  readonly place: SheetPlace;
  readonly monthly: CellValue;
  readonly yearly: CellValue;
  readonly investment: CellValue;
  readonly horizonValue: CellValue;
  readonly netValue: CellValue;
  readonly payback: CellValue;
}

export interface BeforeAfterReading {
  readonly sheet: string;
  readonly input: BeforeAfterInput;
  readonly problems: readonly ReadProblem[];
  /** The sheet's own results per actor and for society; undefined when the Summary table is missing. */
  readonly summary: Readonly<Partial<Record<SummaryRow, SheetFigures>>> | undefined;
  /** Where a field ("groups[2].after.employment") is on the sheet: the row of the longest known prefix. */
  placeOf(field: string): SheetPlace | undefined;
}

const SETTINGS_FIELDS: Readonly<Record<SettingsRow, readonly string[]>> = {
  horizon: ["horizon", "horizon_unit"],
  deadweight: ["deadweight"],
  discountRate: ["discount_rate"],
  cost: [fieldPath("intervention", "cost_per_participant")],
};

/** Reads every table of a before/after sheet; never throws. */
export function readBeforeAfterSheet(cells: BeforeAfterCells): BeforeAfterReading {
  const sheet = new SheetCells(cells);
  const settings = readSettings(sheet);
  const summary = readSummary(sheet, cells.belowSummary);
  const input: BeforeAfterInput = {
    groups: readGroups(sheet),
    situations: readSituations(sheet),
    resources: readResources(sheet),
    intervention: { costPerParticipant: settings.cost, payerShares: readPayerShares(sheet) },
    horizon: { value: settings.horizon, unit: settings.horizonUnit },
    deadweight: settings.deadweight,
    discountRate: settings.discountRate,
    rates: readRates(sheet),
  };
  return { sheet: cells.sheet, input, problems: sheet.problems, summary, placeOf: (field) => sheet.placeOf(field) };
}

function readSettings(sheet: SheetCells): Record<SettingsRow | "horizonUnit", CellValue> {
  const rows = sheet.fixedRows("settings", SETTINGS_FIELDS);
  const value = (key: SettingsRow, column: number, field: string): CellValue => sheet.fixedCell("settings", rows[key], column, field);
  return {
    horizon: value("horizon", 1, "horizon"),
    horizonUnit: value("horizon", 2, "horizon_unit"),
    deadweight: value("deadweight", 1, "deadweight"),
    discountRate: value("discountRate", 1, "discount_rate"),
    cost: value("cost", 1, SETTINGS_FIELDS.cost[0]),
  };
}

function readRates(sheet: SheetCells): RatesInput {
  const rows = sheet.fixedRows("rates", Object.fromEntries(RATE_KEYS.map((key) => [key, [RATE_ARGUMENTS[key]]])));
  const rates = {} as Record<keyof RatesInput, RateInput>;
  for (const key of RATE_KEYS) {
    const field = RATE_ARGUMENTS[key];
    const at = (column: number, part?: string): CellValue =>
      sheet.fixedCell("rates", rows[key], column, part === undefined ? field : fieldPath(field, part));
    rates[key] = { value: at(1), year: at(2, "year"), source: at(3, "source") };
  }
  return rates;
}

function readGroups(sheet: SheetCells): GroupInput[] {
  const g = BA.groups;
  const groups: GroupInput[] = [];
  sheet.required("groups", ["groups"]).forEach((row, i) => {
    const inputs = Array.from({ length: g.checkColumn }, (_, c) => row[c] ?? "");
    if (inputs.every(isBlankCell)) return;
    const index = groups.length + 1;
    const field = fieldPath("groups", index);
    const at = sheet.rowReader("groups", i, field, inputs[0]);
    const moment = (first: number, name: "before" | "after"): Partial<Record<Situation, CellValue>> =>
      Object.fromEntries(SITUATIONS.map((s, j) => [s, at(first + j, fieldPath(field, name, s))]));
    groups.push({
      name: at(0, fieldPath(field, "name")),
      size: at(g.sizeColumn, fieldPath(field, "size")),
      before: moment(g.firstBefore, "before"),
      after: moment(g.firstAfter, "after"),
    });
  });
  return groups;
}

function readSituations(sheet: SheetCells): Partial<Record<Situation, SituationInput>> {
  const c = BA.situations.columns;
  const rows = sheet.fixedRows("situations", Object.fromEntries(SITUATIONS.map((s) => [s, [fieldPath("situations", s)]])));
  const situations: Partial<Record<Situation, SituationInput>> = {};
  for (const s of SITUATIONS) {
    const at = (column: number, part: string): CellValue =>
      sheet.fixedCell("situations", rows[s], column, fieldPath("situations", s, part));
    situations[s] =
      s === "employment"
        ? { monthlyAmount: at(c.amount, "monthly_amount") }
        : { monthlyAmount: at(c.amount, "monthly_amount"), payer: at(c.payer, "payer"), taxable: at(c.taxable, "taxable") };
  }
  return situations;
}

/** Every resource row, blank ones too: the core skips those, and its row numbers stay the table's. */
function readResources(sheet: SheetCells): ResourceInput[] {
  const c = BA.resources.columns;
  return sheet.required("resources", ["resources"]).map((row, i) => {
    const field = fieldPath("resources", i + 1);
    const at = sheet.rowReader("resources", i, field, row[c.name] ?? "");
    return {
      name: at(c.name, fieldPath(field, "name")),
      unitCost: at(c.unitCost, fieldPath(field, "unit_cost")),
      before: at(c.before, fieldPath(field, "before")),
      after: at(c.after, fieldPath(field, "after")),
      payer: at(c.payer, fieldPath(field, "payer")),
    };
  });
}

function readPayerShares(sheet: SheetCells): Partial<Record<Actor, CellValue>> {
  const shares = fieldPath("intervention", "payer_shares");
  const rows = sheet.fixedRows("payers", Object.fromEntries(ACTORS.map((a) => [a, [fieldPath(shares, a)]])), [shares]);
  return Object.fromEntries(ACTORS.map((a) => [a, sheet.fixedCell("payers", rows[a], 1, fieldPath(shares, a))]));
}

/**
 * The sheet's figures per actor, found by their labels, and society's: from the row right under
 * the table, where the template puts it, or from a row of the table itself (typing into the row
 * right under a table makes Excel take it into the table), found by society's label either way.
 * Undefined when the Summary table is missing or its columns changed.
 */
function readSummary(sheet: SheetCells, below: readonly CellValue[] | undefined): Partial<Record<SummaryRow, SheetFigures>> | undefined {
  const c = BA.summary.columns;
  const body = sheet.optional("summary");
  if (body === undefined) return undefined;
  const figuresOf = (row: readonly CellValue[], place: SheetPlace): SheetFigures => {
    const at = (column: number): CellValue => row[column] ?? "";
    return {
      place,
      monthly: at(c.monthly),
      yearly: at(c.yearly),
      investment: at(c.investment),
      horizonValue: at(c.horizonValue),
      netValue: at(c.netValue),
      payback: at(c.payback),
    };
  };
  const rows = findFixedRows("summary", body);
  const figures: Partial<Record<SummaryRow, SheetFigures>> = {};
  for (const a of ACTORS) {
    const i = rows[a];
    if (i !== undefined) figures[a] = figuresOf(body[i], sheet.place("summary", i));
  }
  const inTable = body.findIndex((row) => readsAs(row[0], SOCIETY_LABEL));
  if (inTable >= 0) figures.society = figuresOf(body[inTable], sheet.place("summary", inTable));
  else if (below !== undefined && readsAs(below[0], SOCIETY_LABEL))
    figures.society = figuresOf(below, sheet.place("summary", body.length, below[0]));
  return figures;
}

function isBlankCell(value: CellValue): boolean {
  return typeof value === "string" && value.trim() === "";
}
