import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import type { Language } from "../../src/core/language";
import { UnitCostAnswer } from "../../src/taskpane/components/unitCosts/UnitCostAnswer";
import { UnitCostPicker } from "../../src/taskpane/components/unitCosts/UnitCostPicker";
import { entryFigure } from "../../src/taskpane/unitCostStrings";
import { libraryEntry } from "../../src/core/prices/librarySearch";
import type { InsertUnitCostResult } from "../../src/workbook/ports";

/** The unit-cost picker and every answer it shows, rendered on the server in both languages. */

const text = (markup: string): string =>
  markup
    .replace(/<style[^>]*>[^<]*<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/&gt;/g, ">")
    .replace(/[ \t\r\n]+/g, " ");

const nothing = () => undefined;
const answer = (result: InsertUnitCostResult, language: Language, entryId = "prison-day-2019"): string =>
  text(
    renderToString(
      <FluentProvider theme={webLightTheme}>
        <UnitCostAnswer result={result} entryId={entryId} language={language} onOverwrite={nothing} onCancel={nothing} />
      </FluentProvider>,
    ),
  );

const RESULTS: readonly [InsertUnitCostResult, Record<Language, string>][] = [
  [
    {
      outcome: "inserted",
      target: "costSheet",
      sheet: "Kostnadskalkyl",
      row: 9,
      cells: [{ address: "F9", column: "Egen kostnad", value: "" }],
    },
    {
      sv: "Infogat i rad 9 på ”Kostnadskalkyl” Egen kostnad (F9): (tömd)",
      en: "Inserted into row 9 of “Kostnadskalkyl” Egen kostnad (F9): (cleared)",
    },
  ],
  [
    { outcome: "inserted", target: "impactMap", sheet: "Effektkarta", row: 6, cells: [] },
    { sv: "Rad 6 på ”Effektkarta” har redan den här siffran", en: "Row 6 of “Effektkarta” already holds this figure" },
  ],
  [
    {
      outcome: "confirm",
      target: "impactMap",
      sheet: "Effektkarta",
      row: 6,
      changed: false,
      cells: [{ address: "Q6", column: "Finansiell proxy", shown: 15000, formula: 15000, next: 3202 }],
    },
    { sv: "Finansiell proxy (Q6): 15\u00A0000 → 3\u00A0202", en: "Finansiell proxy (Q6): 15,000 → 3,202" },
  ],
  [
    { outcome: "confirm", target: "impactMap", sheet: "Effektkarta", row: 7, changed: true, cells: [] },
    { sv: "Cellerna ändrades efter frågan", en: "The cells changed after you were asked" },
  ],
  [
    { outcome: "notTarget", sheet: "KPI", address: "B3", reason: "noTable" },
    {
      sv: "Markeringen (B3 på ”KPI”) är inte i en effektkarta eller kostnadskalkyl.",
      en: "The selection (B3 on “KPI”) is not on an impact map or a cost sheet.",
    },
  ],
  [
    { outcome: "notTarget", sheet: "Effektkarta", address: "A5", reason: "outsideRows" },
    { sv: "A5 på ”Effektkarta” ligger inte bland tabellens rader.", en: "A5 on “Effektkarta” is not in the table's rows." },
  ],
  [
    { outcome: "notTarget", sheet: "Effektkarta", address: "A12:B13", reason: "severalRows" },
    { sv: "omfattar flera rader", en: "spans several rows" },
  ],
  [
    { outcome: "columnsMissing", sheet: "Old map", columns: [{ en: "Proxy price year", sv: "Proxyns prisår" }] },
    { sv: "saknar kolumnen ”Proxyns prisår”", en: "has no column “Proxy price year”" },
  ],
  [
    { outcome: "notInUnitCostList", name: "Anstalt, kostnad per vårddygn 2019", list: "Enhetskostnader" },
    {
      sv: "bladet ”Enhetskostnader”, som inte har ”Anstalt, kostnad per vårddygn 2019”",
      en: "sheet “Enhetskostnader”, which does not list “Anstalt, kostnad per vårddygn 2019”",
    },
  ],
  [
    { outcome: "notInUnitCostList", name: "X" },
    { sv: "formeln i ”Använd kostnad per enhet” har ändrats", en: "formula has been changed" },
  ],
  [
    { outcome: "protected", sheet: "Effektkarta" },
    { sv: "Bladet är skyddat", en: "The sheet is protected" },
  ],
  [
    { outcome: "unknownEntry", entryId: "x" },
    { sv: "Siffran finns inte i biblioteket", en: "The figure is not in the library" },
  ],
  [
    { outcome: "problem", problem: { kind: "cellEditMode" } },
    { sv: "Excel redigerar en cell", en: "Excel is editing a cell" },
  ],
];

describe("UnitCostAnswer", () => {
  it.each(RESULTS.flatMap(([result, expected]) => (["sv", "en"] as const).map((l) => [result.outcome, l, result, expected[l]] as const)))(
    "tells %s in %s",
    (_, language, result, expected) => {
      const shown = answer(result, language);
      expect(shown).toContain(expected);
      expect(shown).not.toMatch(/undefined|NaN|\[object/);
    },
  );

  it("names a rate and its figure when it cannot be inserted", () => {
    expect(answer({ outcome: "unitMismatch" }, "sv", "employer-contributions-2024")).toContain(
      "Arbetsgivaravgifter, full avgift (31,42\u00A0%) är en andel",
    );
    expect(answer({ outcome: "unitMismatch" }, "en", "employer-contributions-2024")).toContain(
      "Employer contributions, full rate (31.42\u00A0%) is a share",
    );
  });
});

describe("entryFigure", () => {
  it("shows amounts with kronor and unit, rates as percentages with two decimals", () => {
    expect(entryFigure(libraryEntry("pbb-2026")!, "sv")).toBe("59\u00A0200 kr per år");
    expect(entryFigure(libraryEntry("pbb-2026")!, "en")).toBe("59,200 kr per year");
    expect(entryFigure(libraryEntry("municipal-tax-2026")!, "sv")).toBe("32,38\u00A0%");
  });
});

describe("UnitCostPicker", () => {
  it.each(["sv", "en"] as const)("lists the whole library with figures and years in %s, asking Excel nothing", (language) => {
    const writer = { insertUnitCost: () => Promise.reject(new Error("not expected")) };
    const shown = text(
      renderToString(
        <FluentProvider theme={webLightTheme}>
          <UnitCostPicker writer={writer} language={language} />
        </FluentProvider>,
      ),
    );
    expect(shown).toContain(language === "sv" ? "Alla 21 siffror" : "All 21 figures");
    expect(shown).toContain(language === "sv" ? "3\u00A0202 kr per dag · prisår 2019" : "3,202 kr per day · price year 2019");
    expect(shown).not.toMatch(/undefined|NaN|\[object/);
  });
});
