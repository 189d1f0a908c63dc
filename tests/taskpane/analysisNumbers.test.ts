import { checkNumber, fractionOf, readNumberText } from "../../src/taskpane/analysisNumbers";

/** Numbers as typed in the analysis panel: either decimal mark, grouped digits, a % sign where a percentage is typed. */

describe("readNumberText", () => {
  it.each([
    ["10", "10"],
    ["10,5", "10.5"],
    ["10.5", "10.5"],
    [" 5 000 ", "5000"],
    ["5\u00a0000", "5000"],
    ["5\u202f000", "5000"],
    [",5", "0.5"],
    ["-,5", "-0.5"],
    ["\u22122", "-2"],
    ["+3", "+3"],
    ["7.", "7"],
    ["0012", "0012"],
  ])("reads %j as %s", (typed, text) => {
    const read = readNumberText(typed);
    expect(read.kind === "number" && read.text).toBe(text);
    expect(read.kind === "number" && read.value.toString()).toBe(String(Number(text)));
  });

  it.each(["abc", "1,000.5", "1.2.3", "1e3", "10 %", "%", "-", ",", "0x10", "Infinity", "NaN"])("refuses %j", (typed) => {
    expect(readNumberText(typed).kind).toBe("invalid");
  });

  it("tells blank from invalid, and takes a % sign only where a percentage is typed", () => {
    expect(readNumberText("  ").kind).toBe("blank");
    expect(readNumberText(" % ", true).kind).toBe("invalid");
    const percent = readNumberText("12,5 %", true);
    expect(percent.kind === "number" && percent.text).toBe("12.5");
  });
});

describe("fractionOf", () => {
  it("moves the decimal point two places, exactly", () => {
    expect(["10", "12.5", "0.1", "100", "-5", "33.333333333333333333"].map((text) => fractionOf({ text }).toString())).toEqual([
      "0.1",
      "0.125",
      "0.001",
      "1",
      "-0.05",
      "0.33333333333333333333",
    ]);
  });
});

describe("checkNumber", () => {
  it("keeps the limits: above or from the minimum, at most the maximum, whole when asked", () => {
    const kinds = (rule: Parameters<typeof checkNumber>[1], ...typed: string[]) => typed.map((t) => checkNumber(t, rule).kind);
    expect(kinds({ min: 0, aboveMin: true, max: 100, percent: true }, "0", "0,001", "100", "100.0001", "50 %", "")).toEqual([
      "bad",
      "ok",
      "ok",
      "bad",
      "ok",
      "blank",
    ]);
    expect(kinds({ min: 1, max: 99, whole: true }, "1", "99", "1.5", "2,0", "100", "0")).toEqual(["ok", "ok", "bad", "ok", "bad", "bad"]);
  });
});
