import fc from "fast-check";
import { CandidateInput, errorMessage, evaluatePortfolio, lengthBand, rankScores, readWeights, weightedScore } from "../../../src/core";
import { caught, d, ds, strings } from "../helpers";

/**
 * The worked example of issue 18: weights need fit 30 %, evidence 25 %, expected effect 25 %, ease of
 * implementation 20 %, the fifth criterion unused; reading support and family support chosen.
 */
const WEIGHTS = [0.3, 0.25, 0.25, 0.2, ""];
const CANDIDATES: CandidateInput[] = [
  {
    name: "Early reading support (grades 1–3)",
    operation: "School",
    targetGroup: "Children 6–9",
    length: 3,
    complexity: "low",
    investment: 1200000,
    presentValue: 3000000,
    scores: [5, 4, 3, 4],
    chosen: true,
  },
  {
    name: "Youth employment coaching",
    operation: "Labour market",
    targetGroup: "Young people 16–24",
    length: 2,
    complexity: "medium",
    investment: 2000000,
    presentValue: 3600000,
    scores: [4, 3, 4, 3],
    chosen: false,
  },
  {
    name: "Family support at home",
    operation: "Social services",
    targetGroup: "Families",
    length: 4,
    complexity: "high",
    investment: 1500000,
    presentValue: 3300000,
    scores: [3, 5, 4, 3],
    chosen: true,
  },
];

describe("evaluatePortfolio: the worked example of issue 18 (by hand)", () => {
  const result = evaluatePortfolio(WEIGHTS, CANDIDATES);

  it("scores and ranks the candidates", () => {
    // Σ weight = 1. Reading: 0.3×5 + 0.25×4 + 0.25×3 + 0.2×4 = 1.5 + 1 + 0.75 + 0.8 = 4.05.
    // Coaching: 1.2 + 0.75 + 1 + 0.6 = 3.55. Family: 0.9 + 1.25 + 1 + 0.6 = 3.75.
    expect(strings(result.scores)).toEqual(["4.05", "3.55", "3.75"]);
    expect(result.ranks).toEqual([1, 3, 2]);
  });

  it("totals the chosen ones", () => {
    // 1 200 000 + 1 500 000 = 2 700 000; 3 000 000 + 3 300 000 = 6 300 000; 6.3 / 2.7 = 2.3333…
    expect(result.chosen).toBe(2);
    expect(result.investment.toString()).toBe("2700000");
    expect(result.presentValue.toString()).toBe("6300000");
    expect(result.ratio?.toFixed(4)).toBe("2.3333");
  });

  it("counts the balance, listing every operation and target group", () => {
    expect(result.byOperation).toEqual([
      ["School", 1],
      ["Labour market", 0],
      ["Social services", 1],
    ]);
    expect(result.byTargetGroup).toEqual([
      ["Children 6–9", 1],
      ["Young people 16–24", 0],
      ["Families", 1],
    ]);
    // Lengths 3 and 4 years are both over 2 up to 4.
    expect(result.byLength).toEqual({ short: 0, medium: 2, long: 0 });
    expect(result.byComplexity).toEqual({ low: 1, medium: 0, high: 1 });
  });
});

describe("weightedScore", () => {
  it("divides by the sum of the weights, whatever their scale", () => {
    // (3 × 5 + 1 × 1) / 4 = 4.
    expect(weightedScore(ds(3, 1), [5, 1], 1).toString()).toBe("4");
  });
  it("leaves out a criterion weighted 0 and requires the others", () => {
    expect(weightedScore(ds(1, 0), [2, ""], 1).toString()).toBe("2");
    expect(caught(() => weightedScore(ds(1, 1), [2, ""], 4)).detail).toEqual({ kind: "required", argument: "candidates[4].scores[2]" });
  });
  it("rejects a score outside 1–5 with a message in both languages", () => {
    const error = caught(() => weightedScore(ds(1, 1), [2, 6], 3));
    expect(error.detail).toEqual({ kind: "outOfRange", argument: "candidates[3].scores[2]", given: 6, allowed: { min: 1, max: 5 } });
    expect(errorMessage(error, "en")).toBe("candidate 3 › score on criterion 2 is 6; allowed: [1, 5].");
    expect(errorMessage(error, "sv")).toBe("kandidat 3 › poäng på kriterium 2 är 6; tillåtet: [1; 5].");
    expect(caught(() => weightedScore(ds(1, 0), [2, 0], 1)).detail).toMatchObject({
      kind: "outOfRange",
      argument: "candidates[1].scores[2]",
    });
  });
});

