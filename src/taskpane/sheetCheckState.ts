import { useCallback, useEffect, useRef } from "react";
import type { Sources, SourcesResult, TableRef, WorkbookReader, WriterProblem } from "../workbook/ports";
import { useSafeReducer } from "./useSafeReducer";

/**
 * The state of a tab that checks a sheet (before/after, contract or portfolio): the sheets found,
 * the one chosen, and the last check of it, with `O` the check's outcome. The transitions are a
 * pure reducer and the reads pure async functions over the injected reader, so both are tested
 * without React; the hook only wires them up.
 */

export type ListState =
  | { readonly phase: "loading" }
  | { readonly phase: "ready"; readonly sheets: readonly TableRef[] }
  | { readonly phase: "failed"; readonly problem: WriterProblem };

type CheckState<O> =
  | { readonly phase: "idle" }
  | { readonly phase: "busy"; readonly table: string }
  | { readonly phase: "failed"; readonly table: string; readonly problem: WriterProblem }
  | { readonly phase: "done"; readonly table: string; readonly outcome: O };

export interface SheetCheckState<O> {
  readonly list: ListState;
  /** The table that stands for the chosen sheet. */
  readonly selected: string | undefined;
  readonly check: CheckState<O>;
}

export type SheetCheckAction<O> =
  | { readonly type: "listing" }
  | { readonly type: "listed"; readonly result: SourcesResult }
  | { readonly type: "choose"; readonly table: string }
  | { readonly type: "checking"; readonly table: string }
  | { readonly type: "checked"; readonly table: string; readonly outcome: O }
  | { readonly type: "checkFailed"; readonly table: string; readonly problem: WriterProblem };

export const INITIAL_CHECK_STATE: SheetCheckState<never> = { list: { phase: "loading" }, selected: undefined, check: { phase: "idle" } };

const IDLE = { phase: "idle" } as const;

/**
 * The reducer of a check over the sheets `pick` takes from the workbook's sources:
 * - Listing again keeps a list already shown until the new one arrives.
 * - A new list keeps the chosen sheet while it is still there, else chooses the first; a check of
 *   a sheet no longer listed is dropped.
 * - Choosing another sheet drops the last check (it was of another sheet).
 * - A check starts only when none runs; its outcome counts only for the sheet it was started on.
 */
export function sheetCheckReducer<O>(
  pick: (sources: Sources) => readonly TableRef[],
): (state: SheetCheckState<O>, action: SheetCheckAction<O>) => SheetCheckState<O> {
  return (state, action) => {
    switch (action.type) {
      case "listing":
        // A list already shown stays while it is read again (the tab lists again each time it is shown).
        return state.list.phase === "ready" ? state : { ...state, list: { phase: "loading" } };
      case "listed": {
        if (!action.result.ok) return { ...state, list: { phase: "failed", problem: action.result.problem } };
        const sheets = pick(action.result.sources);
        const has = (table: string | undefined): boolean => sheets.some((s) => s.table === table);
        const selected = has(state.selected) ? state.selected : sheets[0]?.table;
        const check = state.check.phase !== "idle" && has(state.check.table) && state.check.table === selected ? state.check : IDLE;
        return { list: { phase: "ready", sheets }, selected, check };
      }
      case "choose":
        if (state.check.phase === "busy" || action.table === state.selected) return state;
        return { ...state, selected: action.table, check: IDLE };
      case "checking":
        if (state.check.phase === "busy" || action.table !== state.selected) return state;
        return { ...state, check: { phase: "busy", table: action.table } };
      case "checked":
      case "checkFailed": {
        if (state.check.phase !== "busy" || state.check.table !== action.table) return state;
        const check: CheckState<O> =
          action.type === "checked"
            ? { phase: "done", table: action.table, outcome: action.outcome }
            : { phase: "failed", table: action.table, problem: action.problem };
        return { ...state, check };
      }
    }
  };
}

/** An exception from a reader as a problem. */
export function unexpected(error: unknown): WriterProblem {
  return { kind: "general", code: error instanceof Error ? error.name : "Unknown" };
}

/** Lists the workbook's sources; a reader that throws gives a problem, not an exception. */
export async function listSheets(reader: Pick<WorkbookReader, "listSources">): Promise<SheetCheckAction<never>> {
  try {
    return { type: "listed", result: await reader.listSources() };
  } catch (error) {
    return { type: "listed", result: { ok: false, problem: unexpected(error) } };
  }
}

export interface SheetCheckHook<O> {
  readonly state: SheetCheckState<O>;
  readonly refresh: () => Promise<void>;
  readonly choose: (table: string) => void;
  readonly check: () => Promise<void>;
}

/**
 * Lists the sheets on mount; refresh, choose and check on demand. `reducer` and `checkSheet` must
 * be stable (module-level or memoised). Nothing is written.
 */
export function useSheetCheck<O>(
  reducer: (state: SheetCheckState<O>, action: SheetCheckAction<O>) => SheetCheckState<O>,
  reader: Pick<WorkbookReader, "listSources">,
  checkSheet: (table: string) => Promise<SheetCheckAction<O>>,
): SheetCheckHook<O> {
  const [state, safely] = useSafeReducer(reducer, INITIAL_CHECK_STATE as SheetCheckState<O>);
  const running = useRef(false);
  const latest = useRef(state);
  latest.current = state;

  const refresh = useCallback(async () => {
    safely({ type: "listing" });
    safely(await listSheets(reader));
  }, [reader, safely]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const check = useCallback(async () => {
    const { selected } = latest.current;
    if (selected === undefined || running.current) return;
    running.current = true;
    safely({ type: "checking", table: selected });
    const outcome = await checkSheet(selected);
    running.current = false;
    safely(outcome);
  }, [checkSheet, safely]);

  const choose = useCallback((table: string) => safely({ type: "choose", table }), [safely]);

  return { state, refresh, choose, check };
}
