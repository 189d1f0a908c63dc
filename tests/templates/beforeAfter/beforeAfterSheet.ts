import { Dec } from "../../../src/core";
import {
  ACTORS,
  BeforeAfterInput,
  BeforeAfterResult,
  BENEFIT_SITUATIONS,
  SITUATIONS,
  evaluateBeforeAfter,
  parseBeforeAfter,
} from "../../../src/core/actors";
import type { Language } from "../../../src/core/language";
import { beforeAfterTemplate } from "../../../src/templates/beforeAfter/beforeAfter";
import { BA, flowRow } from "../../../src/templates/beforeAfter/beforeAfterLayout";
import { readBeforeAfterSheet } from "../../../src/templates/beforeAfter/read/beforeAfterRead";
import { BEFORE_AFTER_TABLES, templateTableBounds } from "../../../src/templates/beforeAfter/read/beforeAfterTables";
import { DEFAULT_OPTIONS } from "../../../src/templates/kit/options";
import type { BeforeAfterCells, BeforeAfterTableKind, CellValue } from "../../../src/workbook/ports";

/**
 * Reads the before/after sheet's input cells into the core's input, and works out with the core
 * what every calculated cell must show. Shared by the HyperFormula test and the LibreOffice oracle.
 */

export type Raw = string | number | boolean | null | undefined;
/** The value of an input cell at (0-based row, column). */
export type Read = (row: number, column: number) => Raw;

const blank = (v: Raw): boolean => v === null || v === undefined || v === "";

const TEMPLATE = beforeAfterTemplate.build({ ...DEFAULT_OPTIONS, language: "en" }, {})[0];

/**
 * The sheet's tables at their template positions, each as its data rows the way Excel's `values`
 * gives them ("" for blank). Calculated cells are given as "" (the reader ignores them, and `read`
 * is then asked for constants only) unless `calculated` is set, for a `read` that evaluates them.
 * Society's row under the Summary table comes as `belowSummary`, as the Excel reader gives it.
 */
export function tableCells(read: Read, calculated = false): BeforeAfterCells {
  const cell = (row: number, column: number): CellValue => {
    if (!calculated && TEMPLATE.grid[row]?.[column]?.formula !== undefined) return "";
    const v = read(row, column);
    return v === null || v === undefined ? "" : v;
  };
  const tables: Partial<Record<BeforeAfterTableKind, CellValue[][]>> = {};
  for (const kind of BEFORE_AFTER_TABLES) {
    const b = templateTableBounds(kind);
    tables[kind] = Array.from({ length: b.bottom - b.top }, (_, i) =>
      Array.from({ length: b.right - b.left + 1 }, (_, j) => cell(b.top + 1 + i, b.left + j)),
    );
  }
  // society's row, right under the Summary table
  const summary = templateTableBounds("summary");
  const belowSummary = Array.from({ length: summary.right - summary.left + 1 }, (_, j) => cell(summary.bottom + 1, summary.left + j));
  return { sheet: TEMPLATE.name, tables, belowSummary };
}

/** The template's example sheet in a language as its tables' `values` would give them (calculated cells ""). */
export function exampleCells(language: Language): BeforeAfterCells {
  const spec = beforeAfterTemplate.build({ ...DEFAULT_OPTIONS, language, example: true }, {})[0];
  return tableCells((row, column) => spec.grid[row]?.[column]?.value);
}

/** The sheet's inputs as the core's input, through the add-in's own reader (blank group rows are left out). */
function readSheet(read: Read): BeforeAfterInput {
  return readBeforeAfterSheet(tableCells(read)).input;
}

/** What a calculated cell must show: a number, a text ("" for blank), or any non-empty text. */
type Want = { readonly number: Dec } | { readonly text: string } | "anyText";

export interface WantedCell {
  readonly row: number;
  readonly column: number;
  readonly want: Want;
}

/** The core's result for the sheet's inputs, or null when the core rejects them. */
export function coreOf(read: Read): BeforeAfterResult | null {
  try {
    return evaluateBeforeAfter(parseBeforeAfter(readSheet(read)));
  } catch {
    return null;
  }
}

const num = (v: Raw): Dec => (typeof v === "number" ? new Dec(v) : new Dec(0));

/**
 * Every calculated cell of a sheet whose inputs the core accepts: intermediate figures worked
 * out from the inputs, every result from the core, and every check blank. For inputs the core
 * rejects: the status shows a text and every result cell is blank.
 */
