import { SroiError } from "../../src/core";
import { fieldName, plainGiven, plainMessage, plainNumber, plainRange } from "../../src/taskpane/plainProblem";

/** The before/after problems in plain words (src/taskpane/plainProblem.ts); expected texts written out by hand. */

const MINUS = "\u2212";
const NBSP = "\u00a0";

describe("plainNumber and plainGiven", () => {
  it("writes minus as U+2212 in both languages and groups as the language does", () => {
    expect(plainNumber(-500, "sv")).toBe(`${MINUS}500`);
    expect(plainNumber(-500, "en")).toBe(`${MINUS}500`);
    expect(plainNumber(-1234.5, "sv")).toBe(`${MINUS}1${NBSP}234,5`);
    expect(plainNumber(-1234.5, "en")).toBe(`${MINUS}1,234.5`);
  });

  it("quotes text with the language's marks, and names blank and TRUE/FALSE", () => {
    expect(plainGiven("tolv", "sv")).toBe("”tolv”");
    expect(plainGiven("twelve", "en")).toBe("“twelve”");
    expect([plainGiven(null, "sv"), plainGiven(true, "sv"), plainGiven(false, "en")]).toEqual(["ingenting", "SANT", "FALSE"]);
  });
});

describe("plainRange", () => {
  it.each<[object, string, string]>([
    [{ min: 0 }, "0 eller mer", "0 or more"],
    [{ min: 0, minExclusive: true }, "mer än 0", "more than 0"],
    [{ max: 1 }, "högst 1", "at most 1"],
    [{ min: 0, max: 1 }, "mellan 0 och 1", "from 0 to 1"],
    [{ min: 0, max: 1, maxExclusive: true }, "0 eller mer och mindre än 1", "0 or more and less than 1"],
  ])("says %j in words", (range, sv, en) => {
    expect(plainRange(range, "sv")).toBe(sv);
    expect(plainRange(range, "en")).toBe(en);
  });
});

describe("plainMessage", () => {
  it("names the field by its own name, not its path", () => {
    expect(fieldName("groups[1].size", "sv")).toBe("Antal deltagare");
    expect(fieldName("groups[1].size", "en")).toBe("Number of participants");
  });

  it("says what the cell holds and what is allowed", () => {
    const text = new SroiError("VALUE", { kind: "notNumber", argument: "groups[1].size", given: "tolv" });
    expect(plainMessage(text, "sv")).toBe("Antal deltagare ska vara ett tal, men cellen innehåller ”tolv”.");
    const negative = new SroiError("NUM", { kind: "outOfRange", argument: "groups[1].size", given: -500, allowed: { min: 0 } });
    expect(plainMessage(negative, "en")).toBe(`Number of participants must be 0 or more, but the cell holds ${MINUS}500.`);
    const blank = new SroiError("VALUE", { kind: "required", argument: "groups[1].size" });
    expect(plainMessage(blank, "sv")).toBe("Antal deltagare är tom; fyll i ett värde.");
  });

  it("keeps the core's message for errors that are not about one value", () => {
    const error = new SroiError("NUM", { kind: "tooLarge" });
    expect(plainMessage(error, "en")).toBe("The result is too large for Excel (beyond ±1.8 × 10^308).");
  });
});
