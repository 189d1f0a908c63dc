import type { Format, Text } from "../kit";
import { IMPACT_CALC, IMPACT_INPUTS, impactColumn } from "./impactColumns";
import { impactLayout } from "./impactLayout";
import type { ImpactLayout } from "./impactLayout";
import { PRINT_TEXT } from "./printText";

/**
 * Where everything sits on the impact map's print view (0-based rows and columns), and which cell
 * of the impact map each of its figures reads. The builder and the tests read the same layout.
 */

export interface PrintFigure {
  /** The impact-map column it mirrors: an input's id, or "yearOne" / "presentValue". */
  readonly id: string;
  readonly header: Text;
  readonly width: number;
  readonly format: Format;
}

const inputHeader = (id: string): Text => IMPACT_INPUTS[impactColumn(id)].header;
const inputFormat = (id: string): Format => IMPACT_INPUTS[impactColumn(id)].format;
const figure = (id: string, width: number, header = inputHeader(id)): PrintFigure => ({ id, header, width, format: inputFormat(id) });

/**
 * The figures table's columns: every figure that drives a row's value, and the value. The widths
 * fit the longest word of each header in bold, with room for LibreOffice's wider fallback font,
 * so no header breaks inside a word; together they print at about 71 % on A4 landscape.
 */
export const PRINT_FIGURES: readonly PrintFigure[] = [
  figure("stakeholder", 18),
  figure("outcome", 23),
  figure("payer", 17),
  // The grade after a text, not after a right-aligned number it would run into.
  figure("grade", 12),
  figure("quantity", 9),
  figure("outcomeRate", 12),
  figure("deadweight", 11),
  figure("attribution", 13),
  figure("displacement", 15),
  figure("proxy", 11),
  figure("proxyYear", 9, PRINT_TEXT.priceYear),
  figure("years", 11),
  figure("dropOff", 12),
  { id: "yearOne", header: IMPACT_CALC.yearOne, width: 13, format: "money" },
  { id: "presentValue", header: IMPACT_CALC.presentValue, width: 13, format: "money" },
];

/** The figures table's texts that wrap: stakeholder, outcome, payer (its first columns). */
export const WRAPPED_FIGURES = 3;

/** The evidence table's three texts, each merged over a run of the figures table's columns. */
export const EVIDENCE_SPANS = {
  outcome: { left: 0, right: 1 },
  comparison: { left: 2, right: 3 },
  sources: { left: 4, right: PRINT_FIGURES.length - 1 },
} as const;

export interface PrintLayout {
  readonly map: ImpactLayout;
  /** The line that says the map is missing or does not match (blank otherwise), in column A. */
  readonly messageRow: number;
  /** Key figures: label merged over A–B, value in C; Net SROI label merged over E–G, value in H. */
  readonly totalPresentValueRow: number;
  readonly investmentRow: number;
  readonly ratioRow: number;
  readonly adjustedRatioRow: number;
  readonly figuresTitleRow: number;
  readonly figuresHeaderRow: number;
  /** View row firstFigureRow + i shows the map's row map.firstRow + i. */
  readonly firstFigureRow: number;
  readonly figuresTotalRow: number;
  readonly evidenceTitleRow: number;
  readonly evidenceHeaderRow: number;
  readonly firstEvidenceRow: number;
  /** Map rows shown (all of the map's entry rows). */
  readonly rows: number;
  readonly lastRow: number;
}

export function printLayout(years: number): PrintLayout {
  const map = impactLayout(years);
  const rows = map.lastRow - map.firstRow + 1;
  const figuresTitleRow = 8;
  const firstFigureRow = figuresTitleRow + 2;
  const figuresTotalRow = firstFigureRow + rows;
  const evidenceTitleRow = figuresTotalRow + 2;
  const firstEvidenceRow = evidenceTitleRow + 2;
  return {
    map,
    messageRow: 2,
    totalPresentValueRow: 3,
    investmentRow: 4,
    ratioRow: 5,
    adjustedRatioRow: 6,
    figuresTitleRow,
    figuresHeaderRow: figuresTitleRow + 1,
    firstFigureRow,
    figuresTotalRow,
    evidenceTitleRow,
    evidenceHeaderRow: evidenceTitleRow + 1,
    firstEvidenceRow,
    rows,
    lastRow: firstEvidenceRow + rows - 1,
  };
}

/** The impact-map column a figure reads. */
export function mapColumn(figure: PrintFigure, map: ImpactLayout): number {
  if (figure.id === "yearOne") return map.yearOneColumn;
  if (figure.id === "presentValue") return map.presentValueColumn;
  return impactColumn(figure.id);
}
