import { cleanSheetName, freeSheetName, freeSheetNames, isValidSheetName, sheetNameProblem } from "../../src/templates/kit/sheetNames";
import fc from "fast-check";

describe("sheetNameProblem", () => {
  it.each([
    ["", "blank"],
    ["   ", "blank"],
    ["a".repeat(32), "tooLong"],
    ["Cost/year", "invalidCharacter"],
    ["a:b", "invalidCharacter"],
    ["a[1]", "invalidCharacter"],
    ["what?", "invalidCharacter"],
    ["star*", "invalidCharacter"],
    ["back\\slash", "invalidCharacter"],
    ["'quoted", "apostrophe"],
    ["quoted'", "apostrophe"],
    ["History", "reserved"],
  ])("rejects %j as %s", (name, problem) => {
    expect(sheetNameProblem(name)).toBe(problem);
  });

  it("accepts 31 characters, spaces, inner apostrophes and Swedish letters", () => {
    expect(isValidSheetName("a".repeat(31))).toBe(true);
    expect(isValidSheetName("Barnens mätplan's del 2")).toBe(true);
    expect(isValidSheetName("Effektkarta (2)")).toBe(true);
  });
});

describe("cleanSheetName", () => {
  it("replaces invalid characters and cuts to 31", () => {
    expect(cleanSheetName("Cost/year: 2026?")).toBe("Cost-year- 2026-");
    expect(cleanSheetName("x".repeat(40))).toBe("x".repeat(31));
    expect(cleanSheetName("'quoted'")).toBe("quoted");
    expect(cleanSheetName("  ")).toBe("Sheet");
    expect(cleanSheetName("history", "Blad")).toBe("Blad");
  });
});

describe("freeSheetName", () => {
  it("keeps a free name", () => {
    expect(freeSheetName("Effektkarta", ["Blad1"])).toBe("Effektkarta");
  });

  it("numbers a taken name, ignoring case", () => {
    expect(freeSheetName("Effektkarta", ["effektKARTA"])).toBe("Effektkarta (2)");
    expect(freeSheetName("Effektkarta", ["Effektkarta", "EFFEKTKARTA (2)"])).toBe("Effektkarta (3)");
  });

  it("trims the base to keep the suffix within 31 characters", () => {
    const long = "Logic model detailed for region";
    expect(long.length).toBe(31);
    // 31 − " (2)".length = 27 characters of the base: "Logic model detailed for r"
    expect(freeSheetName(long, [long])).toBe("Logic model detailed for re (2)");
    expect(freeSheetName(long, [long]).length).toBe(31);
    const ten = freeSheetName(long, [long, ...Array.from({ length: 8 }, (_, i) => `Logic model detailed for re (${i + 2})`)]);
    expect(ten).toBe("Logic model detailed for r (10)");
  });

  it("does not leave a trailing blank before the suffix", () => {
    const name = "abcdefghijklmnopqrstuvwxyz " + "abcd"; // the 27th character is a blank
    expect(freeSheetName(name, [name])).toBe("abcdefghijklmnopqrstuvwxyz (2)");
  });
});

describe("freeSheetNames", () => {
  it("takes each chosen name for the next wish", () => {
    expect(freeSheetNames(["Listor", "listor", "Listor"], ["LISTOR"])).toEqual(["Listor (2)", "listor (3)", "Listor (4)"]);
  });

  describe("properties", () => {
    it("always gives valid names, unique ignoring case and distinct from the existing ones", () => {
      fc.assert(
        fc.property(
          fc.array(fc.string({ maxLength: 40 }), { maxLength: 8 }),
          fc.array(fc.string({ maxLength: 40 }), { maxLength: 8 }),
          (wishes, existing) => {
            const names = freeSheetNames(wishes, existing);
            const lower = names.map((n) => n.toLowerCase());
            expect(new Set(lower).size).toBe(names.length);
            for (const n of names) {
              expect(isValidSheetName(n)).toBe(true);
              expect(existing.map((e) => e.toLowerCase())).not.toContain(n.toLowerCase());
            }
          },
        ),
      );
    });
  });
});
