import { heatMapCell, riskLevels } from "../../../src/templates/riskMatrix/riskHeatMap";
import { RISK_COLUMNS, RISK_FIRST, RISK_LAST } from "../../../src/templates/riskMatrix/riskMatrix";
import { parseCell } from "../../../src/templates/kit/a1";
import type { Language } from "../../../src/core/language";
import { BLANK, ExpectedCells, number, PlannedSheets } from "./expected";

/**
 * Expected values of the risk matrix from its inputs: each described risk is numbered 1, 2, …
 * in order; priority = probability level × impact level (1–25, the level's position in the list);
 * the heat map counts the risks of each (probability, impact) pair.
 */

const K = "riskMatrix";

export function expectRiskMatrix(planned: PlannedSheets, expected: ExpectedCells, language: Language): void {
  const levels = riskLevels(language);
  const level = (text: string): number | undefined => {
    const i = levels.indexOf(text);
    return i < 0 ? undefined : i + 1;
  };
  const counts = new Map<string, number>();
  let numbered = 0;
  for (let r = RISK_FIRST; r <= RISK_LAST; r++) {
    const described = planned.textAt(K, r, RISK_COLUMNS.risk) !== "";
    if (described) numbered++;
    expected.set(K, r, RISK_COLUMNS.no, described ? number(numbered) : BLANK);
    const p = level(planned.textAt(K, r, RISK_COLUMNS.probability));
    const i = level(planned.textAt(K, r, RISK_COLUMNS.impact));
    if (planned.textAt(K, r, RISK_COLUMNS.probability) !== "" && p === undefined)
      throw new Error(`row ${r + 1}: probability not from the list`);
    expected.set(K, r, RISK_COLUMNS.priority, p === undefined || i === undefined ? BLANK : number(p * i));
    if (p !== undefined && i !== undefined) counts.set(`${p}:${i}`, (counts.get(`${p}:${i}`) ?? 0) + 1);
  }
  for (let p = 1; p <= 5; p++) {
    for (let i = 1; i <= 5; i++) {
      const cell = parseCell(heatMapCell(p, i));
      expected.set(K, cell.row, cell.column, number(counts.get(`${p}:${i}`) ?? 0));
    }
  }
}
