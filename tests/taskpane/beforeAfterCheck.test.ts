import { Dec } from "../../src/core";
import { checkBeforeAfterCells, CheckOutcome, problemTexts } from "../../src/taskpane/beforeAfterCheck";
import { BA } from "../../src/templates/beforeAfter/beforeAfterLayout";
import { columnLetter } from "../../src/templates/kit/a1";
import type { BeforeAfterCells, BeforeAfterTableKind, CellValue } from "../../src/workbook/ports";
import { expectNear } from "../core/helpers";
import { exampleCells } from "../templates/beforeAfter/beforeAfterSheet";

/** The pane's check of a before/after sheet (src/taskpane/beforeAfterCheck.ts) on the template's example. */

function edit(cells: BeforeAfterCells, kind: BeforeAfterTableKind, row: number, column: number, value: CellValue): BeforeAfterCells {
  const rows = cells.tables[kind]!.map((r, i) => (i === row ? r.map((v, j) => (j === column ? value : v)) : r));
  return { ...cells, tables: { ...cells.tables, [kind]: rows } };
}

function problems(outcome: CheckOutcome, language: "en" | "sv"): string[] {
  if (outcome.kind !== "problems") throw new Error("problems expected, the sheet was accepted");
  return outcome.problems.map((p) => {
    const { place, message } = problemTexts(p, language);
    return place === undefined ? message : `${place}: ${message}`;
  });
}

