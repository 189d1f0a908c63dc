import type { ImpactRow } from "../impactMap";
import type { GradeTable } from "../evidence/grades";
import { evidenceUncertainty } from "../evidence/spreads";
import type { Assumption } from "./assumptions";
import type { Spread, UncertaintySpec } from "./uncertainty";

/**
 * Where the low and high of each assumption come from in an analysis, for the tornado and the
 * Monte Carlo alike: the user's own spread for an assumption (every row), else each row's evidence
 * grade (its default spread around the row's value), else nothing (the assumption stays fixed).
 */
export interface RangeSettings {
  /** The user's low and high relative to each value, per assumption, for every row. */
  readonly spreads: Readonly<Partial<Record<Assumption, Spread>>>;
  /** Row assumptions without a spread of their own take each row's grade's spread. */
  readonly fromGrades: boolean;
  /** The grade table the spreads come from (the workbook's); absent: the product's defaults. */
  readonly table?: GradeTable;
  /**
   * The tornado moves each assumption to the same low and high as the Monte Carlo (the discount
   * rate, when it has none, and an assumption with its own step still move by the step); false:
   * every assumption moves by its step.
   */
  readonly tornado: boolean;
}

/** The uncertainty an analysis's ranges describe for these rows (see RangeSettings). */
export function rangeUncertainty(rows: readonly ImpactRow[], ranges: RangeSettings): UncertaintySpec {
  return ranges.fromGrades ? evidenceUncertainty(rows, ranges.spreads, ranges.table) : { spreads: ranges.spreads };
}
