import type { Language } from "../../core/language";
import { header, help, input, title } from "./cells";
import type { Format, SheetKey } from "./model";
import { SheetBuilder } from "./sheetBuilder";
import { pick, Text } from "./text";

/** One column of a fill-in table: header, a guiding question above it, width and format. */
interface TextColumn {
  readonly header: Text;
  readonly question: Text;
  readonly width: number;
  readonly format?: Format;
}

export interface TextTableSpec {
  readonly key: SheetKey;
  readonly sheetName: string;
  readonly tableName: string;
  readonly title: Text;
  readonly help: Text;
  readonly columns: readonly TextColumn[];
  /** Blank input rows offered. */
  readonly rows: number;
  /** Row index (0-based) of the guiding questions; the header follows on the next row. */
  readonly top?: number;
  readonly tabColor?: string;
}

/** Layout facts of a fill-in table, for templates that add validations or more content. */
export interface TextTableLayout {
  readonly headerRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
}

/**
 * A sheet with a title, a help text, guiding questions above the headers and blank input rows
 * under them, as one Excel table with the header row frozen.
 */
export function textTableSheet(spec: TextTableSpec, language: Language): { sheet: SheetBuilder; layout: TextTableLayout } {
  const top = spec.top ?? 2;
  const sheet = new SheetBuilder(spec.key, spec.sheetName, spec.tabColor);
  sheet.put(0, 0, title(pick(spec.title, language))).put(1, 0, help(pick(spec.help, language)));
  const layout = { headerRow: top + 1, firstRow: top + 2, lastRow: top + 1 + spec.rows };
  spec.columns.forEach((col, c) => {
    sheet.put(top, c, help(pick(col.question, language)));
    sheet.put(layout.headerRow, c, header(pick(col.header, language)));
    for (let r = layout.firstRow; r <= layout.lastRow; r++) sheet.put(r, c, input(col.format ?? "text"));
  });
  sheet.table(spec.tableName, layout.headerRow, 0, layout.lastRow, spec.columns.length - 1);
  sheet.columnWidths(spec.columns.map((c) => c.width)).freeze(layout.headerRow + 1);
  return { sheet, layout };
}
