import { DEFAULT_OPTIONS } from "../../src/templates/kit/options";
import { outcomeContractTemplate } from "../../src/templates/outcomeContract";
import { checkTemplateSheet, TemplateReader, templateCheckReducer, TemplateCheckAction } from "../../src/taskpane/useTemplateCheck";
import { INITIAL_CHECK_STATE } from "../../src/taskpane/sheetCheckState";
import type { TableRef } from "../../src/workbook/ports";
import { gridCellsOf } from "../templates/gridCells";

/** The contract and portfolio check's state and reads (src/taskpane/useTemplateCheck.ts), without React. */

const CONTRACT: TableRef = { table: "SroiContractTerms", sheet: "Utfallskontrakt" };
const PORTFOLIO: TableRef = { table: "SroiPortfolioCriteria_2", sheet: "Prioriteringar" };

const reader = (overrides: Partial<TemplateReader> = {}): TemplateReader => ({
  listSources: () => Promise.resolve({ ok: true, sources: { impactMaps: [], beforeAfter: [], analyses: [] } }),
  readOutcomeContract: () =>
    Promise.resolve({ ok: true, cells: gridCellsOf(outcomeContractTemplate.build({ ...DEFAULT_OPTIONS, example: true }, {})[0]) }),
  readPortfolio: () => Promise.reject(new TypeError("not expected")),
  ...overrides,
});

describe("templateCheckReducer", () => {
  it("lists the contracts, then the portfolios, and chooses the first", () => {
    const listed: TemplateCheckAction = {
      type: "listed",
      result: { ok: true, sources: { impactMaps: [], beforeAfter: [], analyses: [], contracts: [CONTRACT], portfolios: [PORTFOLIO] } },
    };
    expect(templateCheckReducer(INITIAL_CHECK_STATE, listed)).toEqual({
      list: { phase: "ready", sheets: [CONTRACT, PORTFOLIO] },
      selected: CONTRACT.table,
      check: { phase: "idle" },
    });
  });

  it("lists none from a writer that does not list them", () => {
    const listed: TemplateCheckAction = {
      type: "listed",
      result: { ok: true, sources: { impactMaps: [], beforeAfter: [], analyses: [] } },
    };
    expect(templateCheckReducer(INITIAL_CHECK_STATE, listed).list).toEqual({ phase: "ready", sheets: [] });
  });
});

describe("checkTemplateSheet", () => {
  it("reads a contract by its terms table and a portfolio by its criteria table", async () => {
    const checked = await checkTemplateSheet(reader(), CONTRACT.table);
    expect(checked.type === "checked" && [checked.outcome.template, checked.outcome.sheet]).toEqual(["contract", "Utfallskontrakt"]);
    expect(await checkTemplateSheet(reader(), PORTFOLIO.table)).toEqual({
      type: "checkFailed",
      table: PORTFOLIO.table,
      problem: { kind: "general", code: "TypeError" },
    });
  });

  it("passes on the writer's problem", async () => {
    const missing = reader({
      readOutcomeContract: () => Promise.resolve({ ok: false, problem: { kind: "tableMissing", name: "SroiContractTerms" } }),
    });
    expect(await checkTemplateSheet(missing, CONTRACT.table)).toEqual({
      type: "checkFailed",
      table: CONTRACT.table,
      problem: { kind: "tableMissing", name: "SroiContractTerms" },
    });
  });
});
