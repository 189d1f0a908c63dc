import { mkdirSync } from "fs";
import path from "path";
import type { Page, Route } from "playwright-core";
import { PaneBrowser, REPO, launchPane, missingPrerequisite, realViolations } from "./browserHarness";

/**
 * The parts of the built pane that load later, in headless Chromium against the fake Excel: the
 * unit-cost picker comes after the first paint without a click, in the place its labelled
 * placeholder kept for it; a chunk that does not load is reported in place with Try again, which
 * loads it (the picker and a tab alike), and the rest of the pane keeps working meanwhile.
 * Skips with a message when Chromium or the build is missing, fails on CI.
 */

jest.setTimeout(180000);

const missing = missingPrerequisite();
const ARTIFACTS = path.join(REPO, "test-artifacts");

if (missing && process.env.CI !== "true") console.warn(`Skipping the lazy-parts browser test: ${missing}.`);
const describeBrowser = missing && process.env.CI !== "true" ? describe.skip : describe;

const UNIT_COST_CHUNK = /\/chunks\/unit-costs\.[0-9a-f]{8}\.js$/;

const TEXTS = {
  sv: {
    language: "sv-SE",
    loading: "Laddar biblioteket med enhetskostnader…",
    picker: "Infoga en enhetskostnad",
    create: "Skapa blad",
    notLoaded: "Den här delen av fönstret laddades inte",
    tryAgain: "Försök igen",
    analysis: "Analys",
  },
  en: {
    language: "en-US",
    loading: "Loading the unit-cost library…",
    picker: "Insert a unit cost",
    create: "Create sheets",
    notLoaded: "This part of the pane did not load",
    tryAgain: "Try again",
    analysis: "Analysis",
  },
} as const;

/** Holds the requests that match `url` until `release` is called; `requested` resolves at the first one. */
async function holdChunk(page: Page, url: RegExp): Promise<{ requested: Promise<void>; release: () => void }> {
  let markRequested = () => {};
  const requested = new Promise<void>((resolve) => (markRequested = resolve));
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route: Route) => {
    markRequested();
    await released;
    await route.fallback();
  });
  return { requested, release };
}

/** Where a region sits on the page (not in the viewport, which scrolls), in CSS pixels. */
/**
 * Where a region sits in its tab panel once it is laid out: measured in an animation frame, again
 * until two measurements agree (a loaded machine may measure while React is still placing it).
 */
async function box(page: Page, name: string): Promise<{ top: number; height: number }> {
  const region = page.getByRole("region", { name });
  await region.waitFor({ state: "visible" });
  const measure = () =>
    region.evaluate(
      (element) =>
        new Promise<{ top: number; height: number }>((resolve) =>
          requestAnimationFrame(() => {
            // From the top of its tab panel, so that a scrolled pane or page does not count as a move.
            const rect = element.getBoundingClientRect();
            const panel = (element.closest('[role="tabpanel"]') ?? document.body).getBoundingClientRect();
            resolve({ top: Math.round(rect.top - panel.top), height: Math.round(rect.height) });
          }),
        ),
    );
  let last = await measure();
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(50);
    const next = await measure();
    if (next.top === last.top && next.height === last.height && next.height > 0) return next;
    last = next;
  }
  return last;
}

describeBrowser("Parts of the pane that load later, in Chromium", () => {
  let browser: PaneBrowser;

  beforeAll(async () => {
    if (missing) throw new Error(`The lazy-parts browser test cannot run: ${missing}.`);
    browser = await launchPane();
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(["sv", "en"] as const)(
    "fetches the unit-cost picker after the first paint, without a click, in the place its placeholder kept (%s)",
    async (language) => {
      const t = TEXTS[language];
      let hold: Awaited<ReturnType<typeof holdChunk>> | undefined;
      const { page } = await browser.open({ displayLanguage: t.language }, async (p) => {
        hold = await holdChunk(p, UNIT_COST_CHUNK);
      });
      // The first screen is there and usable while the picker's chunk is still on its way.
      await hold!.requested;
      await page.getByRole("button", { name: t.create, exact: true }).waitFor();
      const placeholder = page.getByRole("region", { name: t.loading });
      await placeholder.waitFor();
      expect(await placeholder.getAttribute("aria-busy")).toBe("true");
      expect(await page.getByRole("progressbar").count()).toBe(1);
      expect(await page.getByRole("region", { name: t.picker }).count()).toBe(0);
      const held = await box(page, t.loading);
      await placeholder.screenshot({ path: path.join(ARTIFACTS, `unit-cost-loading-${language}.png`) });

      hold!.release();
      await page.getByRole("searchbox").waitFor();
      const shown = await box(page, t.picker);
      expect(await page.getByRole("region", { name: t.loading }).count()).toBe(0);
      // Nothing above the picker moves, and the page grows by at most a seventh of the picker's height.
      expect(shown.top).toBe(held.top);
      expect(shown.height).toBeGreaterThanOrEqual(held.height);
      expect(held.height / shown.height).toBeGreaterThan(6 / 7);
      await page.screenshot({ path: path.join(ARTIFACTS, `taskpane-sheets-${language}.png`), fullPage: true });
      await page.close();
    },
  );

  it("reports a picker that does not load in its place, keeps the Sheets tab working, and loads it on Try again", async () => {
    const t = TEXTS.sv;
    let refuse = true;
    const { page } = await browser.open({ displayLanguage: t.language }, (p) =>
      p.route(UNIT_COST_CHUNK, (route) => (refuse ? route.abort() : route.fallback())),
    );
    await page.getByText(t.notLoaded).waitFor();
    expect(await page.getByRole("button", { name: t.create, exact: true }).isEnabled()).toBe(true);
    expect(await page.getByRole("region", { name: t.picker }).count()).toBe(0);
    expect((await realViolations(page)).real).toEqual([]);
    await page.locator(".fui-MessageBar", { hasText: t.notLoaded }).screenshot({ path: path.join(ARTIFACTS, "unit-cost-not-loaded.png") });

    refuse = false;
    await page.getByRole("button", { name: t.tryAgain }).click();
    await page.getByRole("region", { name: t.picker }).waitFor();
    await page.getByRole("searchbox").fill("anstalt");
    await page.getByRole("radio", { name: /Anstalt, kostnad per vårddygn/ }).waitFor();
    expect(await page.getByText(t.notLoaded).count()).toBe(0);
    await page.close();
  });

  it("reports a tab that does not load in its panel and loads it on Try again (en)", async () => {
    const t = TEXTS.en;
    let refuse = false;
    const { page } = await browser.open({ displayLanguage: t.language }, (p) =>
      p.route(/\/chunks\/[^/]+\.js$/, (route) => (refuse ? route.abort() : route.fallback())),
    );
    // The picker comes first; then every chunk is refused while the Analysis tab is opened.
    await page.getByRole("region", { name: t.picker }).waitFor();
    refuse = true;
    await page.getByRole("tab", { name: t.analysis }).click();
    const panel = page.getByRole("tabpanel", { name: t.analysis });
    await panel.getByText(t.notLoaded).waitFor();

    refuse = false;
    await panel.getByRole("button", { name: t.tryAgain }).click();
    await panel.getByRole("heading", { level: 2 }).waitFor();
    expect(await panel.getByText(t.notLoaded).count()).toBe(0);
    await page.close();
  });
});
