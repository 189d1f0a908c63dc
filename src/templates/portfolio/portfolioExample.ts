import { Text, tx } from "../kit";

/**
 * The worked example of issue 18 (figures by hand in tests/core/portfolio): weights 30 / 25 / 25 /
 * 20 % with the fifth criterion unused; three candidates scoring 4.05, 3.55 and 3.75; reading
 * support and family support chosen → investment 2 700 000, present value 6 300 000, ratio 2.3333.
 * Operations, target groups and lengths are illustrative.
 */

export interface PortfolioExampleCandidate {
  readonly name: Text;
  readonly operation: Text;
  readonly targetGroup: Text;
  readonly length: number;
  /** Index into the levels low, medium, high. */
  readonly complexity: number;
  readonly investment: number;
  readonly presentValue: number;
  readonly scores: readonly number[];
  readonly chosen: boolean;
}

export const PORTFOLIO_EXAMPLE_WEIGHTS: readonly (number | undefined)[] = [0.3, 0.25, 0.25, 0.2, undefined];

export const PORTFOLIO_EXAMPLE: readonly PortfolioExampleCandidate[] = [
  {
    name: tx("Early reading support (grades 1–3)", "Tidigt lässtöd (åk 1–3)"),
    operation: tx("Compulsory school", "Grundskola"),
    targetGroup: tx("Grades 1–3", "Barn i åk 1–3"),
    length: 3,
    complexity: 0,
    investment: 1200000,
    presentValue: 3000000,
    scores: [5, 4, 3, 4],
    chosen: true,
  },
  {
    name: tx("Job coaching for youth", "Jobbcoachning för unga"),
    operation: tx("Labour market unit", "Arbetsmarknad"),
    targetGroup: tx("Youth 16–24", "Unga 16–24 år"),
    length: 2,
    complexity: 1,
    investment: 2000000,
    presentValue: 3600000,
    scores: [4, 3, 4, 3],
    chosen: false,
  },
  {
    name: tx("Family support at home", "Familjestöd i hemmet"),
    operation: tx("Social services", "Socialtjänsten"),
    targetGroup: tx("Young families", "Barnfamiljer"),
    length: 3,
    complexity: 2,
    investment: 1500000,
    presentValue: 3300000,
    scores: [3, 5, 4, 3],
    chosen: true,
  },
];
