import type { CheckOutcome } from "../../src/taskpane/beforeAfterCheck";
import {
  BeforeAfterAction,
  BeforeAfterReader,
  BeforeAfterState,
  beforeAfterReducer,
  checkBeforeAfter,
  INITIAL_STATE,
  listBeforeAfter,
} from "../../src/taskpane/useBeforeAfterCheck";
import type { SourcesResult, TableRef } from "../../src/workbook/ports";
import { exampleCells } from "../templates/beforeAfter/beforeAfterSheet";

/** The before/after check's state logic (src/taskpane/useBeforeAfterCheck.ts), without React. */

const A: TableRef = { table: "SroiBeforeAfterGroups", sheet: "Före och efter" };
const B: TableRef = { table: "SroiBeforeAfterGroups_2", sheet: "Före och efter (2)" };
const listed = (...beforeAfter: TableRef[]): BeforeAfterAction => ({
  type: "listed",
  result: { ok: true, sources: { impactMaps: [], beforeAfter, analyses: [] } },
});
const outcome: CheckOutcome = { kind: "problems", sheet: A.sheet, problems: [] };

const run = (actions: readonly BeforeAfterAction[], from: BeforeAfterState = INITIAL_STATE): BeforeAfterState =>
  actions.reduce(beforeAfterReducer, from);

describe("beforeAfterReducer", () => {
  it("starts listing, with nothing chosen or checked", () => {
    expect(INITIAL_STATE).toEqual({ list: { phase: "loading" }, selected: undefined, check: { phase: "idle" } });
  });

  it("chooses the first sheet found, and none when there is none", () => {
    expect(run([listed(A, B)])).toEqual({ list: { phase: "ready", sheets: [A, B] }, selected: A.table, check: { phase: "idle" } });
    expect(run([listed()])).toEqual({ list: { phase: "ready", sheets: [] }, selected: undefined, check: { phase: "idle" } });
  });

  it("keeps the chosen sheet and its check across a refresh while the sheet is still there", () => {
    const checked = run([
      listed(A, B),
      { type: "choose", table: B.table },
      { type: "checking", table: B.table },
      { type: "checked", table: B.table, outcome },
    ]);
    expect(run([{ type: "listing" }, listed(B, A)], checked)).toEqual({
      list: { phase: "ready", sheets: [B, A] },
      selected: B.table,
      check: { phase: "done", table: B.table, outcome },
    });
    expect(run([{ type: "listing" }, listed(A)], checked)).toEqual({
      list: { phase: "ready", sheets: [A] },
      selected: A.table,
      check: { phase: "idle" },
    });
  });

  it("keeps showing the list while it is read again", () => {
    const shown = run([listed(A, B)]);
    expect(run([{ type: "listing" }], shown)).toBe(shown);
    expect(run([{ type: "listing" }], run([{ type: "listed", result: { ok: false, problem: { kind: "notNow" } } }])).list).toEqual({
      phase: "loading",
    });
  });

  it("shows a failed listing as its problem", () => {
    const failed: SourcesResult = { ok: false, problem: { kind: "cellEditMode" } };
    expect(run([{ type: "listed", result: failed }]).list).toEqual({ phase: "failed", problem: { kind: "cellEditMode" } });
  });

  it("drops the last check when another sheet is chosen", () => {
    const state = run([
      listed(A, B),
      { type: "checking", table: A.table },
      { type: "checked", table: A.table, outcome },
      { type: "choose", table: B.table },
    ]);
    expect(state).toMatchObject({ selected: B.table, check: { phase: "idle" } });
  });

  it("runs one check at a time, of the chosen sheet, and keeps only its own outcome", () => {
    const busy = run([listed(A, B), { type: "checking", table: A.table }]);
    expect(busy.check).toEqual({ phase: "busy", table: A.table });
    expect(
      run(
        [
          { type: "checking", table: A.table },
          { type: "choose", table: B.table },
        ],
        busy,
      ),
    ).toBe(busy);
    expect(run([{ type: "checked", table: B.table, outcome }], busy)).toBe(busy);
    expect(run([{ type: "checkFailed", table: A.table, problem: { kind: "noExcel" } }], busy).check).toEqual({
      phase: "failed",
      table: A.table,
      problem: { kind: "noExcel" },
    });
    expect(run([{ type: "checking", table: B.table }], run([listed(A, B)]))).toEqual(run([listed(A, B)]));
  });
});

/** A reader that answers with what it is given, or throws it. */
function reader(answers: {
  list?: SourcesResult | Error;
  read?: Awaited<ReturnType<BeforeAfterReader["readBeforeAfter"]>> | Error;
}): BeforeAfterReader {
  const answer = <T>(a: T | Error | undefined): Promise<T> =>
    a instanceof Error || a === undefined ? Promise.reject(a ?? new Error("not expected")) : Promise.resolve(a);
  return { listSources: () => answer(answers.list), readBeforeAfter: () => answer(answers.read) };
}

describe("listBeforeAfter", () => {
  it("passes the reader's answer on, and turns a throw into a problem", async () => {
    const ok: SourcesResult = { ok: true, sources: { impactMaps: [], beforeAfter: [A], analyses: [] } };
    expect(await listBeforeAfter(reader({ list: ok }))).toEqual({ type: "listed", result: ok });
    expect(await listBeforeAfter(reader({ list: new TypeError("boom") }))).toEqual({
      type: "listed",
      result: { ok: false, problem: { kind: "general", code: "TypeError" } },
    });
  });
});

describe("checkBeforeAfter", () => {
  it("checks the cells read", async () => {
    const action = await checkBeforeAfter(reader({ read: { ok: true, cells: exampleCells("sv") } }), A.table);
    expect(action.type === "checked" && action.outcome.kind).toBe("results");
  });

  it("passes a read problem on, and turns a throw into a problem", async () => {
    expect(await checkBeforeAfter(reader({ read: { ok: false, problem: { kind: "tableMissing", name: A.table } } }), A.table)).toEqual({
      type: "checkFailed",
      table: A.table,
      problem: { kind: "tableMissing", name: A.table },
    });
    expect(await checkBeforeAfter(reader({ read: new RangeError("odd") }), A.table)).toEqual({
      type: "checkFailed",
      table: A.table,
      problem: { kind: "general", code: "RangeError" },
    });
  });
});
