import {
  countWarnings,
  Dec,
  discountedValues,
  evaluateImpactMap,
  evidenceSummary,
  GradeTable,
  GroupTotal,
  ImpactMapResult,
  ImpactRowInput,
  OVERCLAIM_WARNINGS,
  OverclaimWarning,
  overclaimWarnings,
  parseGradeTable,
  parseImpactRow,
  sum,
  WARNING_TEXTS,
} from "../../../src/core";
import type { Language } from "../../../src/core/language";
import { impactColumn, IMPACT_INPUTS, SOURCE_COLUMNS } from "../../../src/templates/impactMap/impactColumns";
import { WARNING_CHECK_TEXT } from "../../../src/templates/impactMap/impactWarnings";
import { GRADE_LIST_COLUMN, LIST_HEADER_ROW } from "../../../src/templates/kit";
import { GroupKind, impactLayout, ImpactLayout } from "../../../src/templates/impactMap/impactLayout";
import { listTexts } from "./costSheet";
import { ANY_TEXT, BLANK, ExpectedCells, number, PlannedSheets, sameLabel } from "./expected";

/**
 * Expected values of the impact map from its inputs and the core: each row through
 * parseImpactRow, the whole map through evaluateImpactMap (year-1 values, yearly profiles, PVs,
 * totals by stakeholder, payer and dimension, ratio, net value, payback), the yearly walk from the
 * core's yearly totals and discountedValues; the figures after optimism bias through evidenceSummary
 * with the Lists sheet's grade table, and each row's over-claim warnings through overclaimWarnings.
 */

const K = "impactMap";

function rowInput(planned: PlannedSheets, r: number): Record<string, string | number | undefined> {
  const values: Record<string, string | number | undefined> = {};
  for (const column of IMPACT_INPUTS) values[column.id] = planned.value(K, r, impactColumn(column.id)) as string | number | undefined;
  return values;
}

function groupTotal(groups: readonly GroupTotal[], name: string): Dec {
  return groups.find((g) => sameLabel(g.key, name))?.total ?? new Dec(0);
}

/** Sets the expected value of every calculated cell of the impact map. */
export function expectImpactMap(
  planned: PlannedSheets,
  expected: ExpectedCells,
  years: number,
  costTotal: Dec | undefined,
  language: Language,
): void {
  const l = impactLayout(years);
  const B = (row: number): Dec | undefined => planned.numberAt(K, row, 1);
  const rate = B(l.rateRow) ?? new Dec(0);
  const investment = planned.isFormula(K, l.investmentRow, 1) ? costTotal : B(l.investmentRow);
  if (investment === undefined) throw new Error("the impact map's investment is linked but no cost sheet was planned");
  if (planned.isFormula(K, l.investmentRow, 1)) expected.set(K, l.investmentRow, 1, number(investment));

  const filled: number[] = [];
  for (let r = l.firstRow; r <= l.lastRow; r++)
    if (Object.values(rowInput(planned, r)).some((v) => v !== undefined && v !== "")) filled.push(r);
  // Proxies from other price years in the base year's prices, with the shipped KPI the KPI sheet holds.
  const baseYear = B(l.baseYearRow)?.toNumber() ?? null;
  const map = evaluateImpactMap(
    filled.map((r) => parseImpactRow(rowInput(planned, r) as unknown as ImpactRowInput)),
    rate,
    [investment],
    { baseYear },
  );

  const warnings = filled.map((r) => rowWarnings(rowInput(planned, r)));
  for (let r = l.firstRow; r <= l.lastRow; r++) {
    const i = filled.indexOf(r);
    const result = map.rows[i];
    expected.set(K, r, l.yearOneColumn, result ? number(result.yearOne) : BLANK);
    for (let t = 0; t < years; t++) expected.set(K, r, l.firstYearColumn + t, result ? number(result.profile[t] ?? 0) : BLANK);
    expected.set(K, r, l.presentValueColumn, result ? number(result.presentValue) : BLANK);
    // a parsed row is complete; a benefit period longer than the year columns is an error, then the warnings
    expected.set(K, r, l.presentValueColumn + 1, result && result.row.years > years ? ANY_TEXT : checkText(warnings[i] ?? [], language));
  }
  expected.set(K, l.totalRow, l.yearOneColumn, number(sum(map.rows.map((r) => r.yearOne))));
  for (let t = 0; t < years; t++) expected.set(K, l.totalRow, l.firstYearColumn + t, number(map.yearly[t] ?? 0));
  expected.set(K, l.totalRow, l.presentValueColumn, number(map.totalPresentValue));

  expected.set(K, l.totalPresentValueRow, 1, number(map.totalPresentValue));
  expected.set(K, l.ratioRow, 1, map.ratio === null ? ANY_TEXT : number(map.ratio));
  expected.set(K, l.netValueRow, 1, number(map.netValue));
  expected.set(K, l.paybackRow, 1, map.paybackMonths === null ? ANY_TEXT : number(map.paybackMonths));

  expectEvidence(planned, expected, l, map, warnings);
  expectYearWalk(expected, l, map.yearly, rate, investment);
  const lists = { stakeholder: null, payer: listTexts(planned, "payers"), dimension: listTexts(planned, "dimensions") } as const;
  const totals = { stakeholder: map.byStakeholder, payer: map.byPayer, dimension: map.byDimension } as const;
  for (const kind of ["stakeholder", "payer", "dimension"] as GroupKind[])
    expectGroup(planned, expected, l, kind, lists[kind], totals[kind], map.totalPresentValue);
}

