import type { Language } from "../../core/language";
import { cellAddress, columnLetter, rangeAddress } from "../kit";
import { calc, header, label } from "../kit";
import { RISK_ZONE_FILLS } from "../kit";
import type { SheetBuilder } from "../kit";
import { pick, Text, tx } from "../kit";

/**
 * The risk matrix's 5×5 heat map beside the table: probability 1–5 across, impact 5–1 down, each
 * cell counting the risks with that pair (COUNTIFS), coloured by zone: strong when it holds risks.
 */

const LEVELS: readonly Text[] = [
  tx("1 – Very low", "1 – Mycket låg"),
  tx("2 – Low", "2 – Låg"),
  tx("3 – Medium", "3 – Medel"),
  tx("4 – High", "4 – Hög"),
  tx("5 – Very high", "5 – Mycket hög"),
];

const T = {
  heading: tx("Heat map: number of risks", "Värmekarta: antal risker"),
  corner: tx("Impact ↓ / probability →", "Konsekvens ↓ / sannolikhet →"),
};

/** The five levels offered in the probability and impact lists. */
export function riskLevels(language: Language): string[] {
  return LEVELS.map((l) => pick(l, language));
}

/** Where the heat map sits: the corner cell's row and column; counts are right of and below it. */
const HEAT_MAP = { row: 4, column: 8 } as const;

/** Zone fills by score, pale when the cell holds no risk, strong when it does. */
const ZONES = [
  { test: (s: string) => `${s}>=15`, ...RISK_ZONE_FILLS.high },
  { test: (s: string) => `AND(${s}>=8,${s}<15)`, ...RISK_ZONE_FILLS.medium },
  { test: (s: string) => `${s}<8`, ...RISK_ZONE_FILLS.low },
];

/** Address of the count for a probability p and impact i (both 1–5). */
export function heatMapCell(probability: number, impact: number): string {
  return cellAddress(HEAT_MAP.row + 6 - impact, HEAT_MAP.column + probability);
}

export function addHeatMap(
  sheet: SheetBuilder,
  language: Language,
  risks: { first: number; last: number; probability: number; impact: number },
): void {
  const { row, column } = HEAT_MAP;
  const levels = riskLevels(language);
  const probabilities = rangeAddress(risks.first, risks.probability, risks.last, risks.probability, true);
  const impacts = rangeAddress(risks.first, risks.impact, risks.last, risks.impact, true);
  sheet.put(row - 1, column, label(pick(T.heading, language)));
  sheet.put(row, column, header(pick(T.corner, language)));
  levels.forEach((level, p) => sheet.put(row, column + 1 + p, header(level)));
  const col = columnLetter(column);
  for (let k = 0; k < 5; k++) {
    const r = row + 1 + k;
    sheet.put(r, column, header(levels[4 - k]));
    for (let p = 0; p < 5; p++) {
      const c = column + 1 + p;
      sheet.put(r, c, calc(`=COUNTIFS(${probabilities},${columnLetter(c)}$${row + 1},${impacts},$${col}${r + 1})`, "integer"));
    }
  }
  const body = rangeAddress(row + 1, column + 1, row + 5, column + 5);
  const topLeft = cellAddress(row + 1, column + 1);
  // probability = columns right of the label column; impact = 5 for the first body row, 1 for the last
  const score = `(COLUMN(${topLeft})-COLUMN($${col}$${row + 2}))*(ROW($${col}$${row + 7})-ROW(${topLeft}))`;
  for (const zone of ZONES) {
    sheet.conditionalFormat({ type: "formula", range: body, formula: `=AND(${topLeft}>0,${zone.test(score)})`, fill: zone.strong });
    sheet.conditionalFormat({ type: "formula", range: body, formula: `=AND(${topLeft}=0,${zone.test(score)})`, fill: zone.pale });
  }
}