describe("checkBeforeAfterCells", () => {
  describe("on the example sheet", () => {
    const outcome = checkBeforeAfterCells(exampleCells("en"));
    if (outcome.kind !== "results") throw new Error("the example sheet must be accepted");
    const { result } = outcome;
    const monthly = (i: number) => result.actors[i].monthly.toString();

    /*
     * Worked by hand from BA_EXAMPLE (src/templates/beforeAfter/beforeAfterExample.ts), deadweight 20 % (keep 0.8), 30 participants.
     * People after − before: social assistance −3, sickness compensation −1, activity support −2, employment +4,
     * studies +3, other −1. Taxable income change: −12 000 − 16 000 + 96 000 = 68 000 a month.
     * - Municipality: 3 × 9 000 × 0.8 = 21 600 benefit saved; 68 000 × 21.36 % × 0.8 = 11 619.84 tax;
     *   resources (900 + 0.1 × 1 800) × 30 × 0.8 = 25 920 → 59 139.84.
     * - Region: 68 000 × 11.48 % × 0.8 = 6 245.12 tax; (0.2 × 2 500 + 0.1 × 4 000) × 30 × 0.8 = 21 600 → 27 845.12.
     * - Försäkringskassan: 12 000 × 0.8 = 9 600; 0.3 × 800 × 30 × 0.8 = 5 760 → 15 360.
     * - Arbetsförmedlingen: 2 × 8 000 × 0.8 = 12 800; 0.5 × 800 × 30 × 0.8 = 9 600 → 22 400.
     * - The state: −3 × 3 500 × 0.8 = −8 400 of student grants; employer fees 4 × 24 000 × 0.8 × 31.42 % = 24 130.56;
     *   no state income tax (all amounts are under 643 100 / 12) → 15 730.56.
     * - The individual: −21 600 − 9 600 − 12 800 + 8 400 of benefits, −11 619.84 − 6 245.12 of tax,
     *   +4 × 24 000 × 0.8 = 76 800 of wages → 23 335.04.
     * - Society: wages 76 800 + fees 24 130.56 + resources 62 880 = 163 810.56 (the actors' sum).
     */
    it("splits the change per month by actor as worked out by hand", () => {
      expect([0, 1, 2, 3, 4, 5].map(monthly)).toEqual(["59139.84", "27845.12", "15360", "22400", "15730.56", "23335.04"]);
      expect(result.society.monthly.toString()).toBe("163810.56");
      expect(result.society.yearly.toString()).toBe("1965726.72");
      expect(result.society.investment.toString()).toBe("1440000");
      expect(result.transferBalance.toString()).toBe("0");
    });

    it("pays society back within the first year: 12 × I / (12 M / 1.035) = I × 1.035 / M months", () => {
      // 1 490 400 / 163 810.56 = 9.0983145408940669026…, equal to 30 decimals (the core divides in other steps)
      expectNear(result.society.paybackMonths!, new Dec(1490400).div("163810.56").toString(), 30);
      expect(result.society.paidBackWithinHorizon).toBe(true);
    });

    it("has nothing to compare when the sheet's results were not calculated", () => {
      expect(outcome.summary).toEqual({ kind: "blank" });
    });
  });

  describe("on a spoiled sheet", () => {
    let cells = exampleCells("en");
    cells = edit(cells, "groups", 0, 1, 13); // 13 participants, but 12 in the situations before and after
    cells = edit(cells, "situations", 0, 1, -100); // a negative amount of social assistance
    cells = edit(cells, "rates", 1, 1, ""); // no regional tax rate
    cells = edit(cells, "rates", 0, 2, "#REF!"); // a broken year
    const outcome = checkBeforeAfterCells(cells);

    it("lists every problem once, in sheet order, each with its place, in English", () => {
      expect(problems(outcome, "en")).toEqual([
        "Tax and fee rates, row 1 (Municipal income tax (share of taxable income)): municipal tax rate › year shows the error #REF!: a formula or reference in the cell is broken. Enter the figure again.",
        "Tax and fee rates, row 2 (Regional income tax (share of taxable income)): regional tax rate is required but was blank.",
        "Participants, row 1 (Young adults 19–29): group 1 › before adds up to 12; it must equal group 1 › number of participants, 13.",
        "Participants, row 1 (Young adults 19–29): group 1 › after adds up to 12; it must equal group 1 › number of participants, 13.",
        "Income situations, row 1 (Social assistance): income situation › social assistance › amount per month is -100; allowed: ≥ 0.",
      ]);
    });

    it("and in Swedish (the labels stay as the sheet writes them)", () => {
      expect(problems(outcome, "sv")).toEqual([
        "Skatte- och avgiftssatser, rad 1 (Municipal income tax (share of taxable income)): kommunal skattesats › år visar felet #REF!: en formel eller referens i cellen är trasig. Skriv in siffran igen.",
        "Skatte- och avgiftssatser, rad 2 (Regional income tax (share of taxable income)): regional skattesats måste anges men är tom.",
        "Deltagare, rad 1 (Young adults 19–29): grupp 1 › före summerar till 12; summan ska vara grupp 1 › antal deltagare, 13.",
        "Deltagare, rad 1 (Young adults 19–29): grupp 1 › efter summerar till 12; summan ska vara grupp 1 › antal deltagare, 13.",
        "Försörjning, rad 1 (Social assistance): försörjning › ekonomiskt bistånd › belopp per månad är -100; tillåtet: ≥ 0.",
      ]);
    });
  });

  it("reports a missing table once, without the core's errors on the fields it held", () => {
    const { payers: _gone, ...tables } = exampleCells("sv").tables;
    expect(problems(checkBeforeAfterCells({ sheet: "Före och efter", tables }), "sv")).toEqual([
      "Vem betalar insatsen: Tabellen SroiBeforeAfterPayers saknas på bladet: den kan ha tagits bort eller gjorts om till ett vanligt område. Skapa ett nytt blad med före och efter och kopiera in era siffror.",
    ]);
  });

  it("names a missing row by its label in both languages", () => {
    const cells = edit(exampleCells("en"), "settings", 2, 0, "Rate");
    expect(problems(checkBeforeAfterCells(cells), "en")).toEqual([
      "Settings: No row of the table is labelled “Discount rate per year (0 % for none)” or “Diskonteringsränta per år (0 % för ingen)”: the label in its first column may have been changed, or the row deleted. Restore the label.",
    ]);
  });

  it("names the cell and says in plain words what is wrong, with a real minus sign, when the sheet rows are known", () => {
    // the groups table's first data row on sheet row 20; group 2's size is in the layout's size column
    const cells = { ...edit(exampleCells("sv"), "groups", 1, BA.groups.sizeColumn, "tolv"), firstRows: { groups: 20, situations: 30 } };
    const negative = edit(cells, "situations", 0, BA.situations.columns.amount, -500);
    const outcome = checkBeforeAfterCells(negative);
    if (outcome.kind !== "problems") throw new Error("problems expected");
    const texts = outcome.problems.map((p) => problemTexts(p, "sv"));
    expect(texts[0]).toEqual({
      place: "Deltagare, rad 21 (Lång frånvaro från arbete, 30–64 år)",
      cell: `${columnLetter(BA.groups.sizeColumn)}21`,
      message: "Antal deltagare ska vara ett tal, men cellen innehåller ”tolv”.",
    });
    expect(texts[1].cell).toBe(`${columnLetter(BA.situations.columns.amount)}30`);
    expect(texts[1].message).toMatch(/^[^-]*, men cellen innehåller \u2212500\.$/);
    expect(problemTexts(outcome.problems[1], "en").message).toMatch(/must be 0 or more, but the cell holds \u2212500\.$/);
  });

  it("says what is wrong with text in a number cell", () => {
    const cells = edit(exampleCells("en"), "groups", 1, 1, "18 ");
    expect(problems(checkBeforeAfterCells(cells), "en")).toEqual([
      'Participants, row 2 (Long absence from work, 30–64): group 2 › number of participants must be a number; got "18 ".',
    ]);
  });
});