/**
 * The yearly walk behind the payback: value created (the core's yearly totals), discounted value
 * (core discountedValues, year t by (1 + r)^t), the position at the start (−investment, then the
 * previous end) and end of each year, and the year number while the start is below zero.
 */
function expectYearWalk(expected: ExpectedCells, l: ImpactLayout, yearly: readonly Dec[], rate: Dec, investment: Dec): void {
  const values = Array.from({ length: l.years }, (_, t) => yearly[t] ?? new Dec(0));
  const discounted = discountedValues(values, rate, 1);
  let position = investment.neg();
  for (let t = 1; t <= l.years; t++) {
    expected.set(K, l.yearValueRow, t, number(values[t - 1]));
    expected.set(K, l.yearDiscountedRow, t, number(discounted[t - 1]));
    expected.set(K, l.yearStartRow, t, number(position));
    expected.set(K, l.yearFlagRow, t, number(position.lt(0) ? t : 0));
    position = position.plus(discounted[t - 1]);
    expected.set(K, l.yearCumulativeRow, t, number(position));
  }
}

function expectGroup(
  planned: PlannedSheets,
  expected: ExpectedCells,
  l: ImpactLayout,
  kind: GroupKind,
  list: readonly string[] | null,
  totals: readonly GroupTotal[],
  totalPV: Dec,
): void {
  const g = l.groups[kind];
  const listed: Dec[] = [];
  for (let i = 0; i < g.rows; i++) {
    const r = g.firstRow + i;
    const name = list === null ? planned.textAt(K, r, 0) : (list[i] ?? "");
    if (list !== null) expected.set(K, r, 0, { kind: "text", value: name });
    if (name === "") {
      expected.set(K, r, 1, BLANK);
      continue;
    }
    const value = groupTotal(totals, name);
    listed.push(value);
    expected.set(K, r, 1, number(value));
  }
  const other = totalPV.minus(sum(listed));
  expected.set(K, g.otherRow, 1, number(other));
  expected.set(K, g.checkRow, 0, other.abs().lt(0.005) ? BLANK : ANY_TEXT);
}

/** A row's over-claim warnings from its inputs as written. */
function rowWarnings(values: Record<string, string | number | undefined>): OverclaimWarning[] {
  const row = parseImpactRow(values as unknown as ImpactRowInput);
  return overclaimWarnings({
    ...row,
    grade: row.grade ?? null,
    sources: SOURCE_COLUMNS.map((id) => values[id]),
    proxyYear: row.proxyYear ?? null,
  });
}

/** The check of a valued row whose period fits: blank, or "Warning: a; b". */
function checkText(warnings: readonly OverclaimWarning[], language: Language) {
  if (warnings.length === 0) return BLANK;
  return { kind: "text" as const, value: WARNING_CHECK_TEXT.prefix[language] + warnings.map((w) => WARNING_TEXTS[w][language]).join("; ") };
}

/** The Lists sheet's grade table as planned. */
function gradeTable(planned: PlannedSheets): GradeTable {
  const rows = [0, 1, 2, 3].map((i) => {
    const r = LIST_HEADER_ROW + 1 + i;
    const at = (k: number) => planned.value("lists", r, GRADE_LIST_COLUMN + k);
    return { grade: at(0), haircut: at(2), spread: at(3) };
  });
  return parseGradeTable(rows);
}

/** The figures after optimism bias, Net SROI beside both ratios and the warning counts. */
function expectEvidence(
  planned: PlannedSheets,
  expected: ExpectedCells,
  l: ImpactLayout,
  map: ImpactMapResult,
  warnings: readonly OverclaimWarning[][],
): void {
  const e = l.evidence;
  const s = evidenceSummary(
    map.rows.map((r) => ({ presentValue: r.presentValue, grade: r.row.grade ?? null })),
    map.investmentPresentValue,
    gradeTable(planned),
  );
  const orBlank = (v: Dec | null) => (v === null ? BLANK : number(v));
  expected.set(K, e.adjustedPresentValueRow, 1, number(s.adjustedPresentValue));
  expected.set(K, e.adjustedRatioRow, 1, s.adjustedRatio === null ? ANY_TEXT : number(s.adjustedRatio));
  expected.set(K, l.ratioRow, e.netSroiColumn + 1, orBlank(s.netSroi));
  expected.set(K, e.adjustedRatioRow, e.netSroiColumn + 1, orBlank(s.adjustedNetSroi));
  expected.set(K, e.weakShareRow, 1, orBlank(s.weakShare));
  const counts = countWarnings(warnings);
  OVERCLAIM_WARNINGS.forEach((w, i) => expected.set(K, e.firstWarningRow + i, e.warningCountColumn, number(new Dec(counts[w]))));
}
