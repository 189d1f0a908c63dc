import { closeTo, Dec } from "../../../core";
import type { ActorResult, BeforeAfterResult } from "../../../core/actors";
import type { CellValue } from "../../kit";
import { SheetFigures, SUMMARY_ROWS, SummaryRow } from "./beforeAfterRead";
import type { SheetPlace } from "./beforeAfterSheetCells";

/**
 * Compares what the sheet's own Summary table (and society's row under it) shows with what the
 * core computes from the same inputs. They agree on an untouched sheet (the template's formulas reproduce the core); a
 * difference means a formula on the sheet was edited, or a row added where the sheet's totals do
 * not reach.
 */

/** The figures of the Summary table that are compared. */
const COMPARED_FIGURES = ["monthly", "yearly", "investment", "horizonValue", "netValue", "payback"] as const;
export type ComparedFigure = (typeof COMPARED_FIGURES)[number];

export interface SummaryDifference {
  readonly actor: SummaryRow;
  readonly place: SheetPlace;
  readonly figure: ComparedFigure;
  /** What the sheet shows (a number, a text such as "Does not pay back", "" for blank, an error). */
  readonly sheet: CellValue;
  /** What the core computes; null for a payback that never comes. */
  readonly core: Dec | null;
}

export type SummaryCheck =
  /** The Summary table is missing or its columns were changed. */
  | { readonly kind: "unavailable" }
  /** The sheet shows no results of its own: one of its checks reports a problem. */
  | { readonly kind: "blank" }
  /** Every row found was compared; `missingRows` lists the actors (or society) whose row was not found. */
  | { readonly kind: "compared"; readonly differences: readonly SummaryDifference[]; readonly missingRows: readonly SummaryRow[] };

/** Figures agree within half a hundredth (öre, cent) or a billionth of their size, whichever is larger. */
const ABSOLUTE = new Dec("0.005");
const RELATIVE = new Dec("1e-9");

function coreFigure(result: ActorResult, figure: ComparedFigure): Dec | null {
  return figure === "payback" ? result.paybackMonths : result[figure];
}

function agrees(sheet: CellValue, core: Dec | null): boolean {
  if (core === null) return typeof sheet === "string" && sheet.trim() !== "" && !sheet.startsWith("#");
  if (typeof sheet !== "number") return false;
  return closeTo(new Dec(sheet), core, ABSOLUTE, RELATIVE);
}

const isBlank = (value: CellValue): boolean => typeof value === "string" && value.trim() === "";

/** Compares the sheet's Summary with the core's result for every actor and for society. */
export function compareSummary(
  summary: Readonly<Partial<Record<SummaryRow, SheetFigures>>> | undefined,
  result: BeforeAfterResult,
): SummaryCheck {
  if (summary === undefined) return { kind: "unavailable" };
  const found = SUMMARY_ROWS.filter((row) => summary[row] !== undefined);
  if (found.length === 0) return { kind: "unavailable" };
  if (found.every((row) => COMPARED_FIGURES.every((figure) => isBlank(summary[row]![figure])))) return { kind: "blank" };
  const core = [...result.actors, result.society];
  const differences: SummaryDifference[] = [];
  SUMMARY_ROWS.forEach((row, i) => {
    const figures = summary[row];
    if (figures === undefined) return;
    for (const figure of COMPARED_FIGURES) {
      const want = coreFigure(core[i], figure);
      if (!agrees(figures[figure], want))
        differences.push({ actor: row, place: figures.place, figure, sheet: figures[figure], core: want });
    }
  });
  return { kind: "compared", differences, missingRows: SUMMARY_ROWS.filter((row) => summary[row] === undefined) };
}
