import type { Dec } from "../../core/decimal";
import type { Language } from "../../core/language";
import { cellAddress } from "../kit";
import type { ChartSpec } from "../kit";
import type { Cell, Format, Role } from "../kit";
import { SheetBuilder } from "../kit";
import { pick, Text } from "../kit";

/**
 * Writes the analysis sheet from the top down: each block puts its rows at the cursor and moves
 * it on; charts go to the right of the blocks, each beside the block it shows and below the chart
 * before it, so no chart covers another.
 */

/** The first column charts use (L), and how many columns and rows a chart covers. */
const CHART_COLUMN = 11;
const CHART_WIDTH = 8;
const CHART_HEIGHT = 18;

export type ChartDraft = Omit<ChartSpec, "from" | "to">;

export class ReportCursor {
  row = 0;
  readonly sheet: SheetBuilder;
  readonly charts: ChartSpec[] = [];
  private chartBottom = -2;

  constructor(
    name: string,
    readonly language: Language,
    readonly currency: string,
  ) {
    this.sheet = new SheetBuilder("analysis", name, "#7030A0");
  }

  /** The text in the report's language. */
  pick(text: Text): string {
    return pick(text, this.language);
  }

  /** Puts cells in a row from column A at the cursor, moves down one row, returns the row used. */
  line(cells: readonly (Cell | undefined)[]): number {
    const row = this.row;
    this.sheet.putRow(row, 0, cells);
    this.row++;
    return row;
  }

  /** Leaves `rows` empty rows. */
  skip(rows = 1): void {
    this.row += rows;
  }

  /** Places a chart beside the block that starts at `blockTop`, below the previous chart. */
  chart(blockTop: number, draft: ChartDraft): void {
    const top = Math.max(blockTop, this.chartBottom + 2);
    this.chartBottom = top + CHART_HEIGHT - 1;
    this.charts.push({ ...draft, from: cellAddress(top, CHART_COLUMN), to: cellAddress(this.chartBottom, CHART_COLUMN + CHART_WIDTH - 1) });
  }

  /** The first row below every chart placed so far. */
  belowCharts(): number {
    return this.chartBottom + 2;
  }
}

/** A cell holding a result value (grey), or a text when the value is a string. */
export function value(v: Dec | number | string | null, format: Format, role: Role = "calc"): Cell {
  if (v === null) return { role, format: "text" };
  if (typeof v === "string") return { value: v, role, format: "text" };
  const n = typeof v === "number" ? v : v.toNumber();
  return { value: n, role, format };
}

/** The heading of a block. */
export function section(text: string): Cell {
  return { value: text, role: "section" };
}

/** A header cell. */
export function head(text: string): Cell {
  return { value: text, role: "header", format: "text" };
}

/** A label cell. */
export function labelCell(text: string): Cell {
  return { value: text, role: "label" };
}
