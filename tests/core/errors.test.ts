import { SroiError, isSroiError } from "../../src/core";

describe("SroiError", () => {
  it("carries the Excel error code and the detail", () => {
    const error = new SroiError("DIV0", { kind: "zeroInvestment", argument: "investment" });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("SroiError");
    expect(error.code).toBe("DIV0");
    expect(error.detail).toEqual({ kind: "zeroInvestment", argument: "investment" });
  });
});

describe("isSroiError", () => {
  it("recognises the core's errors only", () => {
    expect(isSroiError(new SroiError("NA", { kind: "noPayback", years: 3 }))).toBe(true);
    expect(isSroiError(new Error("other"))).toBe(false);
    expect(isSroiError("VALUE")).toBe(false);
  });
});
