import { LANGUAGES } from "../../src/core/language";
import { problemFromError } from "../../src/writers/excel/errors";
import { isDark } from "../../src/writers/excel/host";
import { problemMessage } from "../../src/taskpane/writerMessages";
import type { WriterProblem } from "../../src/workbook/ports";

const PROBLEMS: WriterProblem[] = [
  { kind: "noTemplates" },
  { kind: "options", text: { en: "Years is 12.", sv: "År är 12." } },
  { kind: "tooOld", missing: [{ feature: "dataValidation", set: "1.8" }] },
  { kind: "noExcel" },
  { kind: "cellEditMode" },
  { kind: "notNow" },
  { kind: "nameTaken" },
  { kind: "accessDenied" },
  { kind: "tooLarge" },
  { kind: "sheetMissing", name: "Effektkarta (2)" },
  { kind: "tableMissing", name: "SroiImpactMap" },
  { kind: "analysisChanged", sheet: "Analys" },
  { kind: "analysisChanged", sheet: "Analys", reason: "cannotCheck" },
  { kind: "refreshIncomplete", sheet: "Analys", backup: "Analys (2)" },
  { kind: "refreshIncomplete", sheet: "Analys", backup: null },
  { kind: "general", code: "GeneralException" },
  { kind: "general", code: "ChunkLoadError" },
];

describe("problemMessage", () => {
  it.each(PROBLEMS.map((p) => [p.kind, p] as const))("gives %s a title and text in both languages that differ", (_, problem) => {
    const [en, sv] = LANGUAGES.map((language) => problemMessage(problem, language));
    for (const m of [en, sv]) {
      expect(m.title.length).toBeGreaterThan(3);
      expect(m.body.length).toBeGreaterThan(3);
    }
    expect(en.title).not.toBe(sv.title);
  });

  it("names the missing feature and its requirement set", () => {
    const problem: WriterProblem = {
      kind: "tooOld",
      missing: [
        { feature: "conditionalFormats", set: "1.6" },
        { feature: "dataValidation", set: "1.8" },
      ],
    };
    expect(problemMessage(problem, "en").body).toBe(
      "It lacks conditional formatting (ExcelApi 1.6), data validation (ExcelApi 1.8). Nothing was written. Use Excel 2019 or later, Microsoft 365 or Excel on the web.",
    );
    expect(problemMessage(problem, "sv").body).toContain("villkorsstyrd formatering (ExcelApi 1.6), dataverifiering (ExcelApi 1.8)");
  });

  it("names the half-refreshed sheet and the copy of it as it was, when there is one", () => {
    expect(problemMessage({ kind: "refreshIncomplete", sheet: "Analys", backup: "Analys (2)" }, "en").body).toBe(
      "Excel stopped while refreshing the sheet “Analys”, and the sheet could not be put back; it may be incomplete. A copy of the analysis as it was is on the sheet “Analys (2)”. Make the analysis on a new sheet, then delete the incomplete one.",
    );
    expect(problemMessage({ kind: "refreshIncomplete", sheet: "Analys", backup: null }, "sv").body).not.toContain("kopia");
  });

  it("says when this Excel cannot check an analysis sheet, rather than that it was changed", () => {
    const cannot = problemMessage({ kind: "analysisChanged", sheet: "Analys", reason: "cannotCheck" }, "en");
    expect(cannot.body).toContain("ExcelApi 1.18");
    expect(cannot.body).toContain('"Analys"');
    expect(cannot.title).not.toBe(problemMessage({ kind: "analysisChanged", sheet: "Analys" }, "en").title);
    expect(problemMessage({ kind: "analysisChanged", sheet: "Analys", reason: "cannotCheck" }, "sv").body).toContain("Nytt blad");
  });

  it("names the sheet that is missing and the Excel error code", () => {
    expect(problemMessage({ kind: "sheetMissing", name: "Listor" }, "sv").body).toContain("”Listor”");
    expect(problemMessage({ kind: "general", code: "GeneralException" }, "en").body).toContain("(GeneralException)");
  });
});

describe("problemFromError", () => {
  it.each([
    ["InvalidOperationInCellEditMode", { kind: "cellEditMode" }],
    ["InvalidOperation", { kind: "notNow" }],
    ["ItemAlreadyExists", { kind: "nameTaken" }],
    ["AccessDenied", { kind: "accessDenied" }],
    ["RequestPayloadSizeLimitExceeded", { kind: "tooLarge" }],
    ["GeneralException", { kind: "general", code: "GeneralException" }],
  ])("maps the code %s", (code, problem) => {
    expect(problemFromError({ code, message: "whatever the text says" })).toEqual(problem);
  });

  it("reads the code, not the message", () => {
    expect(problemFromError({ code: "GeneralException", message: "Excel is in cell-editing mode" })).toEqual({
      kind: "general",
      code: "GeneralException",
    });
  });

  it("tells a chunk that did not load apart from an error in Excel", () => {
    const error = Object.assign(new Error("Loading chunk 412 failed."), { name: "ChunkLoadError" });
    const problem = problemFromError(error);
    expect(problem).toEqual({ kind: "general", code: "ChunkLoadError" });
    expect(problemMessage(problem, "en").title).toBe("Part of the add-in did not load");
    expect(problemMessage(problem, "sv").body).toContain("Inget i arbetsboken har ändrats");
    expect(problemMessage(problem, "en").body).not.toContain("Excel could not finish");
  });

  it("turns errors without a code into a general problem named after the error", () => {
    expect(problemFromError(new TypeError("x"))).toEqual({ kind: "general", code: "TypeError" });
    expect(problemFromError("boom")).toEqual({ kind: "general", code: "Unknown" });
  });
});

describe("isDark", () => {
  it("reads Office's body background colour", () => {
    // #262626: 0.299·38 + 0.587·38 + 0.114·38 = 38 < 128 → dark; #FFFFFF: 255 → light.
    expect(isDark("#262626")).toBe(true);
    expect(isDark("#FFFFFF")).toBe(false);
    // #808080 = 128: not below the middle → light.
    expect(isDark("#808080")).toBe(false);
    expect(isDark("not a colour")).toBe(false);
  });
});
