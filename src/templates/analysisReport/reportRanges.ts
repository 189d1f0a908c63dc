import { ASSUMPTIONS, AnalysisSettings, ROW_ASSUMPTIONS, Spread } from "../../core/analysis";
import { Dec } from "../../core/decimal";
import { GRADES, GradeTable, effectiveGrade } from "../../core/evidence";
import type { ImpactMapRead } from "../impactMap";
import type { Cell } from "../kit";
import { fill } from "../kit";
import { AT } from "./analysisText";
import { assumptionText } from "./assumptionText";
import { ET } from "./evidenceText";
import type { ReportCursor } from "./reportCursor";
import { value } from "./reportCursor";
import { showNumber } from "./reportNumbers";

/**
 * Where each assumption's low and high came from, in the inputs block: how the tornado moved,
 * the spread of every evidence grade the rows carry (with how many rows, and those without a
 * grade), and per assumption either "each row's evidence grade" or the user's own low and high.
 */

/** Adds a line to the inputs table: label, value, note. */
export type InputRow = (label: string, cell: Cell, note?: string) => number;

/** The records of the spreads; nothing when neither the tornado nor the Monte Carlo used them. */
export function addRangeInputs(c: ReportCursor, row: InputRow, map: ImpactMapRead, settings: AnalysisSettings, table: GradeTable): void {
  const T = ET.inputs;
  const ranges = settings.ranges;
  const spreads = ranges?.spreads ?? settings.monteCarlo?.spreads ?? {};
  if (ranges !== undefined)
    row(
      c.pick(T.tornadoMoves),
      value(c.pick(ranges.tornado ? T.toRanges : T.byStep), "text"),
      ranges.tornado ? c.pick(T.toRangesNote) : "",
    );
  if (settings.monteCarlo === null && !ranges?.tornado) return;
  const fromGrades = ranges?.fromGrades === true && ROW_ASSUMPTIONS.some((a) => spreads[a] === undefined);
  if (fromGrades) {
    const percent = (x: Dec): string => showNumber(x, "percent", c.language, c.currency);
    for (const grade of GRADES) {
      const rows = map.rows.filter((r) => effectiveGrade(r.row.grade ?? null) === grade);
      if (rows.length === 0) continue;
      const ungraded = rows.filter((r) => (r.row.grade ?? null) === null).length;
      const note = fill(c.pick(ungraded > 0 ? T.ungradedNote : T.gradeNote), {
        count: rows.length,
        ungraded,
        haircut: percent(table[grade].haircut),
      });
      row(fill(c.pick(T.gradeSpread), { grade }), value(table[grade].spread, "percent"), note);
    }
  }
  for (const assumption of ASSUMPTIONS) {
    const name = c.pick(assumptionText(assumption));
    const spread = spreads[assumption];
    if (spread !== undefined) {
      const { down, up } = parts(spread);
      const note = c.pick(ranges === undefined ? AT.inputs.spreadNote : T.userNote);
      row(fill(c.pick(AT.inputs.low), { assumption: name }), value(down.neg(), "percent"), note);
      row(fill(c.pick(AT.inputs.high), { assumption: name }), value(up, "percent"), note);
    } else if (fromGrades && assumption !== "discount_rate") {
      row(fill(c.pick(T.spreadOf), { assumption: name }), value(c.pick(T.fromGrade), "text"), c.pick(T.fromGradeNote));
    }
  }
}

function parts(spread: Spread): { down: Dec; up: Dec } {
  return spread instanceof Dec ? { down: spread, up: spread } : spread;
}
