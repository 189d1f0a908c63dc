import { mkdirSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { cellAddress } from "../../src/templates/kit/a1";
import { TEMPLATE_INFO } from "../../src/templates/kit/templateInfo";
import { OUTCOME_COLUMNS, OUTCOMES } from "../../src/templates/outcomeContract/contractLayout";
import { CANDIDATES, COLUMNS } from "../../src/templates/portfolio/portfolioLayout";
import { PaneBrowser, REPO, launchPane, missingPrerequisite, pageSnapshot, realViolations } from "./browserHarness";

/**
 * The Check tab of the built pane in headless Chromium, against the fake Excel with formulas
 * calculated: an outcome contract made in the Sheets tab is checked (its key figures agree with the
 * sheet's), then with a negative price (listed with a link that selects the cell); a portfolio with
 * a score of 6 is listed in Swedish. Nothing is written. Skips with a message when Chromium or the
 * build is missing, fails on CI.
 */

jest.setTimeout(180000);

const missing = missingPrerequisite();
const ARTIFACTS = path.join(REPO, "test-artifacts");

if (missing && process.env.CI !== "true") console.warn(`Skipping the taskpane Check tab browser test: ${missing}.`);
const describeBrowser = missing && process.env.CI !== "true" ? describe.skip : describe;

type FakeWindow = {
  __SROI_FAKE: {
    user: { typeInto: (s: string, a: string, v: number) => void };
    selection: () => { sheet: string; address: string } | undefined;
  };
};

/** Ticks templates (and the example) in the Sheets tab and creates them. */
async function createSheets(page: Page, titles: readonly string[], language: "sv" | "en"): Promise<void> {
  for (const title of titles) await page.getByRole("checkbox", { name: title, exact: true }).check();
  await page
    .getByRole("checkbox", { name: language === "sv" ? "Fyll i räkneexemplet" : "Fill in the worked example", exact: true })
    .check();
  await page.getByRole("button", { name: language === "sv" ? "Skapa blad" : "Create sheets", exact: true }).click();
  await page.getByRole("heading", { name: language === "sv" ? "Skapade" : "Created" }).waitFor();
}

/** The page's accessibility violations but the known one, once fading messages have settled. */
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  return (await realViolations(page)).real.map((v) => `${v.id}: ${v.nodes.join(" ")}`);
}

const typeInto = (page: Page, sheet: string, address: string, value: number) =>
  page.evaluate(([s, a, v]) => (window as unknown as FakeWindow).__SROI_FAKE.user.typeInto(s, a, v), [sheet, address, value] as const);

describeBrowser("the Check tab in Chromium", () => {
  let browser: PaneBrowser;

  beforeAll(async () => {
    if (missing) throw new Error(`The Check tab browser test cannot run: ${missing}.`);
    browser = await launchPane();
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("checks an outcome contract, then lists a negative price with a link to its cell, changing nothing", async () => {
    const { page } = await browser.open({ displayLanguage: "en-US" });
    await createSheets(page, [TEMPLATE_INFO.outcomeContract.title.en, TEMPLATE_INFO.portfolio.title.en], "en");
    await page.getByRole("tab", { name: "Check" }).click();
    const picker = page.getByRole("combobox", { name: /Sheet to check/ });
    await picker.waitFor();
    expect(await picker.locator("option").allTextContents()).toEqual(["Outcome contract", "Portfolio"]);
    const before = await pageSnapshot(page);
    await page.getByRole("button", { name: "Check the sheet" }).click();
    await page.getByRole("heading", { name: "Key figures: Outcome contract" }).waitFor();
    expect(await page.getByText("The sheet shows the same figures as the add-in computes.").count()).toBe(1);
    // Issue 18's worked example: IRR 28.67 %, break-even 87.16 %, present value 1 522 912.90.
    expect(await page.getByRole("listitem").filter({ hasText: "internal rate of return" }).textContent()).toContain("28.67 %");
    expect(await page.getByRole("listitem").filter({ hasText: "Break-even" }).textContent()).toContain("87.16 %");
    expect(await page.getByRole("listitem").filter({ hasText: "Present value" }).textContent()).toContain("1,522,912.90");
    expect(await pageSnapshot(page)).toEqual(before);
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-check-contract.png"), fullPage: true });

    const price = cellAddress(OUTCOMES.first, OUTCOME_COLUMNS.price);
    await typeInto(page, "Outcome contract", price, -60000);
    await page.getByRole("button", { name: "Check the sheet" }).click();
    await page.getByRole("heading", { name: "1 problem to fix on the sheet" }).waitFor();
    expect(await page.getByText("Price per validated outcome must be 0 or more, but the cell holds \u221260,000.").count()).toBe(1);
    await page.getByRole("button", { name: `${price}, select the cell in Excel` }).click();
    await page.waitForFunction(() => (window as unknown as FakeWindow).__SROI_FAKE.selection() !== undefined);
    expect(await page.evaluate(() => (window as unknown as FakeWindow).__SROI_FAKE.selection())).toEqual({
      sheet: "Outcome contract",
      address: price,
    });
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-check-problems.png"), fullPage: true });
    await page.close();
  });

  it("lists a score outside 1–5 on a portfolio, in Swedish", async () => {
    const { page } = await browser.open({ displayLanguage: "sv-SE" });
    await createSheets(page, [TEMPLATE_INFO.portfolio.title.sv], "sv");
    const score = cellAddress(CANDIDATES.first + 1, COLUMNS.firstScore + 2);
    await typeInto(page, "Portfölj", score, 6);
    await page.getByRole("tab", { name: "Kontroll" }).click();
    await page.getByRole("button", { name: "Kontrollera bladet" }).click();
    await page.getByText("Poäng på kriterium 3 ska vara mellan 1 och 5, men cellen innehåller 6.").waitFor();
    expect(await page.getByText("Jobbcoachning för unga").count()).toBe(1);
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-check-portfolio-sv.png"), fullPage: true });
    await page.close();
  });
});
