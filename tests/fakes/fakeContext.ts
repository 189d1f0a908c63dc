import { FakeOfficeError } from "./fakeErrors";
import type { FakeExcel } from "./fakeExcel";
import type { FakeWorkbookProxy } from "./fakeProxies";

/**
 * The fake's request context and the base of every proxy. As in Office.js, calls on proxies only
 * queue operations; `context.sync()` applies them in order (stopping at the first that fails, the
 * ones before it stay applied) and fills loaded properties. Reading a property that was not
 * loaded and synced throws PropertyNotLoaded.
 *
 * Null objects (from `…OrNullObject` methods): as in Office.js, operations on an object that
 * turned out not to exist do nothing (`getItemOrNullObject("Old").delete()` is a safe idiom), and
 * so do operations on objects reached through it. Deliberately stricter than Excel, reading a
 * loaded property of a null object throws InvalidOperation: code must test `isNullObject` first.
 */

interface QueuedOperation {
  readonly api: string;
  readonly version: string;
  readonly payload: number;
  readonly apply: () => void;
}

/** Thrown inside an operation that reached a null object; the batch skips the operation. */
export class NullObjectSkip extends Error {
  constructor() {
    super("The object is a null object.");
  }
}

/** The later of two ExcelApi versions ("1.7" vs "1.12": by minor number). */
export function laterVersion(a: string, b: string): string {
  return Number(a.split(".")[1]) >= Number(b.split(".")[1]) ? a : b;
}

export class FakeContext {
  private queue: QueuedOperation[] = [];
  workbook!: FakeWorkbookProxy;

  constructor(readonly excel: FakeExcel) {}

  /** Queues an operation needing ExcelApi `version`; `payload` is what it adds to the request. */
  enqueue(api: string, version: string, apply: () => void, payload: unknown = null): void {
    const size = payload === null ? 0 : JSON.stringify(payload).length;
    this.queue.push({ api, version, payload: size, apply });
  }

  /** Operations queued since the last sync. */
  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    await this.excel.applyBatch(batch);
  }
}

/** What a batch is made of, for FakeExcel.applyBatch. */
export type Batch = readonly QueuedOperation[];

/** How `load` arguments are given: "name", "items/name", "a, b", ["a", "b"], { select: "a,b" }. */
export type LoadArgument = string | readonly string[] | { select?: string } | undefined;

function loadPaths(props: LoadArgument): string[] {
  if (props === undefined) return [];
  const text = typeof props === "string" ? props : Array.isArray(props) ? props.join(",") : ((props as { select?: string }).select ?? "");
  return text
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

/** The paths under a navigation property: under("worksheet", ["worksheet/name", "name"]) is ["name"]. */
export function pathsUnder(prefix: string, paths: readonly string[]): string[] {
  return paths.filter((p) => p.startsWith(`${prefix}/`)).map((p) => p.slice(prefix.length + 1));
}

/** Base of every proxy: queues operations on its context and guards loaded properties. */
export abstract class FakeProxy {
  private readonly loadedValues = new Map<string, unknown>();
  private loadedNull = false;

  constructor(
    protected readonly ctx: FakeContext,
    /** The requirement set that made this proxy reachable (e.g. table.worksheet is 1.2). */
    readonly via = "1.1",
  ) {}

  /** Office.js's `load`: the values are read from the workbook at the next sync. */
  load(props?: LoadArgument): this {
    const paths = loadPaths(props);
    this.queue("load", this.loadVersion(paths), () => {
      try {
        this.fillLoaded(paths);
      } catch (error) {
        if (!(error instanceof NullObjectSkip)) throw error;
        this.loadedNull = true;
      }
    });
    return this;
  }

  /** The requirement set a load of these paths needs (properties newer than 1.1 override this). */
  protected loadVersion(_paths: readonly string[]): string {
    return "1.1";
  }

  /** Reads the current state for `paths` (all loadable properties when empty) into loaded values. */
  protected abstract fillLoaded(paths: readonly string[]): void;

  /** Fills loaded values now, for a parent's load of a navigation path ("items/worksheet/name"). */
  fillNavigation(paths: readonly string[]): void {
    this.fillLoaded(paths);
  }

  protected setLoaded(prop: string, value: unknown): void {
    this.loadedValues.set(prop, value);
  }

  protected loaded<T>(prop: string): T {
    if (this.loadedNull)
      throw new FakeOfficeError("InvalidOperation", `The object is a null object; test isNullObject before reading '${prop}'.`);
    if (!this.loadedValues.has(prop)) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loadedValues.get(prop) as T;
  }

  /** Queues an operation needing the later of `version` and the set that made this proxy. */
  protected queue(api: string, version: string, apply: () => void, payload: unknown = null): void {
    this.ctx.enqueue(api, laterVersion(version, this.via), apply, payload);
  }
}
