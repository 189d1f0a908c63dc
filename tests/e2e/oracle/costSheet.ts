import { convertPrice, Dec, sum } from "../../../src/core";
import { costColumn, costLayout, COST_SUMMARY_ROW, GroupBlock } from "../../../src/templates/costSheet/costLayout";
import { LIST_HEADER_ROW, LISTS, ListKind } from "../../../src/templates/kit/lists";
import { UNIT_BASE_YEAR_ROW, UNIT_COLUMNS, UNIT_HEADER_ROW, UNIT_LIBRARY_FIRST } from "../../../src/templates/costSheet/unitCosts";
import { LIBRARY_AMOUNTS } from "../../../src/core/prices/unitCostLibrary";
import { ANY_TEXT, BLANK, Expected, ExpectedCells, number, PlannedSheets, sameLabel } from "./expected";

/**
 * Expected values of the cost sheet from its inputs: cost = unit cost × quantity per item and year
 * (the unit cost picked by name from the unit-cost sheet, else the item's own), totals per item,
 * year, category and payer with core sums, and the full-scale estimate
 * (grand total / participants × target group + extra).
 */

const K = "costSheet";

interface ItemRow {
  readonly category: string;
  readonly payer: string;
  /** Cost per year, undefined where the formula leaves the cell blank. */
  readonly costs: readonly (Dec | undefined)[];
}

const U = (id: (typeof UNIT_COLUMNS)[number]): number => UNIT_COLUMNS.indexOf(id);
const UNIT_LAST = UNIT_LIBRARY_FIRST + LIBRARY_AMOUNTS.length - 1;

/**
 * A unit cost in the sheet's price base year, as the core converts it (convertPrice with the
 * shipped KPI, which the planned KPI sheet holds); null when a year is missing from the KPI.
 */
function baseCostOf(planned: PlannedSheets, r: number): Dec | undefined | null {
  const cost = planned.numberAt("unitCosts", r, U("cost"));
  if (cost === undefined) return undefined;
  const year = planned.numberAt("unitCosts", r, U("priceYear"));
  const base = planned.numberAt("unitCosts", UNIT_BASE_YEAR_ROW, 1);
  if (year === undefined) return cost;
  try {
    return convertPrice(cost, year.toNumber(), base?.toNumber() ?? NaN);
  } catch {
    return null;
  }
}

/** The unit-cost sheet's calculated columns: cost in base-year prices and the row's check. */
function expectUnitCosts(planned: PlannedSheets, expected: ExpectedCells): void {
  for (let r = UNIT_HEADER_ROW + 1; r <= UNIT_LAST; r++) {
    const base = baseCostOf(planned, r);
    expected.set("unitCosts", r, U("baseCost"), base === undefined || base === null ? BLANK : number(base));
    const typed = Array.from({ length: U("includes") + 1 }, (_, c) => planned.textAt("unitCosts", r, c)).some((t) => t !== "");
    expected.set("unitCosts", r, U("check"), !typed ? BLANK : base === undefined || base === null ? ANY_TEXT : BLANK);
  }
}

function unitCostOf(planned: PlannedSheets, name: string): Dec | undefined {
  for (let r = UNIT_HEADER_ROW + 1; r <= UNIT_LAST; r++) {
    if (sameLabel(planned.textAt("unitCosts", r, 0), name)) return baseCostOf(planned, r) ?? undefined;
  }
  return undefined;
}

/** The texts of a list on the lists sheet, "" for its blank rows. */
export function listTexts(planned: PlannedSheets, kind: ListKind): string[] {
  const def = LISTS[kind];
  return Array.from({ length: def.rows }, (_, i) => planned.textAt("lists", LIST_HEADER_ROW + 1 + i, def.column));
}

/**
 * A row's check: blank for an empty row (nothing typed in it) and for a complete one; a warning
 * when the named unit cost is unknown, no unit cost is given, or the category or payer is missing.
 */
function rowWarning(planned: PlannedSheets, r: number, inputEnd: number, used: Dec | undefined): Expected {
  const typed = Array.from({ length: inputEnd }, (_, c) => c).filter((c) => !planned.isFormula(K, r, c) && planned.textAt(K, r, c) !== "");
  if (typed.length === 0) return BLANK;
  if (used === undefined) return ANY_TEXT;
  if (planned.textAt(K, r, costColumn("category")) === "" || planned.textAt(K, r, costColumn("payer")) === "") return ANY_TEXT;
  return BLANK;
}

const orZero = (v: Dec | undefined): Dec => v ?? new Dec(0);

