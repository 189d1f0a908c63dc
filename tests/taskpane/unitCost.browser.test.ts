import { mkdirSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { columnLetter } from "../../src/templates/kit/a1";
import { impactColumn } from "../../src/templates/impactMap/impactColumns";
import { templateById } from "../../src/templates";
import { PaneBrowser, REPO, launchPane, missingPrerequisite, pageSnapshot, realViolations } from "./browserHarness";

/**
 * "Insert a unit cost" in the built pane, in headless Chromium against the fake Excel: an impact
 * map is made in the Sheets tab, a figure is searched for and inserted into a blank row, then into a
 * filled row after the question, and a selection off the map is refused with its place named.
 * Skips with a message when Chromium or the build is missing, fails on CI.
 */

jest.setTimeout(180000);

const missing = missingPrerequisite();
const ARTIFACTS = path.join(REPO, "test-artifacts");

if (missing && process.env.CI !== "true") console.warn(`Skipping the unit-cost browser test: ${missing}.`);
const describeBrowser = missing && process.env.CI !== "true" ? describe.skip : describe;

const PROXY = columnLetter(impactColumn("proxy"));
const PROXY_YEAR = columnLetter(impactColumn("proxyYear"));

/** Selects cells in the fake workbook as a person clicking in Excel would. */
function select(page: Page, sheet: string, address: string): Promise<void> {
  return page.evaluate(
    ([s, a]) => (window as unknown as { __SROI_FAKE: { user: { select: (s: string, a: string) => void } } }).__SROI_FAKE.user.select(s, a),
    [sheet, address] as const,
  );
}

async function cell(page: Page, sheet: string, address: string): Promise<unknown> {
  const snapshot = await pageSnapshot(page);
  return snapshot.sheets.find((s) => s.name === sheet)?.cells[address]?.value;
}

describeBrowser("Insert a unit cost in Chromium", () => {
  let browser: PaneBrowser;

  beforeAll(async () => {
    if (missing) throw new Error(`The unit-cost browser test cannot run: ${missing}.`);
    browser = await launchPane();
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("searches, inserts into a blank row, asks before overwriting a filled one, and refuses a cell off the map", async () => {
    const { page } = await browser.open({ displayLanguage: "sv-SE" });
    for (const title of [templateById("impactMap").title.sv]) await page.getByRole("checkbox", { name: title, exact: true }).check();
    await page.getByRole("checkbox", { name: "Fyll i räkneexemplet", exact: true }).check();
    await page.getByRole("button", { name: "Skapa blad", exact: true }).click();
    await page.getByRole("heading", { name: "Skapade" }).waitFor();

    await page.getByRole("searchbox", { name: /Sök i biblioteket/ }).fill("anstalt");
    expect(await page.getByText("1 av 21 siffror passar").count()).toBe(1);
    await page.getByRole("radio", { name: /Anstalt, kostnad per vårddygn/ }).check();
    await select(page, "Effektkarta", "B14");
    await page.getByRole("button", { name: "Infoga i markerad rad" }).click();
    await page.getByText("Infogat i rad 14 på ”Effektkarta”").waitFor();
    expect(await cell(page, "Effektkarta", `${PROXY}14`)).toBe(3202);
    expect(await cell(page, "Effektkarta", `${PROXY_YEAR}14`)).toBe(2019);

    // The example's first row has a proxy of 15 000: the pane asks, listing the cell, and the focus goes to the answer.
    await select(page, "Effektkarta", "A6");
    await page.getByRole("button", { name: "Infoga i markerad rad" }).click();
    await page.getByText("Skriva över ifyllda celler?").waitFor();
    expect(await page.getByText(`Finansiell proxy (${PROXY}6): 15\u00A0000 → 3\u00A0202`).count()).toBe(1);
    expect(await cell(page, "Effektkarta", `${PROXY}6`)).toBe(15000);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skriv över");
    const asking = await realViolations(page);
    expect(asking.real).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-unit-cost-question.png"), fullPage: true });
    await page
      .getByRole("region", { name: "Infoga en enhetskostnad" })
      .screenshot({ path: path.join(ARTIFACTS, "unit-cost-question.png") });
    await page.getByRole("button", { name: "Skriv över" }).click();
    await page.getByText("Infogat i rad 6 på ”Effektkarta”").waitFor();
    expect(await cell(page, "Effektkarta", `${PROXY}6`)).toBe(3202);

    await select(page, "KPI", "B3");
    await page.getByRole("button", { name: "Infoga i markerad rad" }).click();
    await page.getByText("Markera en rad i en effektkarta eller kostnadskalkyl").waitFor();
    expect(await page.getByText(/Markeringen \(B3 på ”KPI”\)/).count()).toBe(1);
    const refused = await realViolations(page);
    expect(refused.real).toEqual([]);
    await page.getByRole("region", { name: "Infoga en enhetskostnad" }).screenshot({ path: path.join(ARTIFACTS, "unit-cost-refused.png") });
    await page.close();
  });

  it("says a rate cannot be inserted, in English, without touching the workbook", async () => {
    const { page } = await browser.open({ displayLanguage: "en-US" });
    const before = await pageSnapshot(page);
    await page.getByRole("searchbox", { name: /Search the unit-cost library/ }).fill("employer 65");
    await page.getByRole("radio", { name: /Employer contributions, employees 65 and older/ }).check();
    await page.getByRole("button", { name: "Insert into the selected row" }).click();
    await page.getByText("A rate cannot be a unit cost").waitFor();
    await page.getByRole("region", { name: "Insert a unit cost" }).screenshot({ path: path.join(ARTIFACTS, "unit-cost-rate.png") });
    expect(await page.getByText(/10\.21\u00A0%/).count()).toBeGreaterThan(0);
    expect(await pageSnapshot(page)).toEqual(before);
    await page.close();
  });
});
