import type { Dec } from "../decimal";
import { Text, tx } from "../i18n";
import { EvidenceGrade, WEAK_GRADES, effectiveGrade } from "./grades";

/**
 * Checks against over-claiming. Each is a warning, not an error: the row still counts. The sheet's
 * row check computes the same rules with native formulas; the pane lists them before an analysis.
 */
export const OVERCLAIM_WARNINGS = ["ungraded", "noCounterfactual", "noDropOff", "longOnWeakEvidence", "noSource", "noPriceYear"] as const;

export type OverclaimWarning = (typeof OVERCLAIM_WARNINGS)[number];

/** A benefit period longer than this many years needs grade A or B evidence. */
export const LONG_PERIOD_YEARS = 5;

/** What the rules look at in one row. */
export interface OverclaimInput {
  readonly deadweight: Dec;
  readonly attribution: Dec;
  readonly dropOff: Dec;
  readonly years: number;
  readonly grade: EvidenceGrade | null;
  /** The row's source cells (quantity, outcome rate, deadweight, attribution, displacement, proxy, period). */
  readonly sources: readonly unknown[];
  /** The proxy's price year, null when blank. */
  readonly proxyYear: number | null;
}

/** The warnings a row carries, in OVERCLAIM_WARNINGS order. */
export function overclaimWarnings(row: OverclaimInput): OverclaimWarning[] {
  const found: Record<OverclaimWarning, boolean> = {
    ungraded: row.grade === null,
    noCounterfactual: row.deadweight.isZero() && row.attribution.isZero(),
    noDropOff: row.dropOff.isZero() && row.years > 1,
    longOnWeakEvidence: row.years > LONG_PERIOD_YEARS && WEAK_GRADES.includes(effectiveGrade(row.grade)),
    noSource: row.sources.some((s) => s === null || s === undefined || String(s).trim() === ""),
    noPriceYear: row.proxyYear === null,
  };
  return OVERCLAIM_WARNINGS.filter((w) => found[w]);
}

/** How many rows carry each warning. */
export function countWarnings(rows: readonly (readonly OverclaimWarning[])[]): Record<OverclaimWarning, number> {
  const counts = {} as Record<OverclaimWarning, number>;
  for (const w of OVERCLAIM_WARNINGS) counts[w] = rows.filter((r) => r.includes(w)).length;
  return counts;
}

/** Short texts of the warnings, for the sheet's check column, its summary and the pane. */
export const WARNING_TEXTS: Readonly<Record<OverclaimWarning, Text>> = {
  ungraded: tx("no evidence grade (counts as D)", "ingen evidensgrad (räknas som D)"),
  noCounterfactual: tx("deadweight and attribution both 0", "dödvikt och tillskrivning båda 0"),
  noDropOff: tx("no drop-off over a period of several years", "ingen avtrappning under flera år"),
  longOnWeakEvidence: tx(
    `benefit period over ${LONG_PERIOD_YEARS} years on grade C or D evidence`,
    `nyttoperiod över ${LONG_PERIOD_YEARS} år på evidensgrad C eller D`,
  ),
  noSource: tx("a figure has no source", "en siffra saknar källa"),
  noPriceYear: tx("the proxy has no price year", "proxyn saknar prisår"),
};