/** Sets the expected value of every calculated cell of the cost sheet; returns the grand total. */
export function expectCostSheet(planned: PlannedSheets, expected: ExpectedCells, years: number): Dec {
  const l = costLayout(years);
  expectUnitCosts(planned, expected);
  const rows: ItemRow[] = [];
  for (let r = l.firstRow; r <= l.lastRow; r++) {
    const named = planned.textAt(K, r, costColumn("unitCostItem"));
    const used = named !== "" ? unitCostOf(planned, named) : planned.numberAt(K, r, costColumn("ownUnitCost"));
    const quantities = Array.from({ length: years }, (_, t) => planned.numberAt(K, r, l.firstQuantityColumn + t));
    const costs = quantities.map((q) => (used === undefined || q === undefined ? undefined : used.times(q)));
    const given = quantities.filter((q): q is Dec => q !== undefined);
    const priced = costs.filter((c): c is Dec => c !== undefined);
    expected.set(K, r, costColumn("unitCost"), used === undefined ? BLANK : number(used));
    expected.set(K, r, l.totalQuantityColumn, given.length === 0 ? BLANK : number(sum(given)));
    costs.forEach((c, t) => expected.set(K, r, l.firstCostColumn + t, c === undefined ? BLANK : number(c)));
    expected.set(K, r, l.totalCostColumn, priced.length === 0 ? BLANK : number(sum(priced)));
    expected.set(K, r, l.checkColumn, rowWarning(planned, r, l.firstQuantityColumn + years, used));
    rows.push({ category: planned.textAt(K, r, costColumn("category")), payer: planned.textAt(K, r, costColumn("payer")), costs });
  }
  const yearTotals = Array.from({ length: years }, (_, t) => sum(rows.map((row) => orZero(row.costs[t]))));
  const grandTotal = sum(yearTotals);
  yearTotals.forEach((v, t) => expected.set(K, l.totalRow, l.firstCostColumn + t, number(v)));
  expected.set(K, l.totalRow, l.totalCostColumn, number(grandTotal));
  expected.set(K, COST_SUMMARY_ROW, 1, number(grandTotal));
  expectGroup(
    planned,
    expected,
    l.category,
    "categories",
    rows.map((row) => row.category),
    rows,
    yearTotals,
  );
  expectGroup(
    planned,
    expected,
    l.payer,
    "payers",
    rows.map((row) => row.payer),
    rows,
    yearTotals,
  );
  const f = l.fullScale;
  const participants = planned.numberAt(K, f.participants, 1);
  const perParticipant = participants === undefined || participants.isZero() ? undefined : grandTotal.div(participants);
  expected.set(K, f.perParticipant, 1, perParticipant === undefined ? BLANK : number(perParticipant));
  const target = planned.numberAt(K, f.targetGroup, 1);
  const extra = orZero(planned.numberAt(K, f.extra, 1));
  expected.set(
    K,
    f.estimate,
    1,
    perParticipant === undefined || target === undefined ? BLANK : number(perParticipant.times(target).plus(extra)),
  );
  return grandTotal;
}

function expectGroup(
  planned: PlannedSheets,
  expected: ExpectedCells,
  block: GroupBlock,
  kind: ListKind,
  labels: string[],
  rows: ItemRow[],
  yearTotals: Dec[],
): void {
  const names = listTexts(planned, kind);
  const years = yearTotals.length;
  const listed: Dec[][] = [];
  names.forEach((name, i) => {
    const r = block.firstRow + i;
    expected.set(K, r, 0, { kind: "text", value: name });
    if (name === "") {
      for (let t = 0; t <= years; t++) expected.set(K, r, 1 + t, BLANK);
      return;
    }
    const perYear = Array.from({ length: years }, (_, t) =>
      sum(rows.filter((_, j) => sameLabel(labels[j], name)).map((row) => orZero(row.costs[t]))),
    );
    perYear.forEach((v, t) => expected.set(K, r, 1 + t, number(v)));
    expected.set(K, r, 1 + years, number(sum(perYear)));
    listed.push(perYear);
  });
  const other = yearTotals.map((v, t) => v.minus(sum(listed.map((g) => g[t]))));
  other.forEach((v, t) => expected.set(K, block.otherRow, 1 + t, number(v)));
  const otherTotal = sum(yearTotals).minus(sum(listed.map((g) => sum(g))));
  expected.set(K, block.otherRow, 1 + years, number(otherTotal));
  expected.set(K, block.checkRow, 0, otherTotal.abs().lt(0.005) ? BLANK : ANY_TEXT);
}
