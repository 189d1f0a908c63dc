import fc from "fast-check";
import { Dec, sum, totalsBy } from "../../src/core";
import { amountArb, d } from "./helpers";

interface Row {
  readonly label: string;
  readonly value: Dec;
}
const rows = (...pairs: [string, number][]): Row[] => pairs.map(([label, value]) => ({ label, value: d(value) }));
const byLabel = (items: readonly Row[]) =>
  totalsBy(
    items,
    (r) => r.label,
    (r) => r.value,
  ).map((g) => [g.key, g.total.toString()]);

describe("totalsBy", () => {
  describe("worked examples", () => {
    it("sums the seed's stakeholder summary to 1 467 000", () => {
      // Seed 000: participants 1 360 000 (two rows here: 1 000 000 + 360 000), organisations 70 000,
      // course leader 35 000, coordinators 30 000, hotels and restaurants 8 000, transport 4 000,
      // environment −40 000; together 1 467 000.
      const summary = rows(
        ["Participants", 1000000],
        ["Organisations", 70000],
        ["Course leader", 35000],
        ["participants ", 360000],
        ["Coordinators", 30000],
        ["Hotels and restaurants", 8000],
        ["Transport", 4000],
        ["Environment", -40000],
      );
      const totals = byLabel(summary);
      expect(totals).toEqual([
        ["Participants", "1360000"],
        ["Organisations", "70000"],
        ["Course leader", "35000"],
        ["Coordinators", "30000"],
        ["Hotels and restaurants", "8000"],
        ["Transport", "4000"],
        ["Environment", "-40000"],
      ]);
      expect(
        sum(
          totalsBy(
            summary,
            (r) => r.label,
            (r) => r.value,
          ).map((g) => g.total),
        ).toString(),
      ).toBe("1467000");
    });
    it("keeps a negative dimension: economy +20, environment −40, people +10", () => {
      // Seed 000: 20 − 40 + 10 = −10 in total.
      const totals = totalsBy(
        rows(["economic", 20], ["environmental", -40], ["social", 10]),
        (r) => r.label,
        (r) => r.value,
      );
      expect(totals.map((g) => [g.key, g.total.toString()])).toEqual([
        ["economic", "20"],
        ["environmental", "-40"],
        ["social", "10"],
      ]);
      expect(sum(totals.map((g) => g.total)).toString()).toBe("-10");
    });
    it("splits by payer, trimmed and case-insensitive, keeping the first spelling", () => {
      // Kommun 100 + 50, Region 70, Försäkringskassan 30.
      expect(byLabel(rows(["Kommun", 100], ["Region", 70], ["kommun ", 50], ["Försäkringskassan", 30]))).toEqual([
        ["Kommun", "150"],
        ["Region", "70"],
        ["Försäkringskassan", "30"],
      ]);
    });
    it('groups blank labels under the key ""', () => {
      expect(byLabel(rows(["", 5], ["  ", 7], ["Kommun", 1]))).toEqual([
        ["", "12"],
        ["Kommun", "1"],
      ]);
    });
    it("is empty for no items", () => {
      expect(
        totalsBy(
          [],
          () => "",
          () => d(0),
        ),
      ).toEqual([]);
    });
  });

  describe("properties", () => {
    it("the group totals add up to the grand total", () => {
      const rowArb = fc.record({ label: fc.constantFrom("Kommun", "kommun", "Region", "", "FK"), value: amountArb });
      fc.assert(
        fc.property(fc.array(rowArb), (items) =>
          sum(
            totalsBy(
              items,
              (r) => r.label,
              (r) => r.value,
            ).map((g) => g.total),
          ).eq(sum(items.map((r) => r.value))),
        ),
      );
    });
  });
});
