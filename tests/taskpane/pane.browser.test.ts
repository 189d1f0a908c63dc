import { mkdirSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { ACTORS } from "../../src/core/actors";
import { BA } from "../../src/templates/beforeAfter/beforeAfterLayout";
import { templateById } from "../../src/templates";
import { cellAddress, columnIndex, columnLetter } from "../../src/templates/kit/a1";
import type { FakeExcelOptions, WorkbookSnapshot } from "../fakes";
import { AxeViolation, PaneBrowser, REPO, launchPane, missingPrerequisite, pageSnapshot, realViolations } from "./browserHarness";

/**
 * The pane as a finance officer meets it (issue 14), in headless Chromium against the fake Excel:
 * lists that stay current, the main button always in view, no sideways scroll with Excel's longest
 * sheet names, a warning above the ratio it qualifies, problems that go to their cell, who gains as
 * a chart, a second create that asks, and a summary of fields to fix. axe-core runs on each state;
 * the only violation accepted is Fluent's focus helpers (see knownFalsePositive). Screenshots go to
 * test-artifacts/pane-*.png. Skips with a message when Chromium or the build is missing, fails on CI.
 */

jest.setTimeout(240000);

const missing = missingPrerequisite();
const ARTIFACTS = path.join(REPO, "test-artifacts");

if (missing && process.env.CI !== "true") console.warn(`Skipping the pane browser test: ${missing}.`);
const describeBrowser = missing && process.env.CI !== "true" ? describe.skip : describe;

type Lang = "sv" | "en";
const DISPLAY: Record<Lang, string> = { sv: "sv-SE", en: "en-US" };
const DARK: FakeExcelOptions["officeTheme"] = { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" };
const TEXT = {
  sv: {
    sheets: "Blad",
    analysis: "Analys",
    beforeAfter: "Före/efter",
    create: "Skapa blad",
    created: "Skapade",
    run: "Kör analysen",
    check: "Kontrollera och summera",
    example: "Fyll i räkneexemplet",
  },
  en: {
    sheets: "Sheets",
    analysis: "Analysis",
    beforeAfter: "Before/after",
    create: "Create sheets",
    created: "Created",
    run: "Run the analysis",
    check: "Check and summarise",
    example: "Fill in the worked example",
  },
} as const;

/** Excel's longest sheet names (31 characters), in each language. */
const LONG = {
  sv: { map: "Effektkarta Jobbsatsning 2026 A", beforeAfter: "Före-efter Jobbsatsning 2026 AB" },
  en: { map: "Impact map Job initiative 2026X", beforeAfter: "Before-after Job initiative X26" },
} as const;

type Fake = {
  snapshot: () => WorkbookSnapshot;
  user: { typeInto: (s: string, a: string, v: string | number) => void; renameSheet: (from: string, to: string) => void };
  selection: () => { sheet: string; address: string } | undefined;
};
/** Types into a cell of the fake workbook as a person would. */
const typeInto = (page: Page, sheet: string, address: string, value: string | number) =>
  page.evaluate(([s, a, v]) => (window as unknown as { __SROI_FAKE: Fake }).__SROI_FAKE.user.typeInto(s as string, a as string, v), [
    sheet,
    address,
    value,
  ] as const);

/** Renames a sheet of the fake workbook as a person would. */
const renameSheet = (page: Page, from: string, to: string) =>
  page.evaluate(([f, t]) => (window as unknown as { __SROI_FAKE: Fake }).__SROI_FAKE.user.renameSheet(f, t), [from, to] as const);

/** Ticks the templates given (besides the starter set) and the example, creates, and waits for the list. */
async function create(page: Page, language: Lang, templates: readonly ("beforeAfter" | "impactMap")[] = [], example = true): Promise<void> {
  for (const id of templates) await page.getByRole("checkbox", { name: templateById(id).title[language], exact: true }).check();
  if (example) await page.getByRole("checkbox", { name: TEXT[language].example, exact: true }).check();
  await page.getByRole("button", { name: TEXT[language].create, exact: true }).click();
  await page.getByRole("heading", { name: TEXT[language].created, exact: true }).waitFor();
}

/** The sheet a template's table is on, and the A1 address of a column's first data cell. */
async function firstCellOf(page: Page, table: string, header: string): Promise<{ sheet: string; address: string }> {
  const snapshot = await pageSnapshot(page);
  for (const sheet of snapshot.sheets) {
    const found = sheet.tables.find((t) => t.name === table);
    if (found === undefined) continue;
    const [, letters, row] = /^([A-Z]+)(\d+):/.exec(found.range)!;
    return { sheet: sheet.name, address: `${columnLetter(columnIndex(letters) + found.headers.indexOf(header))}${Number(row) + 1}` };
  }
  throw new Error(`no table ${table}`);
}

/** No sideways scroll: the page is no wider than the viewport. */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The main button's box lies inside the viewport. */
async function inView(page: Page, name: string): Promise<boolean> {
  const box = await page.getByRole("button", { name, exact: true }).boundingBox();
  const viewport = page.viewportSize()!;
  return box !== null && box.y >= 0 && box.x >= 0 && box.y + box.height <= viewport.height && box.x + box.width <= viewport.width;
}

const violations: Record<string, AxeViolation[]> = {};
let knownNodes = 0;
async function axe(page: Page, state: string): Promise<void> {
  // A fold-out or message still fading in has text at part opacity, which axe reads as low contrast.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  const { real, known } = await realViolations(page);
  violations[state] = real;
  knownNodes += known;
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `pane-${name}.png`), fullPage: false });

