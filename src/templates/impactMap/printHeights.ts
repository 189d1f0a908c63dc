import type { Language } from "../../core/language";
import { columnPixels, rowPoints, wrappedLines } from "../kit";
import { mapColumn, PRINT_FIGURES, EVIDENCE_SPANS, WRAPPED_FIGURES } from "./printLayout";
import type { PrintLayout } from "./printLayout";
import { evidenceTexts } from "./printEvidence";

/**
 * The print view's row heights: Excel and LibreOffice do not grow a row whose height the file
 * sets, so each is estimated here (kit/textFit.ts) from the example's texts in the widths they
 * wrap in, every evidence row at least two lines for the user's own sources.
 */

/** The smallest height of an evidence row, in lines: room for the user's own sources. */
const EVIDENCE_MIN_LINES = 2;

type Example = readonly (readonly (string | number | undefined)[])[];

function spanPixels(left: number, right: number): number {
  let pixels = 0;
  for (let c = left; c <= right; c++) pixels += columnPixels(PRINT_FIGURES[c].width);
  return pixels;
}

/** Heights of the rows whose text the example makes longer than a line, and of every evidence row. */
export function printRowHeights(l: PrintLayout, example: Example, language: Language): Record<number, number> {
  const heights: Record<number, number> = {};
  for (let i = 0; i < l.rows; i++) {
    const values = example[i] ?? [];
    const figures = PRINT_FIGURES.slice(0, WRAPPED_FIGURES).map((f, c) =>
      wrappedLines(String(values[mapColumn(f, l.map)] ?? ""), columnPixels(PRINT_FIGURES[c].width)),
    );
    const lines = Math.max(...figures);
    if (lines > 1) heights[l.firstFigureRow + i] = rowPoints(lines);
    const texts = evidenceTexts(values, language);
    const evidence = (Object.keys(EVIDENCE_SPANS) as (keyof typeof EVIDENCE_SPANS)[]).map((k) =>
      wrappedLines(texts[k], spanPixels(EVIDENCE_SPANS[k].left, EVIDENCE_SPANS[k].right)),
    );
    heights[l.firstEvidenceRow + i] = rowPoints(Math.max(EVIDENCE_MIN_LINES, ...evidence));
  }
  return heights;
}
