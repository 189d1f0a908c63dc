import { parseAddress } from "./fakeAddress";
import { CalculationCache, FakeCalculator } from "./fakeCalculator";
import { Batch, FakeContext, NullObjectSkip } from "./fakeContext";
import { FakeErrorCode, FakeOfficeError, demand } from "./fakeErrors";
import { OfficeStub, officeGlobal } from "./fakeGlobals";
import { FakeWorkbookProxy } from "./fakeProxies";
import { CopyPosition, copyName, copyPosition, copySheetContents } from "./fakeSheetCopy";
import { FakeUser } from "./fakeUser";
import { FakeName, FakeSheet, FakeTable, Scalar, checkSheetName, enterCell, tableHeaders } from "./fakeWorkbook";

/**
 * A purpose-made fake of the part of Office.js (Excel API) the add-in uses, enforcing what Excel
 * enforces: array shapes equal range shapes, sheet-name rules, unique sheet/table/defined names,
 * properties unreadable before load + sync, requirement sets (an API newer than `apiVersion`
 * fails with ApiNotFound at sync, after the operations before it were applied — as in Excel).
 * It counts syncs, can simulate cell-edit mode and failing syncs, and runs in Node and in the
 * browser (no Node imports). Read its final state with `snapshotWorkbook` (fakeSnapshot.ts).
 * With a calculator (`calculate`, e.g. hyperFormulaCalculator from fakeCalculation.ts) loading
 * `values` over formula cells gives computed values; `user` edits the workbook as a person would.
 *
 *   const fake = new FakeExcel({ sheets: [{ name: "Data", cells: { A1: 5, B1: "=A1*2" } }] });
 *   const uninstall = fake.install();   // globalThis.Excel and globalThis.Office
 */

interface SeedSheet {
  readonly name: string;
  /** A1 → what a user typed ("=…" is a formula). */
  readonly cells?: Readonly<Record<string, Scalar>>;
}

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set supported, e.g. "1.7"; default "1.18". */
  readonly apiVersion?: string;
  /** Sheets the workbook starts with; default one sheet "Sheet1". */
  readonly sheets?: readonly SeedSheet[];
  readonly tables?: readonly { sheet: string; range: string; name: string }[];
  readonly names?: readonly { name: string; formula: string }[];
  /** Office.context.displayLanguage; default "en-US". */
  readonly displayLanguage?: string;
  /** Office.context.officeTheme; default undefined (as on hosts without themes). */
  readonly officeTheme?: { bodyBackgroundColor: string; bodyForegroundColor: string };
  /** Largest request in bytes (Excel on the web: 5 MB). */
  readonly payloadLimit?: number;
  /** Computes formula cells for `values`; without one, loading `values` over a formula throws. */
  readonly calculate?: FakeCalculator;
}

/** Operations that only read or find (load, getItem, getRange…): they leave the state as it was. */
const READS = /^load$|\.get[A-Z]/;