export function wantedCells(read: Read, yes: string): WantedCell[] {
  const out: WantedCell[] = [];
  const put = (row: number, column: number, want: Want): void => void out.push({ row, column, want });
  const result = coreOf(read);
  const results = (fill: (row: number, column: number) => void): void => {
    for (let i = 0; i <= ACTORS.length; i++) for (let c = 1; c <= 7; c++) fill(BA.summary.first + i, BA.summary.left + c);
    for (let r = BA.flows.first; r <= BA.flows.total; r++)
      for (let c = BA.flows.firstActorColumn; c <= BA.flows.societyColumn; c++) fill(r, c);
  };
  if (result === null) {
    put(BA.settings.status, 0, "anyText");
    results((r, c) => put(r, c, { text: "" }));
    return out;
  }
  for (const row of [
    BA.settings.check,
    BA.settings.status,
    BA.rates.check,
    BA.groups.check,
    BA.situations.check,
    BA.resources.check,
    BA.flows.check,
  ])
    put(row, 0, { text: "" });
  put(BA.payers.check, BA.payers.left, { text: "" });
  const g = BA.groups;
  for (let r = g.first; r <= g.last; r++) put(r, g.checkColumn, { text: "" });
  for (let c = g.sizeColumn; c < g.checkColumn; c++) {
    let total = new Dec(0);
    for (let r = g.first; r <= g.last; r++) total = total.plus(num(read(r, c)));
    put(g.total, c, { number: total });
  }
  const n = result.participants;
  put(BA.settings.participants, 1, { number: n });
  put(BA.settings.horizonMonths, 1, { number: new Dec(result.horizonMonths) });
  const cost = num(read(BA.settings.cost, 1));
  put(BA.settings.totalCost, 1, { number: cost.times(n) });
  wantSituations(read, yes, put);
  const model = parseBeforeAfter(readSheet(read));
  const rc = BA.resources.columns;
  for (let r = BA.resources.first; r <= BA.resources.last; r++) {
    put(r, rc.check, { text: "" });
    const complete = [rc.unitCost, rc.before, rc.after].every((c) => typeof read(r, c) === "number");
    const saving = num(read(r, rc.before))
      .minus(num(read(r, rc.after)))
      .times(num(read(r, rc.unitCost)))
      .times(n)
      .times(new Dec(1).minus(model.deadweight));
    put(r, rc.saving, complete ? { number: saving } : { text: "" });
  }
  const pc = { share: BA.payers.left + BA.payers.columns.share, cost: BA.payers.left + BA.payers.columns.cost };
  ACTORS.forEach((a, i) => put(BA.payers.first + i, pc.cost, { number: cost.times(n).times(model.payerShares[a]) }));
  put(BA.payers.total, pc.share, { number: ACTORS.reduce((acc, a) => acc.plus(model.payerShares[a]), new Dec(0)) });
  put(BA.payers.total, pc.cost, { number: cost.times(n) });
  wantResults(read, result, yes, put);
  return out;
}

function wantSituations(read: Read, yes: string, put: (row: number, column: number, want: Want) => void): void {
  const c = BA.situations.columns;
  const threshold = num(read(BA.rates.stateTaxThreshold, 1));
  SITUATIONS.forEach((s, i) => {
    const r = BA.situations.first + i;
    let b = new Dec(0);
    let a = new Dec(0);
    for (let gr = BA.groups.first; gr <= BA.groups.last; gr++) {
      b = b.plus(num(read(gr, BA.groups.firstBefore + i)));
      a = a.plus(num(read(gr, BA.groups.firstAfter + i)));
    }
    const amount = num(read(r, c.amount));
    const taxed = s === "employment" || read(r, c.taxable) === yes;
    const change = a.minus(b);
    put(r, c.before, { number: b });
    put(r, c.after, { number: a });
    put(r, c.change, { number: change });
    put(r, c.taxableChange, { number: taxed ? change.times(amount) : new Dec(0) });
    put(r, c.aboveThresholdChange, { number: taxed ? change.times(Dec.max(0, amount.minus(threshold.div(12)))) : new Dec(0) });
    put(r, c.check, { text: "" });
  });
}

function wantResults(read: Read, result: BeforeAfterResult, yes: string, putAt: (row: number, column: number, want: Want) => void): void {
  const put = putAt;
  const sc = BA.summary.columns;
  const no = yes === "Yes" ? "No" : "Nej";
  [...result.actors, result.society].forEach((x, i) => {
    const r = BA.summary.first + i;
    const put = (row: number, column: number, want: Want): void => putAt(row, BA.summary.left + column, want);
    put(r, sc.monthly, { number: x.monthly });
    put(r, sc.yearly, { number: x.yearly });
    put(r, sc.investment, { number: x.investment });
    put(r, sc.horizonValue, { number: x.horizonValue });
    put(r, sc.netValue, { number: x.netValue });
    put(r, sc.payback, x.paybackMonths === null ? "anyText" : { number: x.paybackMonths });
    put(r, sc.withinHorizon, { text: x.paidBackWithinHorizon ? yes : no });
  });
  const f = BA.flows;
  const rows = [
    ...BENEFIT_SITUATIONS.map((_, i) => flowRow("benefit", i)),
    flowRow("municipalTax"),
    flowRow("regionalTax"),
    flowRow("stateTax"),
    flowRow("wage"),
    flowRow("employerFees"),
  ];
  const filled: number[] = [];
  for (let r = BA.resources.first; r <= BA.resources.last; r++) {
    const rc = BA.resources.columns;
    if (![rc.name, rc.unitCost, rc.before, rc.after, rc.payer].every((c) => blank(read(r, c)))) filled.push(r - BA.resources.first);
  }
  const flowAt = new Map<number, (typeof result.flows)[number]>();
  result.flows.forEach((flow, i) => flowAt.set(i < rows.length ? rows[i] : flowRow("resource", filled[i - rows.length]), flow));
  for (let r = f.first; r <= f.last; r++) {
    const flow = flowAt.get(r);
    ACTORS.forEach((a, i) => put(r, f.firstActorColumn + i, { number: flow ? flow.byActor[a] : new Dec(0) }));
    put(r, f.societyColumn, { number: flow ? flow.society : new Dec(0) });
  }
  for (let j = 0; j <= BA.resources.last - BA.resources.first; j++) {
    const name = read(BA.resources.first + j, BA.resources.columns.name);
    put(flowRow("resource", j), 0, { text: blank(name) ? "" : String(name) });
  }
  [...result.actors, result.society].forEach((x, i) => {
    put(f.transfersNet, f.firstActorColumn + i, { number: x.transfers });
    put(f.total, f.firstActorColumn + i, { number: x.monthly });
  });
}
