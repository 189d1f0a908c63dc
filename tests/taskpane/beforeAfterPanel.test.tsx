import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { splitByActor } from "../../src/core/actors";
import type { Language } from "../../src/core/language";
import { checkBeforeAfterCells } from "../../src/taskpane/beforeAfterCheck";
import { BeforeAfterPanel, BeforeAfterView } from "../../src/taskpane/components/beforeAfter/BeforeAfterPanel";
import { BeforeAfterResults } from "../../src/taskpane/components/beforeAfter/BeforeAfterResults";
import { differenceText, SummaryComparison } from "../../src/taskpane/components/beforeAfter/SummaryComparison";
import type { BeforeAfterReader, BeforeAfterState } from "../../src/taskpane/useBeforeAfterCheck";
import type { TableRef } from "../../src/workbook/ports";
import { oneIntoWork } from "../core/actors/inputs";
import { exampleCells } from "../templates/beforeAfter/beforeAfterSheet";

/** The before/after panel rendered on the server (react-dom/server), in both languages. */

/** A reader the panel must not call while it only renders. */
const untouched: BeforeAfterReader = {
  listSources: () => Promise.reject(new Error("not expected")),
  readBeforeAfter: () => Promise.reject(new Error("not expected")),
};

const nothing = () => undefined;
const html = (element: ReactElement): string => renderToString(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
/** The text a user reads: tags and styles dropped, entities decoded, runs of ordinary white space made one (no-break spaces kept). */
const text = (markup: string): string =>
  markup
    .replace(/<style[^>]*>[^<]*<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/[ \t\r\n]+/g, " ");
const view = (state: BeforeAfterState, language: Language, onOpenSheet?: (name: string) => void): string =>
  html(
    <BeforeAfterView
      state={state}
      language={language}
      onRefresh={nothing}
      onChoose={nothing}
      onCheck={nothing}
      onOpenSheet={onOpenSheet}
    />,
  );

const SHEETS: TableRef[] = [
  { table: "SroiBeforeAfterGroups", sheet: "Före och efter" },
  { table: "SroiBeforeAfterGroups_2", sheet: "Pilot 2026" },
];
const ready = (sheets: TableRef[] = SHEETS): BeforeAfterState => ({
  list: { phase: "ready", sheets },
  selected: sheets[0]?.table,
  check: { phase: "idle" },
});
const done = (outcome: ReturnType<typeof checkBeforeAfterCells>): BeforeAfterState => ({
  ...ready(),
  check: { phase: "done", table: SHEETS[0].table, outcome },
});

function expectClean(markup: string): void {
  expect(text(markup)).not.toMatch(/undefined|NaN|\[object|Infinity/);
}

describe("BeforeAfterPanel (server render)", () => {
  it.each<[Language, string]>([
    ["en", "Looking for before/after sheets…"],
    ["sv", "Letar efter blad med före och efter…"],
  ])("opens in %s looking for sheets, without calling the reader while rendering", (language, looking) => {
    const markup = html(<BeforeAfterPanel reader={untouched} language={language} />);
    expect(text(markup)).toContain(looking);
    expect(markup).toContain(`lang="${language}"`);
    expectClean(markup);
  });
});

describe("BeforeAfterView (server render)", () => {
  it.each<[Language, string[]]>([
    ["en", ["No before/after sheet yet", "Make one with “Create sheets” and the template “Before and after by actor”", "Refresh the list"]],
    ["sv", ["Inget blad med före och efter ännu", "Gör ett med ”Skapa blad” och mallen ”Före och efter per aktör”", "Uppdatera listan"]],
  ])("tells the user in %s how to make a sheet when there is none, with the check unavailable", (language, wanted) => {
    const markup = view(ready([]), language);
    for (const w of wanted) expect(text(markup)).toContain(w);
    expect(markup).toMatch(
      new RegExp(`<button[^>]*aria-disabled="true"[^>]*>${language === "en" ? "Check and summarise" : "Kontrollera och summera"}`),
    );
    expectClean(markup);
  });

  it.each<[Language, string, string, string]>([
    ["en", "Before/after sheet", "Check and summarise", "Open the sheet Före och efter"],
    ["sv", "Blad med före och efter", "Kontrollera och summera", "Öppna bladet Före och efter"],
  ])("lists the sheets in %s with a labelled choice, a check button and a link to the sheet", (language, label, check, open) => {
    const markup = view(ready(), language, nothing);
    const shown = text(markup);
    for (const w of [label, check, open, "Före och efter", "Pilot 2026"]) expect(shown).toContain(w);
    const select = /<select[^>]*id="([^"]+)"/.exec(markup);
    expect(select && markup.includes(`for="${select[1]}"`)).toBe(true);
    expect(markup).toMatch(/role="status"[^>]*aria-live="polite"/);
    expectClean(markup);
  });

  it("shows the busy state with the check button unavailable", () => {
    const markup = view({ ...ready(), check: { phase: "busy", table: SHEETS[0].table } }, "en");
    expect(text(markup)).toContain("Reading and checking the sheet…");
    expect(markup).toMatch(/<button[^>]*aria-disabled="true"[^>]*>Check and summarise/);
  });

  it("shows a failed read as the writer's problem", () => {
    const markup = view(
      { ...ready(), check: { phase: "failed", table: SHEETS[0].table, problem: { kind: "tableMissing", name: "SroiBeforeAfterGroups" } } },
      "sv",
    );
    expect(text(markup)).toContain("Tabellen finns inte längre");
  });

  it.each<Language>(["en", "sv"])("lists every problem with its place in %s", (language) => {
    const cells = exampleCells("en");
    const groups = cells.tables.groups!.map((row, i) => (i === 0 ? [row[0], 13, ...row.slice(2)] : row));
    const outcome = checkBeforeAfterCells({ ...cells, tables: { ...cells.tables, groups } });
    const shown = text(view(done(outcome), language));
    expect(shown).toContain(language === "en" ? "2 problems to fix on the sheet" : "2 problem att rätta på bladet");
    expect(shown).toContain(language === "en" ? "Participants, row 1 (Young adults 19–29)" : "Deltagare, rad 1 (Young adults 19–29)");
    expect(shown).toContain(
      language === "en"
        ? "group 1 › after adds up to 12; it must equal group 1 › number of participants, 13."
        : "grupp 1 › efter summerar till 12; summan ska vara grupp 1 › antal deltagare, 13.",
    );
  });

  it.each<[Language, string[]]>([
    // Figures of the example worked by hand in beforeAfterCheck.test.ts: society 163 810.56 a month, the state 15 730.56.
    [
      "en",
      [
        "Who gains: Före och efter",
        "30 participants over 24 months",
        "Society",
        "163,811",
        "1,965,727",
        "The state",
        "15,731",
        "Transfers net to zero",
        "9.1 months",
        "Nothing to pay back",
      ],
    ],
    [
      "sv",
      [
        "Vem vinner: Före och efter",
        "30 deltagare under 24 månader",
        "Samhället",
        "163\u00a0811",
        "1\u00a0965\u00a0727",
        "Staten",
        "15\u00a0731",
        "Överföringarna går jämnt upp",
        "9,1 månader",
        "Inget att betala tillbaka",
      ],
    ],
  ])("shows society and every actor in %s", (language, wanted) => {
    const outcome = checkBeforeAfterCells({ ...exampleCells(language), sheet: "Före och efter" });
    const markup = view(done(outcome), language);
    for (const w of wanted) expect(text(markup)).toContain(w);
    expectClean(markup);
  });

  it("marks a negative figure with its minus sign (Försäkringskassan pays half the cost and gains less within the horizon)", () => {
    const outcome = checkBeforeAfterCells(exampleCells("sv"));
    if (outcome.kind !== "results") throw new Error("results expected");
    expect(outcome.result.actors[2].netValue.isNegative()).toBe(true);
    expect(text(view(done(outcome), "sv"))).toMatch(/Nettovärde under tidshorisonten \u2212\d/);
  });
});

