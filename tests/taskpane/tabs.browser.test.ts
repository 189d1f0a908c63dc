import { mkdirSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { cellAddress } from "../../src/templates/kit/a1";
import { BA } from "../../src/templates/beforeAfter/beforeAfterLayout";
import { templateById } from "../../src/templates";
import type { WorkbookSnapshot } from "../fakes";
import { PaneBrowser, REPO, launchPane, missingPrerequisite, pageSnapshot } from "./browserHarness";

/**
 * The Analysis and Before/after tabs of the built pane in headless Chromium, against the fake
 * Excel with formulas calculated: an impact map made in the Sheets tab is analysed to a new sheet
 * with five charts and then refreshed in place; an analysis sheet edited by hand is not
 * overwritten; a before/after sheet is checked, first good, then with a bad amount. Skips with a
 * message when Chromium or the build is missing, fails on CI.
 */

jest.setTimeout(180000);

const missing = missingPrerequisite();
const ARTIFACTS = path.join(REPO, "test-artifacts");

if (missing && process.env.CI !== "true") console.warn(`Skipping the taskpane tabs browser test: ${missing}.`);
const describeBrowser = missing && process.env.CI !== "true" ? describe.skip : describe;

/** Ticks templates (and the example) in the Sheets tab and creates them. */
async function createSheets(page: Page, titles: readonly string[], language: "sv" | "en"): Promise<void> {
  for (const title of titles) await page.getByRole("checkbox", { name: title, exact: true }).check();
  await page
    .getByRole("checkbox", { name: language === "sv" ? "Fyll i räkneexemplet" : "Fill in the worked example", exact: true })
    .check();
  await page.getByRole("button", { name: language === "sv" ? "Skapa blad" : "Create sheets", exact: true }).click();
  await page.getByRole("heading", { name: language === "sv" ? "Skapade" : "Created" }).waitFor();
}

const sheetNames = (snapshot: WorkbookSnapshot): string[] => snapshot.sheets.map((s) => s.name);

describeBrowser("taskpane tabs in Chromium", () => {
  let browser: PaneBrowser;

  beforeAll(async () => {
    if (missing) throw new Error(`The taskpane tabs browser test cannot run: ${missing}.`);
    browser = await launchPane();
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("analyses the impact map to a new sheet with five charts, then refreshes that sheet in place", async () => {
    const { page } = await browser.open({ displayLanguage: "sv-SE" });
    await createSheets(page, [templateById("impactMap").title.sv], "sv");
    await page.getByRole("tab", { name: "Analys" }).click();
    await page.getByRole("combobox", { name: /Effektkarta/ }).waitFor();
    expect(await page.getByRole("combobox", { name: /Effektkarta/ }).inputValue()).toBe("SroiImpactMap");
    await page.getByRole("textbox", { name: /Antal körningar/ }).fill("1000");
    await page.getByRole("button", { name: "Kör analysen" }).click();
    await page.getByRole("heading", { name: "Analysen är klar" }).waitFor();

    let snapshot = await pageSnapshot(page);
    expect(sheetNames(snapshot)).toContain("Analys");
    const analysis = snapshot.sheets.find((s) => s.name === "Analys")!;
    expect(analysis.charts.map((c) => c.name)).toEqual([
      "SroiChartTornado",
      "SroiChartHistogram",
      "SroiChartStakeholders",
      "SroiChartPayers",
      "SroiChartPayback",
    ]);
    expect(analysis.charts[1].series[0].valueData.reduce<number>((sum, n) => sum + Number(n), 0)).toBe(1000);
    expect(snapshot.activeSheet).toBe("Analys");
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-analysis.png"), fullPage: true });

    await page.getByRole("radio", { name: "Ett tidigare analysblad" }).check();
    await page.getByRole("button", { name: "Kör analysen" }).click();
    await page.getByText("Analysbladet ”Analys” uppdaterades.").first().waitFor();
    snapshot = await pageSnapshot(page);
    expect(sheetNames(snapshot).filter((n) => n.startsWith("Analys"))).toEqual(["Analys"]);
    expect(snapshot.sheets.find((s) => s.name === "Analys")!.charts).toHaveLength(5);

    await page.evaluate(() =>
      (window as unknown as { __SROI_FAKE: { user: { typeInto: (s: string, a: string, v: string) => void } } }).__SROI_FAKE.user.typeInto(
        "Analys",
        "Z2",
        "min anteckning",
      ),
    );
    await page.getByRole("button", { name: "Kör analysen" }).click();
    await page.getByText("Analysbladet har ändrats").first().waitFor();
    snapshot = await pageSnapshot(page);
    expect(snapshot.sheets.find((s) => s.name === "Analys")!.cells.Z2).toEqual({ value: "min anteckning" });
    await page.close();
  });

  it("checks a good before/after sheet and shows who gains, changing nothing", async () => {
    const { page } = await browser.open({ displayLanguage: "en-US" });
    await createSheets(page, [templateById("beforeAfter").title.en], "en");
    await page.getByRole("tab", { name: "Before/after" }).click();
    const before = await pageSnapshot(page);
    await page.getByRole("button", { name: "Check and summarise" }).click();
    await page.getByRole("heading", { name: /^Who gains: / }).waitFor();
    expect(await page.getByText("The sheet's own results agree with these figures.").count()).toBe(1);
    expect(await pageSnapshot(page)).toEqual(before);
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-before-after.png"), fullPage: true });

    // society's change per month typed over its formula: the check names it with both values
    const society = cellAddress(BA.summary.society, BA.summary.left + BA.summary.columns.monthly);
    await page.evaluate(
      (a) =>
        (window as unknown as { __SROI_FAKE: { user: { typeInto: (s: string, a: string, v: number) => void } } }).__SROI_FAKE.user.typeInto(
          "Before-after by actor",
          a,
          100000,
        ),
      society,
    );
    await page.getByRole("button", { name: "Check and summarise" }).click();
    await page.getByText("Society, change per month: the sheet shows 100,000.00, the add-in computes 163,810.56.").waitFor();
    await page.close();
  });

  it("lists a negative amount on the before/after sheet with its place, in Swedish", async () => {
    const { page } = await browser.open({ displayLanguage: "sv-SE" });
    await createSheets(page, [templateById("beforeAfter").title.sv], "sv");
    const address = cellAddress(BA.situations.first, BA.situations.columns.amount);
    await page.evaluate(
      (a) =>
        (window as unknown as { __SROI_FAKE: { user: { typeInto: (s: string, a: string, v: number) => void } } }).__SROI_FAKE.user.typeInto(
          "Före-efter per aktör",
          a,
          -500,
        ),
      address,
    );
    await page.getByRole("tab", { name: "Före/efter" }).click();
    await page.getByRole("button", { name: "Kontrollera och summera" }).click();
    await page
      .getByText(/\u2212500/)
      .first()
      .waitFor();
    expect(await page.getByText(new RegExp(`rad ${BA.situations.first + 1}`)).count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-before-after-problems.png"), fullPage: true });
    await page.close();
  });
});
