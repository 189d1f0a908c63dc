import { Dec } from "../decimal";
import { SroiError } from "../errors";
import { Text, tx } from "../i18n";
import { checkRange, describeGiven, isBlank, passErrorValue, readNonNegative, readShare } from "../validate";

/**
 * Evidence grades: how strong the evidence behind an outcome row is, A (strongest) to D. Each
 * grade carries an optimism-bias haircut (the share of the row's present value taken off in the
 * adjusted figures, after HM Treasury's Green Book) and a default spread (± around the likely value)
 * for the tornado and the Monte Carlo. The defaults are this product's, editable on the Lists sheet.
 */
export const GRADES = ["A", "B", "C", "D"] as const;

export type EvidenceGrade = (typeof GRADES)[number];

/** A row without a grade counts as this grade in the adjusted figures (and its check flags it). */
export const UNGRADED_AS: EvidenceGrade = "D";

/** Grades whose evidence is weak: the summary reports the share of value resting on them. */
export const WEAK_GRADES: readonly EvidenceGrade[] = ["C", "D"];

interface GradeRule {
  /** Share of present value taken off, in [0, 1]. */
  readonly haircut: Dec;
  /** Relative spread around the likely value, ≥ 0 (0.2 is ±20 %). */
  readonly spread: Dec;
}

export type GradeTable = Readonly<Record<EvidenceGrade, GradeRule>>;

/** What each grade means, in our own words (the Lists sheet and the pane show it). */
export const GRADE_MEANINGS: Readonly<Record<EvidenceGrade, Text>> = {
  A: tx(
    "Randomised or register-based comparison with a control group; audited figures",
    "Randomiserad eller registerbaserad jämförelse med kontrollgrupp; reviderade siffror",
  ),
  B: tx(
    "Matched or quasi-experimental comparison; official statistics for this target group",
    "Matchad eller kvasiexperimentell jämförelse; officiell statistik för just denna målgrupp",
  ),
  C: tx(
    "Before–after comparison, historical or generic control; estimates taken from elsewhere",
    "Före–efter-jämförelse, historisk eller generell kontroll; skattningar hämtade från annat håll",
  ),
  D: tx(
    "Expert judgement, shadow control or an assumption not yet tested",
    "Expertbedömning, skuggkontroll eller ett antagande som ännu inte prövats",
  ),
};

const rule = (haircut: string, spread: string): GradeRule => ({ haircut: new Dec(haircut), spread: new Dec(spread) });

/** This product's defaults: haircuts 0/10/25/40 %, spreads ±10/20/35/50 %. */
export const DEFAULT_GRADES: GradeTable = {
  A: rule("0", "0.1"),
  B: rule("0.1", "0.2"),
  C: rule("0.25", "0.35"),
  D: rule("0.4", "0.5"),
};

/**
 * Reads a grade cell: blank is null (ungraded), a letter A–D in either case with spaces around it
 * is that grade, anything else is #VALUE! naming the evidence grade and the allowed letters.
 */
export function parseGrade(value: unknown, argument = "evidence_grade"): EvidenceGrade | null {
  if (isBlank(value)) return null;
  passErrorValue(argument, value);
  const letter = typeof value === "string" ? value.trim().toUpperCase() : "";
  const grade = GRADES.find((g) => g === letter);
  if (grade === undefined) throw new SroiError("VALUE", { kind: "unknownName", argument, given: describeGiven(value), allowed: GRADES });
  return grade;
}

/** The grade a row counts as: its own, or UNGRADED_AS when it has none. */
export function effectiveGrade(grade: EvidenceGrade | null): EvidenceGrade {
  return grade ?? UNGRADED_AS;
}

/** One row of a grade table as a sheet gives it (haircut and spread as fractions). */
export interface GradeRuleInput {
  readonly grade: unknown;
  readonly haircut: unknown;
  readonly spread: unknown;
}

/**
 * Reads a grade table from a sheet's rows: every grade A–D exactly once, haircuts in [0, 1],
 * spreads ≥ 0 (at most 1000 %). Errors name the field ("grades[2].haircut").
 */
export function parseGradeTable(rows: readonly GradeRuleInput[]): GradeTable {
  const table: Partial<Record<EvidenceGrade, GradeRule>> = {};
  rows.forEach((row, i) => {
    const at = `grades[${i + 1}]`;
    const grade = parseGrade(row.grade, `${at}.grade`);
    if (grade === null) throw new SroiError("VALUE", { kind: "required", argument: `${at}.grade` });
    if (table[grade] !== undefined) {
      throw new SroiError("VALUE", {
        kind: "unknownName",
        argument: `${at}.grade`,
        given: grade,
        allowed: GRADES.filter((g) => !table[g]),
      });
    }
    const spread = checkRange(`${at}.spread`, readNonNegative(`${at}.spread`, row.spread), { min: 0, max: 10 });
    table[grade] = { haircut: readShare(`${at}.haircut`, row.haircut), spread };
  });
  const missing = GRADES.filter((g) => table[g] === undefined);
  if (missing.length > 0)
    throw new SroiError("VALUE", { kind: "count", argument: "grades", given: GRADES.length - missing.length, expected: GRADES.length });
  return table as GradeTable;
}
