import { ROSENBERG_REVERSED, rosenbergLevel, rosenbergScore } from "../../src/core";
import { caught } from "./helpers";

/** Answers coded 1 (strongly agree) … 4 (strongly disagree), item 1 first. */
const allOnes = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
const withCodes = (changes: Record<number, number>) => allOnes.map((code, i) => changes[i + 1] ?? code);

describe("rosenbergScore", () => {
  describe("worked examples (seed 000's scoring table)", () => {
    it("scores 40 for the most positive answer on every item", () => {
      // Items 1, 3, 4, 7, 10: code 1 → 4 points each (20); items 2, 5, 6, 8, 9: code 4 → 4 points each (20).
      expect(rosenbergScore(withCodes({ 2: 4, 5: 4, 6: 4, 8: 4, 9: 4 }))).toBe(40);
    });
    it("scores 10 for the most negative answer on every item", () => {
      // Items 1, 3, 4, 7, 10: code 4 → 1 point; items 2, 5, 6, 8, 9: code 1 → 1 point.
      expect(rosenbergScore([4, 1, 4, 4, 1, 1, 4, 1, 1, 4])).toBe(10);
    });
    it("scores 25 for 'strongly agree' throughout", () => {
      // 5 × 4 (normal items) + 5 × 1 (reversed items) = 25
      expect(rosenbergScore(allOnes)).toBe(25);
    });
    it("scores 26, 29 and 30 at the level boundaries", () => {
      // From 25, each reversed item moved from code 1 to 2 adds one point.
      expect(rosenbergScore(withCodes({ 2: 2 }))).toBe(26);
      expect(rosenbergScore(withCodes({ 2: 2, 5: 2, 6: 2, 8: 2 }))).toBe(29);
      expect(rosenbergScore(withCodes({ 2: 2, 5: 2, 6: 2, 8: 2, 9: 2 }))).toBe(30);
    });
    it("reverses exactly items 2, 5, 6, 8 and 9", () => {
      expect(ROSENBERG_REVERSED).toEqual([2, 5, 6, 8, 9]);
      // Item 1 moved from code 1 to 2 loses a point: 25 − 1 = 24.
      expect(rosenbergScore(withCodes({ 1: 2 }))).toBe(24);
    });
  });

  describe("errors", () => {
    it("needs exactly 10 answers (9 given)", () => {
      const error = caught(() => rosenbergScore(allOnes.slice(1)));
      expect(error.code).toBe("VALUE");
      expect(error.detail).toEqual({ kind: "count", argument: "answers", given: 9, expected: 10 });
    });
    it("rejects an answer code 5", () => {
      const error = caught(() => rosenbergScore(withCodes({ 3: 5 })));
      expect(error.code).toBe("VALUE");
      expect(error.detail).toEqual({ kind: "outOfRange", argument: "answers", given: 5, allowed: { min: 1, max: 4 } });
    });
    it("rejects an answer code 2.5", () => {
      expect(caught(() => rosenbergScore(withCodes({ 3: 2.5 }))).detail).toEqual({
        kind: "notInteger",
        argument: "answers",
        given: 2.5,
        allowed: { min: 1, max: 4 },
      });
    });
    it("rejects a blank answer", () => {
      expect(caught(() => rosenbergScore(withCodes({ 10: "" as unknown as number }))).detail).toEqual({
        kind: "required",
        argument: "answers",
      });
    });
    it("rejects an answer given as text", () => {
      expect(caught(() => rosenbergScore(withCodes({ 4: "instämmer" as unknown as number }))).detail).toEqual({
        kind: "notNumber",
        argument: "answers",
        given: "instämmer",
      });
    });
  });
});

describe("rosenbergLevel", () => {
  it.each([
    [10, "low"],
    [25, "low"],
    [26, "some"],
    [29, "some"],
    [30, "good"],
    [40, "good"],
  ])("puts %p in level %p", (score, level) => {
    // Seed 000: 30–40 good, 26–29 some (needs support), 10–25 low (needs much support).
    expect(rosenbergLevel(score)).toBe(level);
  });
  it.each([[9], [41], [0]])("rejects the impossible score %p", (score) => {
    expect(caught(() => rosenbergLevel(score)).detail).toEqual({
      kind: "outOfRange",
      argument: "score",
      given: score,
      allowed: { min: 10, max: 40 },
    });
  });
  it.each([[25.5], [NaN]])("rejects the non-whole score %p", (score) => {
    expect(caught(() => rosenbergLevel(score)).detail).toMatchObject({ kind: "notInteger", argument: "score" });
  });
});
