import { Dec } from "../../../src/core/decimal";
import { cellAddress, parseCell, parseRange } from "../../../src/templates/kit/a1";
import type { SheetKey } from "../../../src/templates/kit/model";
import { RISK_COLUMNS, RISK_FIRST, RISK_LAST } from "../../../src/templates/riskMatrix/riskMatrix";
import { BLANK, Expected, ExpectedCells, PlannedSheets, number, text } from "./expected";

/**
 * The decision summary only copies figures the other sheets compute (checked against the core by
 * their own oracles), so each of its cells is expected to equal its source's expected value, or
 * its source's input: a mirror of a missing sheet is blank, a missing sheet's line says so. The
 * composite cells are worked out here from those values: the value so far (position at the end of
 * a year plus the investment), the three highest risks, the character bars, the logic model's
 * first entries and, with no analysis sheet, a blank range and a message.
 */

const MIRROR = /^=IF\(ISREF\(INDIRECT\("'(?:[^']|'')+'!A1"\)\),IFERROR\(INDIRECT\("'((?:[^']|'')+)'!([A-Z]+\d+)"\)(&"")?,""\),""\)$/;
const MISSING = /^=IF\(ISREF\(INDIRECT\("'((?:[^']|'')+)'!A1"\)\),"","(.*)"\)$/;
const BAR = /^=IF\(ISNUMBER\(([A-Z]+\d+)\),REPT\("█",ROUND\(8\*ABS\([A-Z]+\d+\)\/MAX\(MAX\((\$[A-Z]+\$\d+:\$[A-Z]+\$\d+)\)/;
const REFS = /INDIRECT\("'((?:[^']|'')+)'!([A-Z]+\d+)"\)/g;

export function expectDecisionSummary(planned: PlannedSheets, expected: ExpectedCells): void {
  const summary = planned.sheet("decisionSummary");
  const byName = new Map(planned.sheets.map((s) => [s.name, s.key] as const));
  const own = new Map<string, Expected>();
  const source = (sheet: string, a1: string, asText: boolean): Expected => {
    const key = byName.get(sheet.replace(/''/g, "'"));
    if (key === undefined) return BLANK;
    const known = expected.cells.get(`${planned.sheet(key).name}!${a1}`);
    if (known) return asText && known.kind === "number" ? text(known.value.toString()) : known;
    const { row, column } = parseCell(a1);
    const v = planned.value(key, row, column);
    if (typeof v === "number") return asText ? text(String(v)) : number(v);
    return v === undefined ? (asText ? BLANK : number(0)) : text(String(v));
  };
  const numberOf = (e: Expected | undefined): Dec | undefined => (e?.kind === "number" ? e.value : undefined);
  const bars: [number, number, RegExpExecArray][] = [];
  summary.grid.forEach((row, r) =>
    row.forEach((cell, c) => {
      const f = cell?.formula;
      if (f === undefined) return;
      let m: RegExpExecArray | null;
      let e: Expected;
      if ((m = MIRROR.exec(f))) e = source(m[1], m[2], m[3] !== undefined);
      else if ((m = MISSING.exec(f))) e = byName.has(m[1].replace(/''/g, "'")) ? BLANK : text(m[2].replace(/""/g, '"'));
      else if ((m = BAR.exec(f))) return void bars.push([r, c, m]);
      else e = composite(planned, expected, f, byName, source);
      own.set(cellAddress(r, c), e);
      expected.set("decisionSummary", r, c, e);
    }),
  );
  for (const [r, c, m] of bars) {
    const value = numberOf(own.get(m[1]));
    const b = parseRange(m[2].replace(/\$/g, ""));
    const values: Dec[] = [];
    for (let rr = b.top; rr <= b.bottom; rr++)
      for (let cc = b.left; cc <= b.right; cc++) {
        const v = numberOf(own.get(cellAddress(rr, cc)));
        if (v) values.push(v);
      }
    const scale = Dec.max(new Dec(1), ...values, ...values.map((v) => v.neg()));
    expected.set(
      "decisionSummary",
      r,
      c,
      value === undefined ? BLANK : text("█".repeat(value.abs().times(8).div(scale).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber())),
    );
  }
}

function composite(
  planned: PlannedSheets,
  expected: ExpectedCells,
  f: string,
  byName: Map<string, SheetKey>,
  source: (sheet: string, a1: string, asText: boolean) => Expected,
): Expected {
  const refs = [...f.matchAll(REFS)].map((m) => [m[1], m[2]] as const);
  if (f.includes("AGGREGATE(")) return topRisk(planned, expected, f, byName);
  if (f.includes("MATCH(")) {
    const message = /,"","(.*)"\)$/.exec(f);
    return byName.has("Analys") || byName.has("Analysis") ? { kind: "anyText" } : message ? text(message[1]) : BLANK;
  }
  if (f.includes("+INDIRECT(")) {
    const [pos, inv] = refs.slice(1).map(([s, a]) => source(s, a, false));
    return pos.kind === "number" && inv.kind === "number" ? number(pos.value.plus(inv.value)) : BLANK;
  }
  if (f.includes("(not filled") || f.includes("(inte ifyllt")) {
    const first = refs[1];
    if (!byName.has(first[0].replace(/''/g, "'"))) return BLANK;
    const items = [...new Set(refs.slice(1).map(([s, a]) => `${s}!${a}`))].map((id) => {
      const [s, a] = id.split("!");
      const e = source(s, a, true);
      return e.kind === "text" ? e.value : "";
    });
    if (items[0] === "") return text(/"(\((?:not filled in yet|inte ifyllt än)\))"/.exec(f)![1]);
    return text(items.filter((t) => t !== "").join("; "));
  }
  // The payer's name: the cost sheet's label, else the impact map's.
  const [first, second] = [refs[1], refs[3]];
  for (const [s, a] of [first, second]) if (s && byName.has(s.replace(/''/g, "'"))) return source(s, a, true);
  return BLANK;
}

/** The k-th highest priority of the risk matrix (earlier rows first among equals), and its risk and action. */
function topRisk(planned: PlannedSheets, expected: ExpectedCells, f: string, byName: Map<string, SheetKey>): Expected {
  if (![...byName.values()].includes("riskMatrix")) return BLANK;
  const k = Number(/,(\d)\)/.exec(f)![1]);
  const risks: { row: number; priority: number }[] = [];
  for (let r = RISK_FIRST; r <= RISK_LAST; r++) {
    // The risk matrix's own oracle worked out each priority from the chosen levels.
    const p = expected.cells.get(`${planned.sheet("riskMatrix").name}!${cellAddress(r, RISK_COLUMNS.priority)}`);
    if (p?.kind === "number") risks.push({ row: r, priority: p.value.toNumber() });
  }
  risks.sort((a, b) => b.priority - a.priority || a.row - b.row);
  const pick = risks[k - 1];
  if (!pick) return BLANK;
  if (f.startsWith("=IF(ISREF(INDIRECT(") && f.includes(",IFERROR(ROUNDUP(")) return number(pick.priority);
  const column = /INDEX\(INDIRECT\("'(?:[^']|'')+'!([A-Z]+):/.exec(f)![1] === "B" ? RISK_COLUMNS.risk : RISK_COLUMNS.action;
  return text(planned.textAt("riskMatrix", pick.row, column));
}