describe("BeforeAfterResults", () => {
  it("says when an actor does not pay back, in both languages", () => {
    const result = splitByActor(oneIntoWork({ deadweight: 1 }));
    for (const [language, never] of [
      ["en", "Does not pay back"],
      ["sv", "Återbetalas inte"],
    ] as const) {
      const markup = html(<BeforeAfterResults sheet="S" result={result} summary={{ kind: "unavailable" }} language={language} />);
      expect(text(markup)).toContain(never);
      expectClean(markup);
    }
  });
});

describe("SummaryComparison", () => {
  const result = splitByActor(oneIntoWork());
  const difference = {
    actor: "region" as const,
    place: { table: "summary" as const, row: 2 },
    figure: "monthly" as const,
    sheet: 1000,
    core: result.actors[1].monthly,
  };

  it("names the actor, the figure and both values of a difference", () => {
    // The hand-worked case gives the region 2 400 a month (split.test.ts).
    expect(differenceText(difference, "en")).toBe("Region, change per month: the sheet shows 1,000.00, the add-in computes 2,400.00.");
    expect(differenceText(difference, "sv")).toBe(
      "Region, förändring per månad: bladet visar 1\u00a0000,00, tillägget räknar fram 2\u00a0400,00.",
    );
    expect(differenceText({ ...difference, figure: "payback", sheet: 4, core: null }, "en")).toBe(
      "Region, payback: the sheet shows 4.00, the add-in computes Does not pay back.",
    );
    // society's row: the hand-worked case gives society 26 000 a month
    const society = { ...difference, actor: "society" as const, sheet: 0, core: result.society.monthly };
    expect(differenceText(society, "en")).toBe("Society, change per month: the sheet shows 0.00, the add-in computes 26,000.00.");
    expect(differenceText(society, "sv")).toBe("Samhället, förändring per månad: bladet visar 0,00, tillägget räknar fram 26\u00a0000,00.");
  });

  it.each<[Parameters<typeof SummaryComparison>[0]["check"], string]>([
    [{ kind: "compared", differences: [], missingRows: [] }, "The sheet's own results agree with these figures."],
    [{ kind: "compared", differences: [difference], missingRows: ["state"] }, "The sheet shows other results than the add-in computes"],
    [
      { kind: "compared", differences: [], missingRows: ["state", "individual"] },
      "Not found in the sheet's table of results, so not compared: The state, The individual.",
    ],
    [
      { kind: "compared", differences: [], missingRows: ["society"] },
      "Not found in the sheet's table of results, so not compared: Society.",
    ],
    [{ kind: "blank" }, "The sheet shows no results of its own"],
    [{ kind: "unavailable" }, "The sheet's table of results per actor was not found"],
  ])("tells how the sheet's results compare (%#)", (check, wanted) => {
    expect(text(html(<SummaryComparison check={check} language="en" />))).toContain(wanted);
  });
});
