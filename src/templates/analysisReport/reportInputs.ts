import { ASSUMPTIONS, AnalysisSettings } from "../../core/analysis";
import { Dec } from "../../core/decimal";
import type { GradeTable } from "../../core/evidence";
import type { Cell, Format } from "../kit";
import { fill } from "../kit";
import type { ImpactMapRead } from "../impactMap";
import { INPUTS_TABLE } from "../kit";
import { AT } from "./analysisText";
import { assumptionFormat, assumptionText } from "./assumptionText";
import { ReportCursor, head, labelCell, value, section } from "./reportCursor";
import { addRangeInputs } from "./reportRanges";

/**
 * The inputs of the analysis, so it can be reproduced: where the map was read from and when, its
 * rate and investment, every setting, and the check code that marks the sheet as the add-in's.
 * It is an Excel table named SroiAnalysisInputs (the add-in finds its analysis sheets by it).
 */

/** What the inputs block records. */
export interface RecordedInputs {
  readonly map: ImpactMapRead;
  readonly settings: AnalysisSettings;
  /** When the map was read, as shown ("2026-12-01 09:30"). */
  readonly readAt: string;
  /** The grade table the spreads from evidence grades were taken from. */
  readonly grades: GradeTable;
}

/** Adds the block; returns the row of the check code (its value goes in column B). */
export function addInputs(c: ReportCursor, inputs: RecordedInputs): number {
  const T = AT.inputs;
  const { map, settings } = inputs;
  c.line([section(c.pick(T.heading))]);
  const header = c.line([head(c.pick(T.input)), head(c.pick(T.value)), head(c.pick(T.note))]);
  const row = (label: string, cell: Cell, note = ""): number => c.line([labelCell(label), cell, value(note, "text")]);
  row(c.pick(T.sheet), value(map.sheet, "text"));
  row(c.pick(T.table), value(map.table, "text"));
  row(c.pick(T.when), value(inputs.readAt, "text"));
  row(c.pick(T.rate), value(map.rate, "percent"));
  row(c.pick(T.investment), value(map.investment[0] ?? new Dec(0), "money"));
  row(c.pick(T.rowsUsed), value(map.rows.length, "integer"));
  row(c.pick(T.rowsSkipped), value(map.skipped.length, "integer"));
  row(
    c.pick(T.step),
    value(settings.step.size, settings.step.kind === "relative" ? "percent" : "decimal"),
    c.pick(settings.step.kind === "relative" ? T.relativeNote : T.absoluteNote),
  );
  for (const assumption of ASSUMPTIONS) {
    const step = settings.steps[assumption];
    if (step === undefined) continue;
    const format: Format = step.kind === "relative" ? "percent" : assumptionFormat(assumption);
    row(
      fill(c.pick(T.stepOf), { assumption: c.pick(assumptionText(assumption)) }),
      value(step.size, format),
      c.pick(step.kind === "relative" ? T.relativeNote : T.absoluteNote),
    );
  }
  const mc = settings.monteCarlo;
  if (mc !== null) {
    row(c.pick(T.runs), value(mc.runs, "integer"));
    row(c.pick(T.seed), value(mc.seed, "integer"));
    row(c.pick(T.distribution), value(c.pick(mc.distribution === "pert" ? AT.uncertainty.pert : AT.uncertainty.triangular), "text"));
    row(c.pick(T.bins), value(mc.bins, "integer"));
  }
  addRangeInputs(c, row, map, settings, inputs.grades);
  const check = row(c.pick(T.checkCode), value("", "text"), c.pick(T.checkNote));
  c.sheet.table(INPUTS_TABLE, header, 0, check, 2, "TableStyleLight1");
  return check;
}
