import { Bounds, boundsAddress, cellName, columnCount, overlaps, parseAddress, rowCount } from "./fakeAddress";
import { cellProperties } from "./fakeCellProperties";
import { FakeClientResult } from "./fakeClientResult";
import { CLEAR_KINDS, clearCells } from "./fakeCells";
import { FakeContext, FakeProxy, laterVersion, pathsUnder } from "./fakeContext";
import { demand } from "./fakeErrors";
import { demandWritable } from "./fakeProtection";
import { FakeRangeFormatProxy } from "./fakeRangeFormat";
import { derivedBounds } from "./fakeRangeMoves";
import { FakeConditionalFormatCollectionProxy, FakeDataValidationProxy } from "./fakeRules";
import type { FakeWorksheetProxy } from "./fakeProxies";
import { Slot } from "./fakeSlot";
import { syncHeaders } from "./fakeTableCells";
import { FakeCell, FakeSheet, enterCell } from "./fakeWorkbook";

/**
 * Range proxies: values, formulas and number formats as 2-D arrays whose shape must equal the
 * range's (as Excel checks), its position (address, row and column index and count), ranges
 * relative to it (getCell, getOffsetRange…, fakeRangeMoves.ts), clear, and its format
 * (fakeRangeFormat.ts). `address` is always sheet-qualified with the name quoted
 * ("'Data'!A1:B2"); Excel quotes only names that need it, so consumers must accept both.
 */

const SHAPE_MESSAGE = "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

export class FakeRangeProxy extends FakeProxy {
  readonly format: FakeRangeFormatProxy;
  readonly dataValidation: FakeDataValidationProxy;
  readonly conditionalFormats: FakeConditionalFormatCollectionProxy;

  constructor(
    ctx: FakeContext,
    readonly sheet: FakeWorksheetProxy,
    private readonly locate: () => Bounds,
    /** The requirement set that made this proxy (getRangeByIndexes is 1.7). */
    via = "1.1",
    /** Set for ranges an operation resolves (getUsedRange, getCell…): the bounds, or null for a null object. */
    private readonly slot?: Slot<Bounds>,
  ) {
    super(ctx, laterVersion(via, sheet.via));
    this.format = new FakeRangeFormatProxy(ctx, this);
    this.dataValidation = new FakeDataValidationProxy(this);
    this.conditionalFormats = new FakeConditionalFormatCollectionProxy(ctx, this);
  }

  /** A range whose bounds the next operation queued here fills (at its place in the batch). */
  static resolved(ctx: FakeContext, sheet: FakeWorksheetProxy, via: string, slot: Slot<Bounds>): FakeRangeProxy {
    return new FakeRangeProxy(ctx, sheet, () => slot.get("range"), via, slot);
  }

  bounds(): Bounds {
    return this.locate();
  }

  get worksheet(): FakeWorksheetProxy {
    return this.sheet;
  }

  get isNullObject(): boolean {
    return this.slot?.isNull() ?? false;
  }

  /** "'Sheet name'!B4:C6", at sync time. */
  qualifiedAddress(): string {
    return `'${this.sheet.target().name.replace(/'/g, "''")}'!${boundsAddress(this.bounds())}`;
  }

  /** Queues an operation on this range, needing the later of its own and the range's set. */
  enqueueOn(api: string, version: string, apply: (sheet: FakeSheet, bounds: Bounds) => void, payload: unknown = null): void {
    this.queue(api, version, () => apply(this.sheet.target(), this.bounds()), payload);
  }

  set formulas(input: unknown[][]) {
    this.writeArray("range.formulas", input, (cell, entry) => enterCell(cell, entry, this.sheetExists));
  }

  set values(input: unknown[][]) {
    this.writeArray("range.values", input, (cell, entry) => enterCell(cell, entry, this.sheetExists));
  }

  readonly sheetExists = (name: string): boolean => this.ctx.excel.findSheet(name) !== undefined;

  set numberFormat(input: unknown[][]) {
    this.writeArray("range.numberFormat", input, (cell, code) => {
      if (code === null || code === undefined) return;
      demand(typeof code === "string" && code !== "", "InvalidArgument", `"${String(code)}" is not a number format.`);
      cell.numberFormat = code;
    });
  }

  get formulas(): unknown[][] {
    return this.loaded("formulas");
  }

  get values(): unknown[][] {
    return this.loaded("values");
  }

  get numberFormat(): unknown[][] {
    return this.loaded("numberFormat");
  }

  get address(): string {
    return this.loaded("address");
  }

  get rowIndex(): number {
    return this.loaded("rowIndex");
  }

  get columnIndex(): number {
    return this.loaded("columnIndex");
  }

  get rowCount(): number {
    return this.loaded("rowCount");
  }

  get columnCount(): number {
    return this.loaded("columnCount");
  }

  /** Per-cell formats as plain data (fakeCellProperties.ts), filled at sync. */
  getCellProperties(options: Record<string, unknown>): FakeClientResult<Record<string, unknown>[][]> {
    const result = new FakeClientResult<Record<string, unknown>[][]>();
    this.enqueueOn("range.getCellProperties", "1.9", (sheet, b) => {
      const name = `'${sheet.name.replace(/'/g, "''")}'!`;
      result.fill(cellProperties(sheet, b, options as Parameters<typeof cellProperties>[2], (r, c) => `${name}${cellName(r, c)}`));
    });
    return result;
  }

  select(): void {
    this.enqueueOn("range.select", "1.1", (sheet, bounds) => {
      this.ctx.excel.activate(sheet);
      this.ctx.excel.selection = { sheet: sheet.name, address: boundsAddress(bounds) };
    });
  }

