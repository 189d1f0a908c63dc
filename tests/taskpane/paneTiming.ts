import type { Page } from "playwright-core";

/**
 * Watches the pane's UI thread from inside the page: every long task (PerformanceObserver
 * `longtask`: a task of more than 50 ms) and every change of the Analysis tab's status line, with
 * their times, so a test or a bench can say how long the thread was blocked in each step of a run.
 */

interface LongTask {
  readonly start: number;
  readonly duration: number;
}

interface StatusChange {
  readonly at: number;
  readonly text: string;
}

export interface PaneTiming {
  readonly now: number;
  readonly longTasks: readonly LongTask[];
  readonly statuses: readonly StatusChange[];
}

interface Probe {
  __longTasks: LongTask[];
  __statuses: StatusChange[];
}

/** Starts watching; the Analysis tab must be open (its status line is watched). */
export async function watchPane(page: Page): Promise<void> {
  // No named functions inside: the page runs this as given (a bundler's helpers are not there).
  await page.evaluate(() => {
    const probe = window as unknown as Probe;
    probe.__longTasks = [];
    probe.__statuses = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
    const status = document.querySelector('section [role="status"]');
    if (!status) throw new Error("the Analysis tab's status line is not on the page");
    probe.__statuses.push({ at: performance.now(), text: status.textContent ?? "" });
    new MutationObserver(() => {
      probe.__statuses.push({ at: performance.now(), text: status.textContent ?? "" });
    }).observe(status, { childList: true, subtree: true, characterData: true });
  });
}

/** What was seen so far. */
export function paneTiming(page: Page): Promise<PaneTiming> {
  return page.evaluate(() => {
    const probe = window as unknown as Probe;
    return { now: performance.now(), longTasks: [...probe.__longTasks], statuses: [...probe.__statuses] };
  });
}

/** The longest long task that started in [from, to) (0 when there was none). */
export function longestBetween(timing: PaneTiming, from: number, to = Infinity): number {
  return Math.max(0, ...timing.longTasks.filter((t) => t.start >= from && t.start < to).map((t) => t.duration));
}

/** When the status line first read `text` at or after `after` (undefined when it never did). */
export function statusAt(timing: PaneTiming, text: string, after = 0): number | undefined {
  return timing.statuses.find((s) => s.at >= after && s.text === text)?.at;
}

/** One task of the page's main thread from Chrome's trace: wall time and the thread's own CPU time (ms). */
export interface TracedTask {
  /** Start, on the page's performance.now() clock. */
  readonly start: number;
  readonly wall: number;
  readonly cpu: number;
}

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly args?: { readonly name?: string };
}

/**
 * Records Chrome's trace of the page's main thread (category "toplevel": every task it runs, with
 * its wall and thread time). Wall time counts the time the thread waited for a core on a busy
 * machine; thread time is the work the task did, which is what blocks the pane. Call the returned
 * function to stop and get the tasks.
 */
export async function traceMainThread(page: Page): Promise<() => Promise<TracedTask[]>> {
  const session = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on("Tracing.dataCollected", (data) => {
    events.push(...(data.value as unknown as TraceEvent[]));
  });
  await session.send("Tracing.start", {
    traceConfig: { includedCategories: ["toplevel", "blink.user_timing", "__metadata"], recordMode: "recordContinuously" },
    transferMode: "ReportEvents",
  });
  // The trace's clock and performance.now() differ by a constant: a mark made now, found in the trace, gives it.
  const markedAt = await page.evaluate(() => {
    performance.mark("sroi-trace-start");
    return performance.now();
  });
  return async () => {
    const complete = new Promise<void>((resolve) => session.once("Tracing.tracingComplete", () => resolve()));
    await session.send("Tracing.end");
    await complete;
    await session.detach();
    const mark = events.find((e) => e.name === "sroi-trace-start");
    if (!mark) throw new Error("the trace does not hold the start mark");
    const offset = markedAt - mark.ts / 1000;
    const main = events
      .filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain" && e.pid === mark.pid)
      .map((e) => e.tid);
    const tasks = events.filter(
      (e) => e.ph === "X" && e.dur !== undefined && e.pid === mark.pid && main.includes(e.tid) && /RunTask/.test(e.name),
    );
    return tasks.map((t) => ({ start: t.ts / 1000 + offset, wall: (t.dur ?? 0) / 1000, cpu: (t.tdur ?? t.dur ?? 0) / 1000 }));
  };
}
