import { useCallback } from "react";
import type { WorkbookReader } from "../workbook/ports";
import { checkBeforeAfterCells, CheckOutcome } from "./beforeAfterCheck";
import {
  INITIAL_CHECK_STATE,
  listSheets,
  SheetCheckAction,
  SheetCheckHook,
  sheetCheckReducer,
  SheetCheckState,
  unexpected,
  useSheetCheck,
} from "./sheetCheckState";

/**
 * The before/after check's state: the before/after sheets found, the one chosen (by its groups
 * table), and the last check of it, on the shared state of the pane's checks (sheetCheckState.ts).
 */

export type BeforeAfterReader = Pick<WorkbookReader, "listSources" | "readBeforeAfter">;
export type { ListState } from "./sheetCheckState";
export type BeforeAfterState = SheetCheckState<CheckOutcome>;
export type BeforeAfterAction = SheetCheckAction<CheckOutcome>;

export const INITIAL_STATE: BeforeAfterState = INITIAL_CHECK_STATE;

/** See sheetCheckReducer; the sheets are the before/after sheets. */
export const beforeAfterReducer = sheetCheckReducer<CheckOutcome>((sources) => sources.beforeAfter);

/** Lists the workbook's sources; a reader that throws gives a problem, not an exception. */
export const listBeforeAfter = (reader: BeforeAfterReader): Promise<BeforeAfterAction> => listSheets(reader);

/** Reads one sheet and checks it; never throws. */
export async function checkBeforeAfter(reader: BeforeAfterReader, table: string): Promise<BeforeAfterAction> {
  try {
    const read = await reader.readBeforeAfter(table);
    if (!read.ok) return { type: "checkFailed", table, problem: read.problem };
    return { type: "checked", table, outcome: checkBeforeAfterCells(read.cells, read.currency) };
  } catch (error) {
    return { type: "checkFailed", table, problem: unexpected(error) };
  }
}

export type BeforeAfterCheckHook = SheetCheckHook<CheckOutcome>;

/** Lists the before/after sheets on mount; refresh, choose and check on demand. Nothing is written. */
export function useBeforeAfterCheck(reader: BeforeAfterReader): BeforeAfterCheckHook {
  const checkSheet = useCallback((table: string) => checkBeforeAfter(reader, table), [reader]);
  return useSheetCheck(beforeAfterReducer, reader, checkSheet);
}
