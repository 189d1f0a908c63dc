import { mkdirSync, writeFileSync } from "fs";
import path from "path";
import { TEMPLATES, templateById } from "../../src/templates";
import type { FakeExcelOptions, WorkbookSnapshot } from "../fakes";
import { PaneBrowser, REPO, launchPane, missingPrerequisite, pageSnapshot } from "./browserHarness";

/**
 * The built taskpane in Debian's headless Chromium with office.js replaced by the fake Excel:
 * it renders, creates the chosen sheets, lists them and opens one; screenshots go to
 * test-artifacts/. Skips with a message when Chromium or the build is missing, fails on CI.
 */

jest.setTimeout(120000);

const missing = missingPrerequisite();
const TEMPLATE_COUNT = TEMPLATES.length;
const ARTIFACTS = path.join(REPO, "test-artifacts");

if (missing && process.env.CI !== "true") console.warn(`Skipping the taskpane browser test: ${missing}.`);
const describeBrowser = missing && process.env.CI !== "true" ? describe.skip : describe;

describeBrowser("taskpane in Chromium", () => {
  let browser: PaneBrowser;

  beforeAll(async () => {
    if (missing) throw new Error(`The taskpane browser test cannot run: ${missing}.`);
    browser = await launchPane();
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  const open = (options: FakeExcelOptions) => browser.open(options);
  const snapshot = pageSnapshot;

  it("creates the chosen sheets in the workbook, lists them and opens one", async () => {
    const { page, firstRender } = await open({ displayLanguage: "sv-SE", sheets: [{ name: "Effektkarta", cells: { A1: "mitt" } }] });
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("SROI för Excel");

    await page.getByRole("checkbox", { name: templateById("costSheet").title.sv, exact: true }).check();
    await page.getByRole("checkbox", { name: templateById("impactMap").title.sv, exact: true }).check();
    await page.getByRole("button", { name: "Skapa blad" }).click();
    await page.getByRole("heading", { name: "Skapade" }).waitFor();

    const names = (await snapshot(page)).sheets.map((s) => s.name);
    expect(names).toContain("Effektkarta (2)");
    expect(names).toContain("Kostnadskalkyl");
    const listed = await page
      .getByRole("listitem")
      .filter({ has: page.getByRole("button", { name: /^Öppna bladet/ }) })
      .count();
    expect(listed).toBe(names.length - 1);

    await page.getByRole("button", { name: "Öppna bladet Effektkarta (2)" }).click();
    await page.waitForFunction(
      () =>
        (window as unknown as { __SROI_FAKE: { snapshot: () => WorkbookSnapshot } }).__SROI_FAKE.snapshot().activeSheet ===
        "Effektkarta (2)",
    );
    expect((await snapshot(page)).sheets[0].cells.A1).toEqual({ value: "mitt" });

    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane.png"), fullPage: true });
    writeFileSync(path.join(ARTIFACTS, "taskpane-timing.json"), JSON.stringify({ firstRenderMs: Math.round(firstRender) }, null, 2));
    console.log(`taskpane: first render ${Math.round(firstRender)} ms after navigation start (headless Chromium, 320 px)`);
    await page.close();
  });

  it("switches to English, explains bad fields and refuses to create until they are right", async () => {
    const { page } = await open({ displayLanguage: "sv-SE" });
    await page.getByRole("radio", { name: "English" }).check();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("SROI for Excel");
    await page.getByRole("button", { name: "Select none" }).click();
    const years = page.getByRole("spinbutton", { name: /Number of years/ });
    await years.fill("12");
    await years.blur();
    await page.getByText("Enter a whole number from 1 to 10 (you entered 12).").waitFor();
    await page.getByRole("button", { name: "Create sheets" }).click();
    await page.getByText("Choose at least one template.").waitFor();
    expect(await page.evaluate(() => (window as unknown as { __SROI_FAKE: { runs: () => number } }).__SROI_FAKE.runs())).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-validation.png"), fullPage: true });
    await page.close();
  });

  it("works with the keyboard alone, moving focus to the results", async () => {
    const { page } = await open({ displayLanguage: "en-US" });
    const focused = () =>
      page.evaluate(() => (document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent ?? "").trim());
    let steps = 0;
    while ((await focused()) !== "Select all" && steps++ < 10) await page.keyboard.press("Tab");
    expect(await focused()).toBe("Select all");
    await page.keyboard.press("Enter");
    steps = 0;
    while ((await focused()) !== "Create sheets" && steps++ < 40) await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.textContent === "Created");
    // the results lead the tab: one Shift+Tab from them is back on the tabs
    await page.keyboard.press("Shift+Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("tab");
    await page.getByRole("heading", { name: "Created", exact: true }).focus();
    await page.keyboard.press("Tab");
    const first = await focused();
    expect(first).toMatch(/^Open the sheet /);
    await page.keyboard.press("Enter");
    const name = first.replace("Open the sheet ", "");
    await page.waitForFunction(
      (sheet) => (window as unknown as { __SROI_FAKE: { snapshot: () => WorkbookSnapshot } }).__SROI_FAKE.snapshot().activeSheet === sheet,
      name,
    );
    expect((await snapshot(page)).sheets.length).toBeGreaterThan(TEMPLATE_COUNT);
    await page.close();
  });

  it("says what is missing on an Excel that is too old", async () => {
    const { page } = await open({ displayLanguage: "en-US", apiVersion: "1.7" });
    await page.getByRole("checkbox", { name: templateById("riskMatrix").title.en, exact: true }).check();
    await page.getByRole("button", { name: "Create sheets", exact: true }).click();
    await page.getByText("This version of Excel is too old").waitFor();
    expect((await snapshot(page)).sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    await page.close();
  });

  it("follows Office's dark theme", async () => {
    const { page } = await open({
      displayLanguage: "en-US",
      officeTheme: { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" },
    });
    const background = await page
      .locator(".fui-FluentProvider")
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(3 * 80);
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-dark.png"), fullPage: true });
    await page.close();
  });
});