describe("readWeights", () => {
  it("rejects weights that are all zero or blank", () => {
    const error = caught(() => readWeights([0, "", null, 0]));
    expect(error.detail).toEqual({ kind: "allZero", argument: "weight" });
    expect(errorMessage(error, "en")).toBe("Every weight is 0 or blank; give at least one a value above 0.");
    expect(errorMessage(error, "sv")).toBe("Varje vikt är 0 eller tom; ge minst en ett värde över 0.");
  });
  it("rejects a negative weight", () => {
    expect(caught(() => readWeights([1, -0.5])).detail).toMatchObject({ kind: "outOfRange", argument: "weights[2]" });
  });
});

describe("evaluatePortfolio: bad input", () => {
  it("rejects a negative investment", () => {
    const error = caught(() => evaluatePortfolio([1], [{ investment: -5, presentValue: 1, scores: [3], chosen: true }]));
    expect(error.detail).toMatchObject({ kind: "outOfRange", argument: "candidates[1].investment" });
    expect(errorMessage(error, "sv")).toBe("kandidat 1 › investering är -5; tillåtet: ≥ 0.");
  });
  it("gives no ratio when nothing with an investment is chosen", () => {
    expect(evaluatePortfolio([1], [{ investment: 5, presentValue: 1, scores: [3], chosen: false }]).ratio).toBeNull();
  });
});

describe("lengthBand", () => {
  it("bands at 2 and 4 years, inclusive", () => {
    expect([0.5, 2, 2.01, 4, 4.5].map((y) => lengthBand(d(y)))).toEqual(["short", "short", "medium", "medium", "long"]);
  });
});

describe("properties", () => {
  const scoreArb = fc.integer({ min: 1, max: 5 });
  const weightArb = fc.integer({ min: 0, max: 100 });

  it("keeps every weighted score within 1–5", () => {
    fc.assert(
      fc.property(
        fc.array(weightArb, { minLength: 5, maxLength: 5 }).filter((w) => w.some((x) => x > 0)),
        fc.array(scoreArb, { minLength: 5, maxLength: 5 }),
        (w, s) => {
          const score = weightedScore(readWeights(w), s, 1);
          return score.gte(1) && score.lte(5);
        },
      ),
    );
  });

  it("ranks consistently with the scores: higher score, better rank; equal scores, equal rank", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: 100, max: 500 }).map((n) => d(n).div(100)),
          { minLength: 1, maxLength: 15 },
        ),
        (scores) => {
          const ranks = rankScores(scores);
          return scores.every(
            (a, i) =>
              scores.every((b, j) => (a.gt(b) ? ranks[i] < ranks[j] : a.eq(b) ? ranks[i] === ranks[j] : ranks[i] > ranks[j])) &&
              ranks[i] >= 1 &&
              ranks[i] <= scores.length,
          );
        },
      ),
    );
  });

  it("counts each chosen candidate once in every balance that it has a value for", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ chosen: fc.boolean(), op: fc.constantFrom("A", "a", "B", ""), len: fc.integer({ min: 0, max: 8 }) }), {
          maxLength: 12,
        }),
        (rows) => {
          const result = evaluatePortfolio(
            [1],
            rows.map((r) => ({ operation: r.op, length: r.len, investment: 1, presentValue: 2, scores: [3], chosen: r.chosen })),
          );
          const chosen = rows.filter((r) => r.chosen);
          const byOp = result.byOperation.reduce((n, [, k]) => n + k, 0);
          const byLength = result.byLength.short + result.byLength.medium + result.byLength.long;
          return result.chosen === chosen.length && byOp === chosen.filter((r) => r.op !== "").length && byLength === chosen.length;
        },
      ),
    );
  });
});