function minor(version: string): number {
  const [major, rest] = version.split(".");
  if (major !== "1" || rest === undefined) throw new RangeError(`Unknown requirement set version ${version}`);
  return Number(rest);
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  readonly names: FakeName[] = [];
  activeSheet: FakeSheet | undefined;
  selection: { sheet: string; address: string } | undefined;
  apiVersion: string;
  /** When set, every sync rejects with this code, as Excel does while a cell is being edited. */
  cellEditMode: false | "InvalidOperationInCellEditMode" | "InvalidOperation" = false;
  /** Calls of Excel.run. */
  runs = 0;
  /** Calls of context.sync (including the implicit one at the end of Excel.run). */
  syncs = 0;
  /** Number of queued operations in each sync, in order. */
  readonly syncLog: number[] = [];
  suspendedCalculations = 0;
  /** Changes whenever the workbook's state may have (an applied operation, a user's edit). */
  revision = 0;
  /** A person at the keyboard, editing the workbook directly (no request context). */
  readonly user = new FakeUser(this);
  private readonly calculation: CalculationCache | undefined;
  private readonly failures = new Map<number, FakeErrorCode>();
  private readonly operationFailures = new Map<string, { code: FakeErrorCode; left: number }>();
  private nextSheetId = 1;

  constructor(readonly options: FakeExcelOptions = {}) {
    this.apiVersion = options.apiVersion ?? "1.18";
    this.calculation = options.calculate ? new CalculationCache(options.calculate) : undefined;
    for (const seed of options.sheets ?? [{ name: "Sheet1" }]) {
      const sheet = this.addSheet(seed.name);
      for (const [address, typed] of Object.entries(seed.cells ?? {})) {
        const b = parseAddress(address);
        enterCell(sheet.touch(b.top, b.left), typed);
      }
    }
    for (const t of options.tables ?? []) {
      const sheet = this.findSheet(t.sheet);
      if (!sheet) throw new RangeError(`No seed sheet ${t.sheet}`);
      const bounds = parseAddress(t.range);
      const headers = tableHeaders(
        Array.from({ length: bounds.right - bounds.left + 1 }, (_, i) => sheet.cell(bounds.top, bounds.left + i)),
      );
      this.tables.push({ sheet, bounds, name: t.name, style: "TableStyleMedium2", headers, showTotals: false });
    }
    for (const n of options.names ?? []) this.names.push({ name: n.name, formula: n.formula, comment: "" });
    this.activeSheet = this.sheets[0];
  }

  /** Makes the sync with this 1-based number (counted over the fake's life) fail with `code`. */
  failSync(syncNumber: number, code: FakeErrorCode): void {
    this.failures.set(syncNumber, code);
  }

  /**
   * Makes the `occurrence`-th operation of an API (e.g. "dataValidation.rule", counted over the
   * fake's life) fail with `code` when applied: the operations before it in its sync stay applied.
   */
  failOperation(api: string, code: FakeErrorCode, occurrence = 1): void {
    this.operationFailures.set(api, { code, left: occurrence });
  }

  supports(version: string): boolean {
    return minor(version) <= minor(this.apiVersion);
  }

  /** Excel.run: a fresh context; operations still queued when the batch ends are synced. */
  async run<T>(batch: (context: FakeContext) => Promise<T>): Promise<T> {
    this.runs++;
    const context = new FakeContext(this);
    context.workbook = new FakeWorkbookProxy(context);
    const result = await batch(context);
    if (context.pending > 0) await context.sync();
    return result;
  }

  /** Applies one sync's operations in order; the first failure stops the rest and rejects. */
  async applyBatch(batch: Batch): Promise<void> {
    this.syncs++;
    this.syncLog.push(batch.length);
    await Promise.resolve();
    if (this.cellEditMode) {
      throw new FakeOfficeError(
        this.cellEditMode,
        "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
      );
    }
    const failure = this.failures.get(this.syncs);
    if (failure) throw new FakeOfficeError(failure, `Simulated ${failure} at sync ${this.syncs}.`);
    const size = batch.reduce((sum, op) => sum + op.payload, 0);
    demand(
      size <= (this.options.payloadLimit ?? 5 * 1024 * 1024),
      "RequestPayloadSizeLimitExceeded",
      `The request is ${size} bytes, above the limit.`,
    );
    for (const op of batch) {
      demand(
        this.supports(op.version),
        "ApiNotFound",
        `${op.api} needs ExcelApi ${op.version}; this Excel has ${this.apiVersion}.`,
        op.api,
      );
      const failure = this.operationFailures.get(op.api);
      if (failure && --failure.left === 0) throw new FakeOfficeError(failure.code, `Simulated ${failure.code} in ${op.api}.`, op.api);
      if (!READS.test(op.api)) this.revision++;
      try {
        op.apply();
      } catch (error) {
        if (!(error instanceof NullObjectSkip)) throw error;
      }
    }
  }

  /** Whether formula cells can be calculated (a calculator was given). */
  get calculates(): boolean {
    return this.calculation !== undefined;
  }

  /** What `values` shows for the formula cell at (row, column): computed, or an error without a calculator. */
  calculatedValue(sheet: FakeSheet, row: number, column: number): Scalar {
    demand(
      this.calculation !== undefined,
      "GeneralException",
      "The fake does not calculate formulas without a calculator (FakeExcelOptions.calculate); load `formulas` instead of `values`.",
    );
    return this.calculation.calculation(this.revision, this.sheets, this.names).valueOf(sheet.name, row, column);
  }

  findSheet(name: string): FakeSheet | undefined {
    const lower = name.toLocaleLowerCase();
    return this.sheets.find((s) => s.name.toLocaleLowerCase() === lower);
  }

  addSheet(name?: string): FakeSheet {
    let chosen = name;
    for (let n = this.sheets.length + 1; chosen === undefined; n++) if (!this.findSheet(`Sheet${n}`)) chosen = `Sheet${n}`;
    checkSheetName(
      chosen,
      this.sheets.map((s) => s.name),
    );
    const sheet = new FakeSheet(this.nextSheetId++, chosen);
    this.sheets.push(sheet);
    return sheet;
  }

  /** Worksheet.copy: a copy of `sheet` with everything on it, placed as `position` says (fakeSheetCopy.ts). */
  copySheet(sheet: FakeSheet, position: CopyPosition, relativeTo?: FakeSheet): FakeSheet {
    const at = copyPosition(position, this.sheets.length, relativeTo === undefined ? undefined : this.sheets.indexOf(relativeTo));
    const copy = new FakeSheet(
      this.nextSheetId++,
      copyName(
        sheet.name,
        this.sheets.map((s) => s.name),
      ),
    );
    this.tables.push(...copySheetContents(sheet, copy, this.tables, () => this.definedAndTableNames()));
    this.sheets.splice(at, 0, copy);
    return copy;
  }

  activate(sheet: FakeSheet): void {
    this.activeSheet = sheet;
  }

  deleteSheet(sheet: FakeSheet): void {
    demand(this.sheets.length > 1, "InvalidOperation", "A workbook must keep at least one sheet.");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    const kept = this.tables.filter((t) => t.sheet !== sheet);
    this.tables.splice(0, this.tables.length, ...kept);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0];
  }

  /** Moves a sheet to a 0-based position; the sheets between shift by one, as in Excel. */
  moveSheet(sheet: FakeSheet, position: number): void {
    demand(
      Number.isInteger(position) && position >= 0 && position < this.sheets.length,
      "InvalidArgument",
      `${position} is not a sheet position (0 to ${this.sheets.length - 1}).`,
    );
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  definedAndTableNames(): string[] {
    return [...this.tables.map((t) => t.name), ...this.names.map((n) => n.name)];
  }

  nextTableName(): string {
    const taken = new Set(this.definedAndTableNames().map((n) => n.toLowerCase()));
    for (let n = 1; ; n++) if (!taken.has(`table${n}`)) return `Table${n}`;
  }

  /** The `Office` global: onReady, context (language, theme, requirement sets). */
  officeGlobal(): OfficeStub {
    return officeGlobal(this.options, (version) => this.supports(version));
  }

  /** The `Excel` global: run. */
  excelGlobal(): { run: <T>(batch: (context: FakeContext) => Promise<T>) => Promise<T> } {
    return { run: (batch) => this.run(batch) };
  }

  /** Sets `Office` and `Excel` on the target (globalThis by default); returns a function undoing it. */
  install(target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): () => void {
    const before = { Office: target.Office, Excel: target.Excel };
    target.Office = this.officeGlobal();
    target.Excel = this.excelGlobal();
    return () => {
      target.Office = before.Office;
      target.Excel = before.Excel;
    };
  }
}

export type { OfficeStub } from "./fakeGlobals";