  /** Merges the range into one cell (or, `across`, each row of it); areas may not overlap a merge or a table. */
  merge(across = false): void {
    this.enqueueOn("range.merge", "1.2", (sheet, b) => {
      const areas = across ? Array.from({ length: b.bottom - b.top + 1 }, (_, i) => ({ ...b, top: b.top + i, bottom: b.top + i })) : [b];
      for (const area of areas) {
        demand(!sheet.merges.some((m) => overlaps(parseAddress(m), area)), "InvalidOperation", "The range overlaps a merged area.");
        demand(
          !this.ctx.excel.tables.some((t) => t.sheet === sheet && overlaps(t.bounds, area)),
          "InvalidOperation",
          "Cells in a table cannot be merged.",
        );
        sheet.merges.push(boundsAddress(area));
      }
    });
  }

  /** Clears contents, formats or both (Excel.ClearApplyTo; default "All"). */
  clear(applyTo: string = "All"): void {
    const kind = CLEAR_KINDS[applyTo];
    this.enqueueOn("range.clear", kind?.version ?? "1.1", (sheet, b) => {
      demand(kind !== undefined, "InvalidArgument", `"${applyTo}" is not an Excel.ClearApplyTo.`);
      if (kind.what.contents) demandWritable(sheet, b);
      clearCells(sheet, b, kind.what);
      if (kind.what.contents) syncHeaders(this.ctx.excel.tables, sheet, b);
    });
  }

  getCell(row: number, column: number): FakeRangeProxy {
    return this.derived("range.getCell", "1.1", (b) => derivedBounds.cell(b, row, column));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRangeProxy {
    return this.derived("range.getOffsetRange", "1.1", (b) => derivedBounds.offset(b, rowOffset, columnOffset));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRangeProxy {
    return this.derived("range.getResizedRange", "1.2", (b) => derivedBounds.resized(b, deltaRows, deltaColumns));
  }

  getRow(row: number): FakeRangeProxy {
    return this.derived("range.getRow", "1.1", (b) => derivedBounds.row(b, row));
  }

  getColumn(column: number): FakeRangeProxy {
    return this.derived("range.getColumn", "1.1", (b) => derivedBounds.column(b, column));
  }

  getLastRow(): FakeRangeProxy {
    return this.derived("range.getLastRow", "1.1", (b) => ({ ...b, top: b.bottom }));
  }

  getLastColumn(): FakeRangeProxy {
    return this.derived("range.getLastColumn", "1.1", (b) => ({ ...b, left: b.right }));
  }

  getLastCell(): FakeRangeProxy {
    return this.derived("range.getLastCell", "1.1", (b) => ({ top: b.bottom, left: b.right, bottom: b.bottom, right: b.right }));
  }

  /** A range computed from this one's bounds by an operation at this point of the batch. */
  private derived(api: string, version: string, compute: (b: Bounds) => Bounds): FakeRangeProxy {
    const slot = new Slot<Bounds>();
    this.queue(api, version, () => slot.fillFrom(() => compute(this.bounds())));
    return FakeRangeProxy.resolved(this.ctx, this.sheet, laterVersion(version, this.via), slot);
  }

  private writeArray(api: string, input: unknown[][], write: (cell: FakeCell, entry: unknown) => void): void {
    const copy = Array.isArray(input) ? input.map((row) => (Array.isArray(row) ? [...row] : row)) : input;
    this.enqueueOn(
      api,
      "1.1",
      (sheet, b) => {
        demand(Array.isArray(copy) && copy.length === rowCount(b), "InvalidArgument", SHAPE_MESSAGE, api);
        demand(
          copy.every((row) => Array.isArray(row) && row.length === columnCount(b)),
          "InvalidArgument",
          SHAPE_MESSAGE,
          api,
        );
        if (api !== "range.numberFormat") demandWritable(sheet, b);
        copy.forEach((row, i) => (row as unknown[]).forEach((entry, j) => write(sheet.touch(b.top + i, b.left + j), entry)));
        syncHeaders(this.ctx.excel.tables, sheet, b);
      },
      copy,
    );
  }

  protected fillLoaded(paths: readonly string[]): void {
    const sheet = this.sheet.target();
    const b = this.bounds();
    const grid = <T>(read: (r: number, c: number) => T): T[][] =>
      Array.from({ length: rowCount(b) }, (_, i) => Array.from({ length: columnCount(b) }, (_, j) => read(b.top + i, b.left + j)));
    const want = (p: string) => paths.length === 0 || paths.includes(p);
    if (want("address")) this.setLoaded("address", this.qualifiedAddress());
    if (want("rowIndex")) this.setLoaded("rowIndex", b.top);
    if (want("columnIndex")) this.setLoaded("columnIndex", b.left);
    if (want("rowCount")) this.setLoaded("rowCount", rowCount(b));
    if (want("columnCount")) this.setLoaded("columnCount", columnCount(b));
    if (want("formulas"))
      this.setLoaded(
        "formulas",
        grid((r, c) => sheet.cell(r, c)?.formula ?? sheet.cell(r, c)?.value ?? ""),
      );
    if (want("numberFormat"))
      this.setLoaded(
        "numberFormat",
        grid((r, c) => sheet.cell(r, c)?.numberFormat ?? "General"),
      );
    if (want("values")) {
      this.setLoaded(
        "values",
        grid((r, c) => {
          const cell = sheet.cell(r, c);
          return cell?.formula ? this.ctx.excel.calculatedValue(sheet, r, c) : (cell?.value ?? "");
        }),
      );
    }
    const worksheet = pathsUnder("worksheet", paths);
    if (worksheet.length > 0 || paths.includes("worksheet")) this.sheet.fillNavigation(worksheet);
  }
}
