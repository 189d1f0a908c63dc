import fc from "fast-check";
import { planSheets } from "../../../src/templates";
import { cellAddress } from "../../../src/templates/kit/a1";
import type { TemplateOptions } from "../../../src/templates/kit/model";
import { CONTRACT_MAX_YEARS, KEY, OUTCOME_COLUMNS as OC, OUTCOMES, TERMS, yearColumn, YEARS } from "../../../src/templates/outcomeContract";
import { expectClose, SheetEngine } from "../hyperformula";
import { contractWanted, expectAgreement } from "./contractSheet";

/** The outcome contract's formulas evaluated by HyperFormula against the core (evaluateContract). */

const K = "outcomeContract";

function engineFor(language: "en" | "sv", example = true, years = 5): SheetEngine {
  const options: TemplateOptions = {
    language,
    years,
    startYear: 2026,
    currency: "kr",
    example,
  };
  return new SheetEngine(planSheets(["outcomeContract"], options, []));
}

const read = (engine: SheetEngine) => (row: number, column: number) => engine.getAt(K, row, column);

describe.each([["en"], ["sv"]] as const)("outcome contract (%s) with the worked example", (language) => {
  const engine = engineFor(language);

  it("has no error values", () => {
    expect(engine.errors()).toEqual([]);
  });

  it("shows the issue's figures", () => {
    const key = (row: number) => engine.numAt(K, row, 1);
    const year = (row: number) => [1, 2, 3].map((t) => engine.numAt(K, row, yearColumn(t)));
    expect(year(YEARS.outcomePayments)).toEqual([460000, 800000, 740000]);
    expect(year(YEARS.payments)).toEqual([560000, 900000, 840000]);
    expect(year(YEARS.savings)).toEqual([830000, 1450000, 1670000]);
    expect(year(YEARS.commissionerNet)).toEqual([270000, 550000, 830000]);
    expect(year(YEARS.investorNet)).toEqual([-240000, 200000, 140000]);
    expect(engine.getAt(K, YEARS.payments, yearColumn(4))).toBe("");
    expect([key(KEY.payments), key(KEY.savings), key(KEY.commissionerNet)]).toEqual([2300000, 3950000, 1650000]);
    expect(key(KEY.presentValue).toFixed(2)).toBe("1522912.90");
    expect((key(KEY.irr) * 100).toFixed(2)).toBe("28.67");
    expect(key(KEY.multiple).toFixed(4)).toBe("1.0455");
    expectClose(key(KEY.atRisk), 2000000 / 2300000);
    expect((key(KEY.breakEven) * 100).toFixed(2)).toBe("87.16");
  });

  it("agrees with the core in every calculated cell", () => {
    expectAgreement(engine, K, contractWanted(read(engine)).wanted);
  });
});

describe("outcome contract: the cap, the contract length and blanks", () => {
  it("pays in full without a cap and stops at the contract's last year", () => {
    const engine = engineFor("en");
    engine.set(K, cellAddress(TERMS.cap, 1), null);
    engine.set(K, cellAddress(TERMS.years, 1), 2);
    // Two years uncapped: 460 000 + 800 000 outcome payments plus 2 × 100 000 fees.
    expect(engine.numAt(K, KEY.payments, 1)).toBe(1460000);
    expectAgreement(
      engine,
      K,
      contractWanted(read(engine)).wanted.filter((w) => w.row !== YEARS.check && w.row !== KEY.check),
    );
    // The third year's delivery cost is now after the end: flagged.
    expect(engine.getAt(K, YEARS.check, 0)).not.toBe("");
  });

  it("says there is no IRR when the investor's flows never change sign", () => {
    const engine = engineFor("en");
    for (let t = 1; t <= 3; t++) engine.setAt(K, YEARS.deliveryCost, yearColumn(t), 1000);
    expect(engine.getAt(K, KEY.irr, 1)).toBe("No IRR: the investor's flows never change sign");
  });

  it("gives blank results, not errors, for a blank template", () => {
    const engine = engineFor("sv", false);
    expect(engine.errors()).toEqual([]);
    expect(engine.getAt(K, TERMS.years, 1)).toBe(5);
    expect(engine.getAt(K, KEY.multiple, 1)).toBe("");
    expect(engine.getAt(K, KEY.check, 0)).toBe("");
    expect(engine.getAt(K, KEY.presentValue, 1)).toBe("");
    // With a rate the core can read the blank contract too: zeros everywhere, no IRR, break-even 0.
    engine.setAt(K, TERMS.rate, 1, 0.035);
    expectAgreement(engine, K, contractWanted(read(engine)).wanted);
  });
});

