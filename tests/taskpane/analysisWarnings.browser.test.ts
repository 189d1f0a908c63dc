import { mkdirSync } from "fs";
import path from "path";
import { templateById } from "../../src/templates";
import { PaneBrowser, REPO, launchPane, missingPrerequisite } from "./browserHarness";

/**
 * The Analysis tab of the built pane in headless Chromium lists the chosen impact map's
 * over-claim warnings before a run, each with links that select the row on the map; the run is
 * still allowed. Skips with a message when Chromium or the build is missing, fails on CI.
 */

jest.setTimeout(180000);

const missing = missingPrerequisite();
const ARTIFACTS = path.join(REPO, "test-artifacts");

if (missing && process.env.CI !== "true") console.warn(`Skipping the analysis warnings browser test: ${missing}.`);
const describeBrowser = missing && process.env.CI !== "true" ? describe.skip : describe;

describeBrowser("the Analysis tab's checks against over-claiming in Chromium", () => {
  let browser: PaneBrowser;

  beforeAll(async () => {
    if (missing) throw new Error(`The analysis warnings browser test cannot run: ${missing}.`);
    browser = await launchPane();
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("lists the warnings with their rows before a run, selects a row on the map, and still runs", async () => {
    const { page } = await browser.open({ displayLanguage: "en-US" });
    await page.getByRole("checkbox", { name: templateById("impactMap").title.en, exact: true }).check();
    await page.getByRole("checkbox", { name: "Fill in the worked example", exact: true }).check();
    await page.getByRole("button", { name: "Create sheets", exact: true }).click();
    await page.getByRole("heading", { name: "Created" }).waitFor();
    await page.getByRole("tab", { name: "Analysis" }).click();

    const title = page.getByText(/^Checks against over-claiming: \d+ rows? ha(s|ve) warnings$/);
    await title.waitFor();
    await page.getByText("Low and high from the evidence grades").waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-analysis-warnings.png"), fullPage: true });

    // Each listed row is a link to its outcome cell on the map.
    const link = page.getByRole("button", { name: /^Row \d+/ }).first();
    const name = (await link.textContent()) ?? "";
    const sheetRow = Number(/^Row (\d+)/.exec(name)?.[1]);
    expect(sheetRow).toBeGreaterThan(1);
    await link.click();
    await page.waitForFunction(() => window.__SROI_FAKE?.selection() !== undefined);
    const selection = await page.evaluate(() => window.__SROI_FAKE?.selection());
    expect(selection?.sheet).toBe("Impact map");
    expect(selection?.address).toMatch(new RegExp(`^[A-Z]+${sheetRow}$`));

    // Blank low and high read "from grade" (the discount rate: "fixed").
    await page.getByRole("button", { name: "Advanced settings" }).click();
    await page.getByRole("button", { name: "Low and high per assumption" }).click();
    const placeholders = await page.locator('input[placeholder="from grade"]').count();
    expect(placeholders).toBe(16);
    expect(await page.locator('input[placeholder="fixed"]').count()).toBe(2);
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-analysis-spreads.png"), fullPage: true });

    // Warnings do not stop the run.
    await page.getByRole("textbox", { name: /Number of runs/ }).fill("100");
    await page.getByRole("button", { name: "Run the analysis" }).click();
    await page.getByRole("heading", { name: "Analysis done" }).waitFor();
  });
});
