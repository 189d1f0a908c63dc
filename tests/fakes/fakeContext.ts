import { FakeOfficeError } from "./fakeErrors";
import type { FakeExcel } from "./fakeExcel";
import type { FakeWorkbookProxy } from "./fakeProxies";

/**
 * The fake's request context and the base of every proxy. As in Office.js, calls on proxies only
 * queue operations; `context.sync()` applies them in order (stopping at the first that fails, the
 * ones before it stay applied) and fills loaded properties. Reading a property that was not
 * loaded and synced throws PropertyNotLoaded.
 */

interface QueuedOperation {
  readonly api: string;
  readonly version: string;
  readonly payload: number;
  readonly apply: () => void;
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

export function loadPaths(props: LoadArgument): string[] {
  if (props === undefined) return [];
  const text = typeof props === "string" ? props : Array.isArray(props) ? props.join(",") : ((props as { select?: string }).select ?? "");
  return text
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

/** Base of every proxy: queues operations on its context and guards loaded properties. */
export abstract class FakeProxy {
  private readonly loadedValues = new Map<string, unknown>();

  constructor(protected readonly ctx: FakeContext) {}

  /** Office.js's `load`: the values are read from the workbook at the next sync. */
  load(props?: LoadArgument): this {
    const paths = loadPaths(props);
    this.ctx.enqueue("load", "1.1", () => this.fillLoaded(paths));
    return this;
  }

  /** Reads the current state for `paths` (all loadable properties when empty) into loaded values. */
  protected abstract fillLoaded(paths: readonly string[]): void;

  protected setLoaded(prop: string, value: unknown): void {
    this.loadedValues.set(prop, value);
  }

  protected loaded<T>(prop: string): T {
    if (!this.loadedValues.has(prop)) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loadedValues.get(prop) as T;
  }

  protected queue(api: string, version: string, apply: () => void, payload: unknown = null): void {
    this.ctx.enqueue(api, version, apply, payload);
  }
}
