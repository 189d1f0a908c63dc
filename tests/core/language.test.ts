import { ARGUMENT_NAMES, LANGUAGES, argumentName, languageOf } from "../../src/core";

describe("languageOf", () => {
  it.each([
    ["sv-SE", "sv"],
    ["SV-fi", "sv"],
    ["sv", "sv"],
    ["en-US", "en"],
    ["de-DE", "en"],
    ["", "en"],
    [null, "en"],
    [undefined, "en"],
  ])("maps %p to %p", (locale, language) => {
    expect(languageOf(locale)).toBe(language);
  });
});

describe("argumentName", () => {
  it("gives the Swedish names of the spreadsheet arguments", () => {
    expect(argumentName("deadweight", "sv")).toBe("dödvikt");
    expect(argumentName("discount_rate", "sv")).toBe("diskonteringsränta");
    expect(argumentName("drop_off", "sv")).toBe("avtrappning");
  });
  it("keeps the English ids in English", () => {
    expect(argumentName("outcome_rate", "en")).toBe("outcome_rate");
  });
  it("shows an unknown argument as given", () => {
    expect(argumentName("something_else", "sv")).toBe("something_else");
  });
  it("has a non-blank name in every language for every argument", () => {
    for (const names of Object.values(ARGUMENT_NAMES)) {
      for (const language of LANGUAGES) expect(names[language].trim()).not.toBe("");
    }
  });
});
