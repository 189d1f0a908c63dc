import fc from "fast-check";
import { ACTORS, BENEFIT_SITUATIONS, PUBLIC_ACTORS, SITUATIONS } from "../../../src/core/actors";
import type { Language } from "../../../src/core/language";
import { cellAddress } from "../../../src/templates/kit/a1";
import { beforeAfterTemplate } from "../../../src/templates/beforeAfter/beforeAfter";
import { BA } from "../../../src/templates/beforeAfter/beforeAfterLayout";
import { actorName, NO, YES } from "../../../src/templates/beforeAfter/beforeAfterText";
import type { TemplateOptions } from "../../../src/templates/kit/model";
import { coreOf, Raw, wantedCells } from "./beforeAfterSheet";
import { expectClose, SheetEngine } from "../hyperformula";

/** The before/after sheet's formulas evaluated by HyperFormula against the core (src/core/actors). */

const K = "beforeAfter";

function options(language: Language, example: boolean): TemplateOptions {
  return { language, years: 5, startYear: 2026, currency: "kr", example };
}

function engineFor(language: Language, example: boolean): SheetEngine {
  return new SheetEngine(beforeAfterTemplate.build(options(language, example), {}));
}

const readFrom =
  (engine: SheetEngine) =>
  (row: number, column: number): Raw =>
    engine.getAt(K, row, column);

/** Compares every calculated cell the core can account for; returns how many were compared. */
function compareWithCore(engine: SheetEngine, language: Language): number {
  const wanted = wantedCells(readFrom(engine), YES[language]);
  for (const { row, column, want } of wanted) {
    const where = `${cellAddress(row, column)}`;
    const got = engine.getAt(K, row, column);
    if (want === "anyText") expect(`${where}: ${typeof got === "string" && got !== ""}`).toBe(`${where}: true`);
    else if ("text" in want) expect(`${where}: ${JSON.stringify(got)}`).toBe(`${where}: ${JSON.stringify(want.text)}`);
    else {
      if (typeof got !== "number") throw new Error(`${where} is ${JSON.stringify(got)}, expected ${want.number}`);
      expectClose(got, want.number.toNumber());
    }
  }
  return wanted.length;
}

/** A figure of the Summary table: actor `index` (ACTORS order, then society), table column `column`. */
const summary = (engine: SheetEngine, index: number, column: number) => engine.getAt(K, BA.summary.first + index, BA.summary.left + column);
const sc = BA.summary.columns;
/** The sheet column of the payers' shares. */
const share = BA.payers.left + BA.payers.columns.share;

/** Types the hand-worked case of tests/core/actors/inputs.ts into a blank sheet. */
function handWorked(language: Language): SheetEngine {
  const engine = engineFor(language, false);
  const set = (row: number, column: number, v: Raw): void =>
    engine.setAt(K, row, column, v === undefined || v === null ? null : (v as string | number));
  const s = BA.settings;
  set(s.horizon, 1, 24);
  set(s.deadweight, 1, 0);
  set(s.cost, 1, 78000);
  [0.2, 0.12, 0.2, 600000, 0.3].forEach((v, i) => set(BA.rates.municipalTax + i, 1, v));
  set(BA.groups.first, 0, "Anna");
  set(BA.groups.first, 1, 1);
  set(BA.groups.first, BA.groups.firstBefore + SITUATIONS.indexOf("socialAssistance"), 1);
  set(BA.groups.first, BA.groups.firstAfter + SITUATIONS.indexOf("employment"), 1);
  const terms: Record<string, [number, string, boolean]> = {
    socialAssistance: [8000, "municipality", false],
    sicknessCompensation: [12000, "forsakringskassan", true],
    activitySupport: [7000, "arbetsformedlingen", true],
    studies: [3500, "state", false],
    other: [0, "state", false],
  };
  SITUATIONS.forEach((situation, i) => {
    const r = BA.situations.first + i;
    const c = BA.situations.columns;
    if (situation === "employment") return set(r, c.amount, 20000);
    const [amount, payer, taxable] = terms[situation];
    set(r, c.amount, amount);
    set(r, c.payer, actorName(payer as (typeof ACTORS)[number], language));
    set(r, c.taxable, (taxable ? YES : NO)[language]);
  });
  set(BA.payers.first + ACTORS.indexOf("municipality"), share, 0.5);
  set(BA.payers.first + ACTORS.indexOf("state"), share, 0.5);
  return engine;
}