describe("outcome contract: check cells flag bad input", () => {
  const cases: [string, number, number, string | number][] = [
    ["a negative price", OUTCOMES.first, OC.price, -60000],
    ["a negative saving", OUTCOMES.first, OC.saving, -1],
    ["a negative expected count", OUTCOMES.first + 1, yearColumn(2), -3],
    ["a price typed as text", OUTCOMES.first, OC.price, "sextiotusen"],
    ["a negative cap", TERMS.cap, 1, -1],
    ["a negative fixed fee", TERMS.fee, 1, -100],
    ["contract years of 11", TERMS.years, 1, 11],
    ["a discount rate typed as 3.5", TERMS.rate, 1, 3.5],
    ["a negative delivery cost", YEARS.deliveryCost, yearColumn(1), -5],
  ];
  it.each(cases)("flags %s, in its own check and in the overall check", (_, row, column, value) => {
    const engine = engineFor("en");
    expect(engine.getAt(K, KEY.check, 0)).toBe("");
    engine.setAt(K, row, column, value);
    const own =
      row === TERMS.years || row === TERMS.rate || row === TERMS.fee || row === TERMS.cap
        ? engine.getAt(K, row, 2)
        : row === YEARS.deliveryCost
          ? engine.getAt(K, YEARS.check, 0)
          : engine.getAt(K, row, OC.check);
    expect(typeof own === "string" && own.length > 0).toBe(true);
    expect(engine.getAt(K, KEY.check, 0)).toBe("Some inputs need attention: see the Check cells");
  });
});

describe("properties", () => {
  it("agrees with the core for random valid contracts", () => {
    const amount = fc.integer({ min: 0, max: 2_000_000 });
    const contract = fc.record({
      years: fc.integer({ min: 1, max: CONTRACT_MAX_YEARS }),
      rate: fc.integer({ min: -50, max: 150 }).map((n) => n / 1000),
      fee: fc.option(amount),
      cap: fc.option(fc.integer({ min: 0, max: 5_000_000 })),
      rows: fc.array(
        fc.record({
          price: amount,
          saving: amount,
          expected: fc.array(fc.integer({ min: 0, max: 20 }), {
            minLength: CONTRACT_MAX_YEARS,
            maxLength: CONTRACT_MAX_YEARS,
          }),
        }),
        { minLength: 1, maxLength: OUTCOMES.last - OUTCOMES.first + 1 },
      ),
      costs: fc.array(fc.integer({ min: 0, max: 3_000_000 }), {
        minLength: CONTRACT_MAX_YEARS,
        maxLength: CONTRACT_MAX_YEARS,
      }),
    });
    const engine = engineFor("en", false);
    fc.assert(
      fc.property(contract, (c) => {
        engine.batch(() => {
          engine.setAt(K, TERMS.years, 1, c.years);
          engine.setAt(K, TERMS.rate, 1, c.rate);
          engine.setAt(K, TERMS.fee, 1, c.fee);
          engine.setAt(K, TERMS.cap, 1, c.cap);
          for (let i = 0; i <= OUTCOMES.last - OUTCOMES.first; i++) {
            const row = c.rows[i];
            const r = OUTCOMES.first + i;
            engine.setAt(K, r, OC.name, row ? `Outcome ${i + 1}` : null);
            engine.setAt(K, r, OC.price, row ? row.price : null);
            engine.setAt(K, r, OC.saving, row ? row.saving : null);
            for (let t = 1; t <= CONTRACT_MAX_YEARS; t++)
              engine.setAt(K, r, yearColumn(t), row && t <= c.years ? row.expected[t - 1] : null);
          }
          for (let t = 1; t <= CONTRACT_MAX_YEARS; t++)
            engine.setAt(K, YEARS.deliveryCost, yearColumn(t), t <= c.years ? c.costs[t - 1] : null);
        });
        const { wanted } = contractWanted(read(engine));
        // Excel's IRR starts from 10 % and may land on another root when the flows change sign more than once.
        const signChanges = (() => {
          const flows = Array.from({ length: c.years }, (_, t) => engine.numAt(K, YEARS.investorNet, yearColumn(t + 1))).filter(
            (f) => f !== 0,
          );
          return flows.slice(1).filter((f, i) => Math.sign(f) !== Math.sign(flows[i])).length;
        })();
        // Excel's IRR (Newton from 10 %) also gives up on some flows the core solves (−2 after five
        // zero years, then 1): the sheet then says so in words.
        const gaveUp = engine.getAt(K, KEY.irr, 1) === "No IRR found for these flows";
        expectAgreement(
          engine,
          K,
          wanted.filter((w) => !(w.row === KEY.irr && (signChanges > 1 || gaveUp))),
        );
      }),
      { numRuns: 25 },
    );
  });
});
