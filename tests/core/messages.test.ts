import {
  DISCOUNT_RANGE,
  Language,
  SroiError,
  adjust,
  errorMessage,
  outcomeValue,
  paybackOf,
  ratioOf,
  readSeries,
  rosenbergLevel,
  rosenbergOf,
} from "../../src/core";
import { caught } from "./helpers";

/** The message of the error `fn` throws, in both languages. */
function messages(fn: () => unknown): Record<Language, string> {
  const error = caught(fn);
  return { en: errorMessage(error, "en"), sv: errorMessage(error, "sv") };
}

function expectParts(message: string, parts: readonly string[]): void {
  for (const part of parts) expect(message).toContain(part);
}

const safety = [80, 0.7, 0.2, 0.05, 0.1, 15000] as const;

describe("errorMessage", () => {
  describe("names the argument, what was given and what is allowed", () => {
    it.each<[string, () => unknown, string[], string[]]>([
      [
        "a share given as a percentage",
        () => adjust(11.6e6, 25),
        ["deadweight", "25", "0.25", "[0, 1]"],
        ["dödvikt", "25", "0,25", "[0; 1]"],
      ],
      [
        "a discount rate given as a percentage",
        () => outcomeValue(...safety, 1, 0, 3.5),
        ["discount_rate", "3.5", "0.035", "(-1, 1)"],
        ["diskonteringsränta", "3,5", "0,035", "(-1; 1)"],
      ],
      [
        "a discount rate of −1",
        () => outcomeValue(...safety, 1, 0, -1),
        ["discount_rate", "-1", "(-1, 1)"],
        ["diskonteringsränta", "-1", "(-1; 1)"],
      ],
      [
        "a share below 0",
        () => outcomeValue(80, 0.7, 0.2, -0.05, 0.1, 15000),
        ["attribution", "-0.05", "[0, 1]"],
        ["tillskrivning", "-0,05", "[0; 1]"],
      ],
      [
        "a share above 100",
        () => outcomeValue(80, 0.7, 0.2, 0.05, 150, 15000),
        ["displacement", "150", "[0, 1]"],
        ["undanträngning", "150", "[0; 1]"],
      ],
      ["a negative quantity", () => outcomeValue(-80, 0.7, 0.2, 0.05, 0.1, 15000), ["quantity", "-80", "≥ 0"], ["antal", "-80", "≥ 0"]],
      [
        "a fractional number of years",
        () => outcomeValue(...safety, 1.5),
        ["years", "1.5", "whole", "[1, 100]"],
        ["år", "1,5", "heltal", "[1; 100]"],
      ],
      ["too many years", () => outcomeValue(...safety, 101), ["years", "101", "[1, 100]"], ["år", "101", "[1; 100]"]],
      ["zero years", () => outcomeValue(...safety, 0), ["years", "0", "[1, 100]"], ["år", "0", "[1; 100]"]],
      [
        "a drop-off as a percentage",
        () => outcomeValue(...safety, 3, 10),
        ["drop_off", "10", "0.1", "[0, 1]"],
        ["avtrappning", "10", "0,1", "[0; 1]"],
      ],
      ["a blank", () => adjust(100, ""), ["deadweight", "blank"], ["dödvikt", "tom"]],
      [
        "text",
        () => outcomeValue(80, 0.7, 0.2, 0.05, 0.1, "15 000 kr"),
        ["proxy", "number", '"15 000 kr"'],
        ["proxy", "tal", '"15 000 kr"'],
      ],
      ["a boolean", () => outcomeValue(true, 0.7, 0.2, 0.05, 0.1, 15000), ["quantity", "number", "TRUE"], ["antal", "tal", "SANT"]],
      ["NaN", () => outcomeValue(80, NaN, 0.2, 0.05, 0.1, 15000), ["outcome_rate", "finite", "NaN"], ["utfallsandel", "ändligt", "NaN"]],
      [
        "Infinity",
        () => outcomeValue(80, 0.7, 0.2, 0.05, 0.1, -Infinity),
        ["proxy", "finite", "-Infinity"],
        ["proxy", "ändligt", "-Infinity"],
      ],
      ["a negative investment", () => ratioOf(1000, -5), ["investment", "-5", "≥ 0"], ["investering", "-5", "≥ 0"]],
      ["a zero investment in a ratio", () => ratioOf(1000, 0), ["investment", "zero"], ["investering", "noll"]],
      ["an empty range", () => readSeries("benefits", []), ["benefits", "empty"], ["nyttor", "tomt"]],
      ["a ragged range", () => ratioOf([[1, 2], [3]], 1), ["benefits", "2 × 2", "rectangle"], ["nyttor", "2 × 2", "rektangulärt"]],
      ["too few Rosenberg answers", () => rosenbergOf([1, 1, 1, 1, 1, 1, 1, 1, 1]), ["answers", "10", "9"], ["svar", "10", "9"]],
      ["a Rosenberg answer 5", () => rosenbergOf([1, 1, 5, 1, 1, 1, 1, 1, 1, 1]), ["answers", "5", "[1, 4]"], ["svar", "5", "[1; 4]"]],
      [
        "a Rosenberg answer 2.5",
        () => rosenbergOf([1, 1, 2.5, 1, 1, 1, 1, 1, 1, 1]),
        ["answers", "2.5", "[1, 4]"],
        ["svar", "2,5", "[1; 4]"],
      ],
      ["an impossible Rosenberg score", () => rosenbergLevel(41), ["score", "41", "[10, 40]"], ["poäng", "41", "[10; 40]"]],
    ])("%s", (_case, fn, english, swedish) => {
      const text = messages(fn);
      expectParts(text.en, english);
      expectParts(text.sv, swedish);
    });
  });

  describe("payback", () => {
    it("says within how many years a profile does not pay back", () => {
      const text = messages(() => paybackOf(1000, [[100, 100, 100]]));
      expect(text.en).toBe("Does not pay back within 3 years.");
      expect(text.sv).toBe("Återbetalas inte inom 3 år.");
      expect(errorMessage(new SroiError("NA", { kind: "noPayback", years: 1 }), "en")).toBe("Does not pay back within 1 year.");
    });
    it("says when a constant value never pays back", () => {
      const text = messages(() => paybackOf(1000, 40, 0.05));
      expect(text.en).toContain("never");
      expect(text.sv).toContain("aldrig");
    });
  });

  describe("kinds the Excel layer raises", () => {
    it.each<[SroiError, string[], string[]]>([
      [
        new SroiError("VALUE", { kind: "mismatch", argument: "benefits", given: 3, expected: 5 }),
        ["benefits", "3", "5"],
        ["nyttor", "3", "5"],
      ],
      [
        new SroiError("VALUE", { kind: "unknownName", argument: "assumption", given: "rate", allowed: ["deadweight", "drop_off"] }),
        ["assumption", '"rate"', "deadweight, drop_off"],
        ["antagande", '"rate"', "deadweight, drop_off"],
      ],
      [
        new SroiError("NA", { kind: "noSolution", argument: "deadweight", low: "0", high: "1" }),
        ["deadweight", "0", "1"],
        ["dödvikt", "0", "1"],
      ],
      [
        new SroiError("VALUE", { kind: "outOfRange", argument: "x", given: 5, allowed: {} }),
        ["x", "5", "any number"],
        ["x", "5", "alla tal"],
      ],
      [new SroiError("VALUE", { kind: "outOfRange", argument: "x", given: 5, allowed: { max: 1, maxExclusive: true } }), ["< 1"], ["< 1"]],
      [
        new SroiError("VALUE", { kind: "outOfRange", argument: "x", given: -5, allowed: { min: -1, minExclusive: true } }),
        ["> -1"],
        ["> -1"],
      ],
      [new SroiError("VALUE", { kind: "percentLike", argument: "discount_rate", given: "?", allowed: DISCOUNT_RANGE }), ['"?"'], ['"?"']],
    ])("renders %p", (error, english, swedish) => {
      expectParts(errorMessage(error, "en"), english);
      expectParts(errorMessage(error, "sv"), swedish);
    });
  });
});