describe("before/after sheet", () => {
  describe.each<Language>(["en", "sv"])("with the example in %s", (language) => {
    const engine = engineFor(language, true);

    it("evaluates without errors and the core accepts its inputs", () => {
      expect(engine.errors()).toEqual([]);
      expect(coreOf(readFrom(engine))).not.toBeNull();
    });

    it("computes every calculated cell as the core does", () => {
      expect(compareWithCore(engine, language)).toBeGreaterThan(250);
    });

    it("accounts for every calculated cell", () => {
      const sheet = beforeAfterTemplate.build(options(language, true), {})[0];
      const formulas = sheet.grid.flatMap((row, r) => row.flatMap((cell, c) => (cell?.formula ? [cellAddress(r, c)] : [])));
      const wanted = wantedCells(readFrom(engine), YES[language]).map((w) => cellAddress(w.row, w.column));
      expect(new Set(wanted).size).toBe(wanted.length);
      expect(new Set(wanted)).toEqual(new Set(formulas));
    });

    it("shows the transfers netting to zero, society gaining, and no check", () => {
      expect(engine.getAt(K, BA.flows.transfersNet, BA.flows.societyColumn)).toBe(0);
      expect(engine.getAt(K, BA.settings.status, 0)).toBe("");
      expect(summary(engine, ACTORS.length, sc.monthly) as number).toBeGreaterThan(0);
    });
  });

  describe("with the hand-worked case typed into a blank sheet", () => {
    const engine = handWorked("en");

    it("gives each actor's monthly change and payback as worked out by hand", () => {
      // See tests/core/actors/split.test.ts: 12 000, 2 400, 0, 0, 6 000, 5 600; society 26 000.
      expect(ACTORS.map((_, i) => summary(engine, i, sc.monthly))).toEqual([12000, 2400, 0, 0, 6000, 5600]);
      expect(summary(engine, ACTORS.length, sc.monthly)).toBe(26000);
      // Municipality 39 000 / 12 000 = 3.25; state 39 000 / 6 000 = 6.5; society 78 000 / 26 000 = 3.
      expect(summary(engine, 0, sc.payback)).toBeCloseTo(3.25, 12);
      expect(summary(engine, 4, sc.payback)).toBeCloseTo(6.5, 12);
      expect(summary(engine, ACTORS.length, sc.payback)).toBeCloseTo(3, 12);
      // Society over 24 months: 24 × 26 000 − 78 000 = 546 000.
      expect(summary(engine, ACTORS.length, sc.netValue)).toBe(546000);
      compareWithCore(engine, "en");
    });

    it("follows the core when the deadweight, discount rate and horizon unit change", () => {
      engine.setAt(K, BA.settings.deadweight, 1, 0.25);
      engine.setAt(K, BA.settings.discountRate, 1, 0.035);
      engine.setAt(K, BA.settings.horizon, 1, 2);
      engine.setAt(K, BA.settings.horizon, 2, "years");
      expect(engine.getAt(K, BA.settings.horizonMonths, 1)).toBe(24);
      compareWithCore(engine, "en");
      // Deadweight 25 %: municipality 9 000 a month.
      expect(summary(engine, 0, sc.monthly)).toBe(9000);
    });

    it("says when a payback never comes", () => {
      engine.setAt(K, BA.settings.deadweight, 1, 1);
      expect(summary(engine, ACTORS.length, sc.payback)).toBe("Does not pay back");
      expect(summary(engine, ACTORS.length, sc.withinHorizon)).toBe("No");
      compareWithCore(engine, "en");
    });
  });

  describe("on bad input", () => {
    it("explains a group whose situations do not add up, and blanks the results", () => {
      const engine = handWorked("en");
      engine.setAt(K, BA.groups.first, 1, 3);
      expect(engine.getAt(K, BA.groups.first, BA.groups.checkColumn)).toBe("Before: the situations add up to 1, not to the 3 participants");
      expect(engine.getAt(K, BA.groups.check, 0)).toBe("A group's figures need attention: see the check column");
      expect(engine.getAt(K, BA.settings.status, 0)).toBe(
        "Results are blank until this is fixed: A group's figures need attention: see the check column",
      );
      expect(summary(engine, 0, sc.monthly)).toBe("");
      expect(coreOf(readFrom(engine))).toBeNull();
      compareWithCore(engine, "en");
    });

    it("explains it in Swedish too", () => {
      const engine = handWorked("sv");
      engine.setAt(K, BA.groups.first, BA.groups.firstAfter + SITUATIONS.indexOf("studies"), 1);
      expect(engine.getAt(K, BA.groups.first, BA.groups.checkColumn)).toBe("Efter: situationerna summerar till 2, inte till 1 deltagare");
    });

    it.each<[string, (e: SheetEngine) => void, readonly [number, number], string]>([
      [
        "a missing rate",
        (e) => e.setAt(K, BA.rates.regionalTax, 1, null),
        [BA.rates.check, 0],
        "Fill in every tax and fee rate; rates are shares from 0 % to 100 %",
      ],
      [
        "a rate typed as a percentage",
        (e) => e.setAt(K, BA.rates.employerFees, 1, 31.42),
        [BA.rates.check, 0],
        "Fill in every tax and fee rate; rates are shares from 0 % to 100 %",
      ],
      [
        "a broken year",
        (e) => e.setAt(K, BA.rates.stateTax, 2, 2025.5),
        [BA.rates.check, 0],
        "Write each year as a whole year such as 2025, or leave it blank",
      ],
      [
        "a negative amount",
        (e) => e.setAt(K, BA.situations.first, BA.situations.columns.amount, -100),
        [BA.situations.check, 0],
        "An income situation needs attention: see the check column",
      ],
      [
        "an unknown payer",
        (e) => e.setAt(K, BA.situations.first + 4, BA.situations.columns.payer, "CSN"),
        [BA.situations.check, 0],
        "An income situation needs attention: see the check column",
      ],
      [
        "cost shares short of 100 %",
        (e) => e.setAt(K, BA.payers.first, share, 0.4),
        [BA.payers.check, BA.payers.left],
        "The shares of the cost add up to 90 %, not 100 %",
      ],
      [
        "no horizon",
        (e) => e.setAt(K, BA.settings.horizon, 1, null),
        [BA.settings.check, 0],
        "Give the horizon as a whole number: 1–1200 months or 1–100 years",
      ],
      [
        "an incomplete resource row",
        (e) => e.setAt(K, BA.resources.first, 0, "Care visits"),
        [BA.resources.check, 0],
        "A resource row needs attention: see the check column",
      ],
      [
        "text in a payer's share",
        (e) => e.setAt(K, BA.payers.first + ACTORS.indexOf("individual"), share, "-"),
        [BA.payers.check, BA.payers.left],
        "Each share must be a number: leave it blank or type 0 % for an actor that pays nothing",
      ],
      [
        "counts that miss the group's size by more than the core allows",
        (e) => {
          // 3 × 0.3333333 = 0.9999999: off by 1e-7, more than 1e-9 × max(1, 1)
          const g = BA.groups;
          e.setAt(K, g.first, g.sizeColumn, 1);
          e.setAt(K, g.first, g.firstAfter + SITUATIONS.indexOf("employment"), 0.3333333);
          e.setAt(K, g.first, g.firstAfter + SITUATIONS.indexOf("studies"), 0.3333333);
          e.setAt(K, g.first, g.firstAfter + SITUATIONS.indexOf("other"), 0.3333333);
        },
        [BA.groups.check, 0],
        "A group's figures need attention: see the check column",
      ],
      [
        "a payer written with a wildcard",
        (e) => e.setAt(K, BA.situations.first, BA.situations.columns.payer, "Muni*"),
        [BA.situations.check, 0],
        "An income situation needs attention: see the check column",
      ],
      [
        "a resource paid by nobody named",
        (e) => {
          const r = BA.resources.first;
          ["Care visits", "visit", 1000, 2, 1, "Reg?on"].forEach((v, c) => e.setAt(K, r, c, v));
        },
        [BA.resources.check, 0],
        "A resource row needs attention: see the check column",
      ],
    ])("shows %s on the sheet, as the core rejects it", (_, spoil, [checkRow, checkColumn], message) => {
      const engine = handWorked("en");
      spoil(engine);
      expect(engine.getAt(K, checkRow, checkColumn)).toBe(message);
      expect(engine.getAt(K, BA.settings.status, 0)).toBe(`Results are blank until this is fixed: ${message}`);
      expect(coreOf(readFrom(engine))).toBeNull();
      compareWithCore(engine, "en");
    });

    it("checks the cost shares whenever a participant costs something, also with no participants yet", () => {
      const engine = engineFor("en", false);
      engine.setAt(K, BA.settings.horizon, 1, 12);
      engine.setAt(K, BA.settings.cost, 1, 48000);
      [0.2, 0.12, 0.2, 600000, 0.3].forEach((v, i) => engine.setAt(K, BA.rates.municipalTax + i, 1, v));
      engine.setAt(K, BA.groups.first, 0, "Not started");
      engine.setAt(K, BA.groups.first, 1, 0);
      expect(engine.getAt(K, BA.payers.check, BA.payers.left)).toBe("The shares of the cost add up to 0 %, not 100 %");
      expect(coreOf(readFrom(engine))).toBeNull();
      engine.setAt(K, BA.payers.first, share, 1);
      expect(engine.getAt(K, BA.payers.check, BA.payers.left)).toBe("");
    });

    it("checks a group row inserted inside the table, once Excel has filled in its check", () => {
      const engine = engineFor("en", true);
      const g = BA.groups;
      const row = g.first + 1;
      engine.insertRows(K, row);
      // Excel fills a table's calculated column into an inserted row: the check is the same formula on every row
      engine.copyRow(K, row + 1, row, g.checkColumn, g.checkColumn);
      [
        ["Added", 5],
        [g.firstBefore + SITUATIONS.indexOf("socialAssistance"), 5],
        [g.firstAfter + SITUATIONS.indexOf("employment"), 3],
      ].forEach(([c, v], i) =>
        i === 0
          ? (engine.setAt(K, row, 0, c as string), engine.setAt(K, row, 1, v as number))
          : engine.setAt(K, row, c as number, v as number),
      );
      expect(engine.getAt(K, row, g.checkColumn)).toBe("After: the situations add up to 3, not to the 5 participants");
      expect(engine.getAt(K, g.check + 1, 0)).toBe("A group's figures need attention: see the check column");
      expect(engine.getAt(K, BA.settings.status + (BA.settings.status > row ? 1 : 0), 0)).toBe(
        "Results are blank until this is fixed: A group's figures need attention: see the check column",
      );
    });

    it("checks a resource row inserted inside the table the same way", () => {
      const engine = engineFor("en", true);
      const b = BA.resources;
      const row = b.first + 1;
      engine.insertRows(K, row);
      engine.copyRow(K, row + 1, row, b.columns.saving, b.columns.check);
      engine.setAt(K, row, 0, "Added visits");
      expect(engine.getAt(K, row, b.columns.check)).toBe("Fill in the unit cost and both quantities");
      expect(engine.getAt(K, b.check + 1, 0)).toBe("A resource row needs attention: see the check column");
    });

    it("names the row of a bad situation or resource in its check column", () => {
      const engine = handWorked("en");
      engine.setAt(K, BA.situations.first + 4, BA.situations.columns.payer, "CSN");
      engine.setAt(K, BA.resources.first, 0, "Care visits");
      expect(engine.getAt(K, BA.situations.first + 4, BA.situations.columns.check)).toBe("Choose who pays from the list");
      expect(engine.getAt(K, BA.resources.first, BA.resources.columns.check)).toBe("Fill in the unit cost and both quantities");
    });
  });

  describe("properties", () => {
    it("agrees with the core on random groups, amounts, payers, resources and settings", () => {
      const engine = engineFor("en", true);
      const count = fc.integer({ min: 0, max: 6 });
      const group = fc.tuple(fc.array(count, { minLength: 6, maxLength: 6 }), fc.array(count, { minLength: 6, maxLength: 6 }));
      fc.assert(
        fc.property(
          fc.array(group, { minLength: 1, maxLength: 5 }),
          fc.array(fc.integer({ min: 0, max: 70000 }), { minLength: 6, maxLength: 6 }),
          fc.array(fc.tuple(fc.constantFrom(...PUBLIC_ACTORS), fc.boolean()), { minLength: 5, maxLength: 5 }),
          fc.array(fc.tuple(fc.integer({ min: 0, max: 5000 }), count, count, fc.constantFrom(...ACTORS)), { maxLength: 8 }),
          fc.record({
            dw: fc.integer({ min: 0, max: 100 }),
            rate: fc.integer({ min: -50, max: 90 }),
            horizon: fc.integer({ min: 1, max: 60 }),
          }),
          (groups, amounts, terms, resources, settings) => {
            for (let i = 0; i < 5; i++) {
              const r = BA.groups.first + i;
              for (let c = 0; c < BA.groups.checkColumn; c++) engine.setAt(K, r, c, null);
              const gr = groups[i];
              if (!gr) continue;
              // the after counts are the before counts reshuffled so both add up to the size
              const size = gr[0].reduce((a, b) => a + b, 0);
              const after = [...gr[1].slice(0, 5), 0];
              const over = after.reduce((a, b) => a + b, 0);
              const scaled = over <= size ? [...after.slice(0, 5), size - over] : [...gr[0]];
              engine.setAt(K, r, 1, size);
              gr[0].forEach((v, c) => engine.setAt(K, r, BA.groups.firstBefore + c, v));
              scaled.forEach((v, c) => engine.setAt(K, r, BA.groups.firstAfter + c, v));
            }
            SITUATIONS.forEach((_, i) => engine.setAt(K, BA.situations.first + i, BA.situations.columns.amount, amounts[i]));
            BENEFIT_SITUATIONS.forEach((s, i) => {
              const r = BA.situations.first + SITUATIONS.indexOf(s);
              engine.setAt(K, r, BA.situations.columns.payer, actorName(terms[i][0], "en"));
              engine.setAt(K, r, BA.situations.columns.taxable, terms[i][1] ? "Yes" : "No");
            });
            for (let j = 0; j < 8; j++) {
              const r = BA.resources.first + j;
              const row = resources[j];
              [
                row?.[0] === undefined ? null : `Row ${j}`,
                null,
                row?.[0] ?? null,
                row?.[1] ?? null,
                row?.[2] ?? null,
                row ? actorName(row[3], "en") : null,
              ].forEach((v, c) => engine.setAt(K, r, c, v));
            }
            engine.setAt(K, BA.settings.deadweight, 1, settings.dw / 100);
            engine.setAt(K, BA.settings.discountRate, 1, settings.rate / 1000);
            engine.setAt(K, BA.settings.horizon, 1, settings.horizon);
            engine.setAt(K, BA.settings.horizon, 2, "months");
            expect(coreOf(readFrom(engine))).not.toBeNull();
            compareWithCore(engine, "en");
          },
        ),
        { numRuns: 40 },
      );
    });
  });
});
