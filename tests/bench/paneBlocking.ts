/**
 * The pane's longest blocking step during an analysis of a 2 000-row impact map, in headless
 * Chromium against the fake Excel: runs the analysis from the Analysis tab with RUNS Monte Carlo
 * runs (going on if the pane asks) and prints, per step of the run (as the status line names it),
 * the longest task on the UI thread (PerformanceObserver `longtask`, wall time) and the busiest
 * (thread time from Chrome's trace: on a busy machine wall time includes waiting for a core).
 *
 *   npx tsx tests/bench/paneBlocking.ts [dist folder] [rows] [runs]
 *
 * The reading and writing steps include the fake Excel's own work, which runs in the page (in
 * Excel it runs in Excel).
 */
import path from "path";

const [distArg, rowsArg, runsArg] = process.argv.slice(2);
if (distArg) process.env.SROI_DIST = path.resolve(distArg);
const ROWS = Number(rowsArg ?? 2000);
const RUNS = Number(runsArg ?? 200);

async function main(): Promise<void> {
  const { launchPane } = await import("../taskpane/browserHarness");
  const { largeImpactMapWorkbook } = await import("../taskpane/largeImpactMap");
  const { watchPane, paneTiming, traceMainThread } = await import("../taskpane/paneTiming");
  const browser = await launchPane();
  try {
    const { page } = await browser.open(largeImpactMapWorkbook(ROWS));
    await page.getByRole("tab", { name: "Analys" }).click();
    await page.getByRole("combobox", { name: /Effektkarta/ }).waitFor();
    await page.getByRole("textbox", { name: /Antal körningar/ }).fill(String(RUNS));
    await watchPane(page);
    const stopTrace = await traceMainThread(page);
    const started = await page.evaluate(() => performance.now());
    await page.getByRole("button", { name: "Kör analysen" }).click();
    const goOn = page.getByRole("button", { name: /^Kör alla/ });
    const done = page.getByRole("heading", { name: "Analysen är klar" });
    await Promise.race([goOn.waitFor({ timeout: 0 }).then(() => goOn.click()), done.waitFor({ timeout: 0 })]);
    await done.waitFor({ timeout: 0 });
    const timing = await paneTiming(page);
    const traced = await stopTrace();
    const steps = timing.statuses.filter((s) => s.at >= started);
    console.log(
      `${ROWS} rows, ${RUNS} runs, ${path.relative(process.cwd(), process.env.SROI_DIST ?? "dist")}: whole run ${((timing.now - started) / 1000).toFixed(1)} s`,
    );
    steps.forEach((step, i) => {
      const end = steps[i + 1]?.at ?? timing.now;
      const tasks = timing.longTasks.filter((t) => t.start >= step.at && t.start < end);
      const longest = Math.max(0, ...tasks.map((t) => t.duration));
      const busiest = Math.max(0, ...traced.filter((t) => t.start >= step.at && t.start < end).map((t) => t.cpu));
      console.log(
        `  ${step.text || "(blank)"}: ${((end - step.at) / 1000).toFixed(2)} s, longest task ${Math.round(longest)} ms wall (${tasks.length} long tasks), busiest ${Math.round(busiest)} ms thread time`,
      );
    });
    const all = timing.longTasks.filter((t) => t.start >= started);
    if (process.env.SROI_BENCH_TASKS) console.log(all.map((t) => `${Math.round(t.start - started)}+${Math.round(t.duration)}`).join(" "));
    const work = Math.max(0, ...traced.filter((t) => t.start >= started).map((t) => t.cpu));
    console.log(
      `longest blocking step: ${Math.round(Math.max(0, ...all.map((t) => t.duration)))} ms wall, ${Math.round(work)} ms thread time`,
    );
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