describeBrowser("the pane for a finance officer, in Chromium", () => {
  let browser: PaneBrowser;

  beforeAll(async () => {
    if (missing) throw new Error(`The pane browser test cannot run: ${missing}.`);
    browser = await launchPane();
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    // every state checked has no accessibility violation but the known one
    console.log(
      `axe: ${Object.keys(violations).length} states checked; ${knownNodes} data-tabster-dummy nodes under aria-hidden-focus set aside; other violations: ${JSON.stringify(violations)}`,
    );
    expect(violations).toEqual(Object.fromEntries(Object.keys(violations).map((k) => [k, []])));
  });

  it("lists a map and a before/after sheet made on the Sheets tab when their tabs are shown again", async () => {
    const { page } = await browser.open({ displayLanguage: "sv-SE" });
    await page.setViewportSize({ width: 320, height: 600 });
    await page.getByRole("tab", { name: "Analys" }).click();
    await page.getByText("Ingen effektkarta ännu").waitFor();
    await page.getByRole("tab", { name: "Före/efter" }).click();
    await page.getByText("Inget blad med före och efter ännu").waitFor();
    await page.getByRole("tab", { name: "Blad" }).click();
    await create(page, "sv", ["beforeAfter"]);
    await page.getByRole("tab", { name: "Analys" }).click();
    await page.getByRole("combobox", { name: /Effektkarta/ }).waitFor({ timeout: 10000 });
    expect(await page.getByText("Ingen effektkarta ännu").count()).toBe(0);
    await page.getByRole("tab", { name: "Före/efter" }).click();
    await page.getByRole("combobox", { name: "Blad med före och efter" }).waitFor({ timeout: 10000 });
    await page.close();
  });

  it("keeps the tabs and each tab's main button in view at 320 × 600, before and after scrolling", async () => {
    const { page } = await browser.open({ displayLanguage: "sv-SE" });
    await page.setViewportSize({ width: 320, height: 600 });
    expect(await inView(page, TEXT.sv.create)).toBe(true);
    await shot(page, "sv-320-light-first");
    await create(page, "sv", ["beforeAfter"]);
    for (const [tab, button] of [
      ["Blad", TEXT.sv.create],
      ["Analys", TEXT.sv.run],
      ["Före/efter", TEXT.sv.check],
    ] as const) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.getByRole("tab", { name: tab }).click();
      await page.getByRole("button", { name: button, exact: true }).waitFor();
      expect({ tab, top: await inView(page, button) }).toEqual({ tab, top: true });
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
      expect({ tab, middle: await inView(page, button) }).toEqual({ tab, middle: true });
      const tabBox = await page.getByRole("tab", { name: tab }).boundingBox();
      expect({ tab, tabs: tabBox !== null && tabBox.y >= 0 }).toEqual({ tab, tabs: true });
    }
    await page.close();
  });

  it.each<Lang>(["sv", "en"])(
    "never scrolls sideways at 320 px with 31-character sheet names, and shows no table names (%s)",
    async (language) => {
      const { page } = await browser.open({ displayLanguage: DISPLAY[language] });
      await page.setViewportSize({ width: 320, height: 600 });
      await create(page, language, ["beforeAfter"]);
      const map = await firstCellOf(page, "SroiImpactMap", language === "sv" ? "Antal" : "Quantity");
      const beforeAfter = await firstCellOf(
        page,
        "SroiBeforeAfterGroups",
        (await pageSnapshot(page)).sheets.flatMap((s) => s.tables).find((t) => t.name === "SroiBeforeAfterGroups")!.headers[0],
      );
      expect(LONG[language].map).toHaveLength(31);
      expect(LONG[language].beforeAfter).toHaveLength(31);
      await renameSheet(page, map.sheet, LONG[language].map);
      await renameSheet(page, beforeAfter.sheet, LONG[language].beforeAfter);
      await page.getByRole("tab", { name: TEXT[language].analysis }).click();
      await page.getByRole("option", { name: LONG[language].map }).waitFor({ state: "attached" });
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(await page.locator("main").innerText()).not.toMatch(/Sroi/);
      await shot(page, `${language}-320-long-names-analysis`);
      await page.getByRole("tab", { name: TEXT[language].beforeAfter }).click();
      await page.getByRole("option", { name: LONG[language].beforeAfter }).waitFor({ state: "attached" });
      await page.getByRole("button", { name: TEXT[language].check }).click();
      await page.getByRole("heading", { name: new RegExp(LONG[language].beforeAfter) }).waitFor();
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(await page.locator("main").innerText()).not.toMatch(/Sroi/);
      await shot(page, `${language}-320-long-names-before-after`);
      await axe(page, `long names ${language}`);
      await page.close();
    },
  );

  it("puts the warning about a row left out above the ratio, and the tornado as a chart", async () => {
    const { page } = await browser.open({ displayLanguage: "sv-SE" });
    await page.setViewportSize({ width: 320, height: 600 });
    await create(page, "sv");
    const quantity = await firstCellOf(page, "SroiImpactMap", "Antal");
    await typeInto(page, quantity.sheet, quantity.address, "många");
    await page.getByRole("tab", { name: "Analys" }).click();
    await page.getByRole("textbox", { name: /Antal körningar/ }).fill("500");
    await page.getByRole("button", { name: TEXT.sv.run }).click();
    await page.getByRole("heading", { name: "Analysen är klar" }).waitFor();
    const order = await page.evaluate(() => {
      const warning = [...document.querySelectorAll("[role=group]")].find((el) => /kunde inte läsas/.test(el.textContent ?? ""));
      const ratio = [...document.querySelectorAll("dt")].find((el) => el.textContent === "SROI-kvot");
      return warning && ratio ? warning.compareDocumentPosition(ratio) & Node.DOCUMENT_POSITION_FOLLOWING : -1;
    });
    expect(order).toBe(4);
    const bars = await page.locator("figure ol > li").count();
    expect(bars).toBeGreaterThan(0);
    expect(await page.locator("figure ol > li svg rect").count()).toBe(bars * 2);
    // the run button is there again for the next run
    expect(await page.getByRole("button", { name: TEXT.sv.run }).getAttribute("aria-disabled")).not.toBe("true");
    await page.mouse.move(0, 0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, "sv-320-light-analysis-results");
    await page
      .locator("figure")
      .first()
      .screenshot({ path: path.join(ARTIFACTS, "pane-sv-320-light-tornado.png") });
    await axe(page, "analysis results sv");
    await page.getByRole("button", { name: "Avancerade inställningar" }).click();
    await page.getByRole("textbox", { name: /Frö/ }).waitFor();
    await axe(page, "advanced settings sv");
    await page.close();
  });

  it("links a problem's cell, which selects it in Excel, and says the problem in plain words with a real minus", async () => {
    const { page } = await browser.open({ displayLanguage: "sv-SE" });
    await page.setViewportSize({ width: 320, height: 600 });
    await create(page, "sv", ["beforeAfter"]);
    const sheet = "Före-efter per aktör";
    const address = cellAddress(BA.situations.first, BA.situations.columns.amount);
    await typeInto(page, sheet, address, -500);
    await page.getByRole("tab", { name: "Före/efter" }).click();
    await page.getByRole("button", { name: TEXT.sv.check }).click();
    const link = page.getByRole("button", { name: new RegExp(`^${address}, markera cellen`) });
    await link.waitFor();
    expect(await page.getByText(/\u2212500/).count()).toBeGreaterThan(0);
    expect(await page.getByText(/-500/).count()).toBe(0);
    await link.click();
    await page.waitForFunction(
      ([s, a]) => {
        const selection = (window as unknown as { __SROI_FAKE: Fake }).__SROI_FAKE.selection();
        return selection?.sheet === s && selection.address === a;
      },
      [sheet, address],
    );
    expect((await pageSnapshot(page)).activeSheet).toBe(sheet);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, "sv-320-light-before-after-problems");
    await axe(page, "before/after problems sv");
    await page.close();
  });

  it("shows who gains as bars that match the figures, largest gain first, losses in red", async () => {
    const { page } = await browser.open({ displayLanguage: "en-US", officeTheme: DARK });
    await page.setViewportSize({ width: 320, height: 600 });
    await create(page, "en", ["beforeAfter"]);
    await page.getByRole("tab", { name: "Before/after" }).click();
    await page.getByRole("button", { name: TEXT.en.check }).click();
    await page.getByRole("heading", { name: /^Who gains: / }).waitFor();
    const rows = await page.locator("figure ul > li").evaluateAll((items) =>
      items.map((li) => {
        const rect = li.querySelector("rect")!;
        return {
          text: li.textContent ?? "",
          value: Number(rect.getAttribute("data-value")),
          x: Number(rect.getAttribute("x")),
          width: Number(rect.getAttribute("width")),
          fill: getComputedStyle(rect).fill,
        };
      }),
    );
    expect(rows.length).toBe(ACTORS.length + 1);
    const values = rows.map((r) => r.value);
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    const low = Math.min(0, ...values);
    const span = Math.max(0, ...values) - low;
    for (const row of rows) {
      expect(row.width).toBeCloseTo((Math.abs(row.value) / span) * 100, 1);
      expect(row.x).toBeCloseTo(((Math.min(0, row.value) - low) / span) * 100, 1);
      // the figure beside the bar is the bar's value, rounded, with the sheet's currency
      const shown = Number(/([\u2212-]?[\d,]+) kr$/.exec(row.text)![1].replace(/,/g, "").replace("\u2212", "-"));
      expect(shown).toBe(Math.round(row.value));
    }
    const fills = new Set(rows.map((r) => (r.value < 0 ? "loss" : "gain") + r.fill));
    expect(fills.size).toBe(values.some((v) => v < 0) ? 2 : 1);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, "en-320-dark-who-gains");
    await page
      .locator("figure")
      .first()
      .screenshot({ path: path.join(ARTIFACTS, "pane-en-320-dark-who-gains-chart.png") });
    await axe(page, "who gains en dark");
    await page.close();
  });

  it("asks before creating the same templates again, and creates copies only when told", async () => {
    const { page } = await browser.open({ displayLanguage: "en-US" });
    await create(page, "en", [], false);
    const count = (await pageSnapshot(page)).sheets.length;
    await page.getByRole("button", { name: TEXT.en.create, exact: true }).click();
    await page.getByText("Create these sheets again?").waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Create copies");
    await axe(page, "create again question en");
    await page.getByRole("button", { name: "Cancel" }).click();
    expect((await pageSnapshot(page)).sheets.length).toBe(count);
    await page.getByRole("button", { name: TEXT.en.create, exact: true }).click();
    await page.getByRole("button", { name: "Create copies" }).click();
    await page.waitForFunction((n) => (window as unknown as { __SROI_FAKE: Fake }).__SROI_FAKE.snapshot().sheets.length > n, count);
    expect((await pageSnapshot(page)).sheets.map((s) => s.name)).toContain("Impact map (2)");
    await page.close();
  });

  it("names the fields to fix, links each, and moves focus to the first", async () => {
    const { page } = await browser.open({ displayLanguage: "en-US" });
    await page.setViewportSize({ width: 320, height: 600 });
    await page.getByRole("button", { name: "Select none" }).click();
    await page.getByRole("spinbutton", { name: /Number of years/ }).fill("12");
    await page.getByRole("button", { name: TEXT.en.create, exact: true }).click();
    await page.getByText("Correct these fields first").waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe("checkbox");
    expect(await page.evaluate(() => document.activeElement?.closest("section")?.textContent)).toContain("Templates");
    expect(await inView(page, TEXT.en.create)).toBe(true);
    await shot(page, "en-320-light-fix-fields");
    await axe(page, "fix fields en");
    await page.getByRole("button", { name: "Number of years" }).click();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe("12");
    await page.close();
  });

  it.each<[Lang, number, "light" | "dark"]>([
    ["sv", 320, "light"],
    ["sv", 500, "dark"],
    ["en", 320, "dark"],
    ["en", 500, "light"],
  ])("opens cleanly in %s at %i px, %s", async (language, width, theme) => {
    const { page, firstRender } = await browser.open({
      displayLanguage: DISPLAY[language],
      ...(theme === "dark" ? { officeTheme: DARK } : {}),
    });
    await page.setViewportSize({ width, height: 600 });
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await inView(page, TEXT[language].create)).toBe(true);
    console.log(`pane ${language} ${width} px ${theme}: first render ${Math.round(firstRender)} ms after navigation start`);
    await shot(page, `${language}-${width}-${theme}-sheets`);
    await axe(page, `sheets ${language} ${width} ${theme}`);
    await page.close();
  });
});
