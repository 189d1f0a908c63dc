import { useCallback, useRef } from "react";
import type { InsertUnitCostRequest, InsertUnitCostResult, SheetWriter } from "../workbook/ports";
import { useSafeReducer } from "./useSafeReducer";

/** Where "Insert a unit cost" stands: nothing asked yet, asking Excel, or Excel's answer for an entry. */
type UnitCostInsertState =
  | { readonly phase: "idle" }
  | { readonly phase: "busy"; readonly entryId: string }
  | { readonly phase: "answered"; readonly entryId: string; readonly result: InsertUnitCostResult }
  /** The person said no to overwriting. */
  | { readonly phase: "cancelled" };

type Action = UnitCostInsertState;

export interface UnitCostInsertHook {
  readonly state: UnitCostInsertState;
  /** Asks the writer to insert (a second call while one runs is ignored). */
  readonly insert: (request: InsertUnitCostRequest) => Promise<void>;
  readonly cancel: () => void;
  /** Forgets the last answer (another figure was chosen). */
  readonly reset: () => void;
}

/** Calls the writer's insertUnitCost and keeps its answer; an exception becomes a writer problem. */
export function useUnitCostInsert(writer: Pick<SheetWriter, "insertUnitCost">): UnitCostInsertHook {
  const [state, dispatch] = useSafeReducer<UnitCostInsertState, Action>((_, next) => next, { phase: "idle" });
  const running = useRef(false);
  const insert = useCallback(
    async (request: InsertUnitCostRequest) => {
      if (running.current) return;
      running.current = true;
      dispatch({ phase: "busy", entryId: request.entryId });
      let result: InsertUnitCostResult;
      try {
        result = await writer.insertUnitCost(request);
      } catch (error) {
        result = { outcome: "problem", problem: { kind: "general", code: error instanceof Error ? error.name : "Unknown" } };
      } finally {
        running.current = false;
      }
      dispatch({ phase: "answered", entryId: request.entryId, result });
    },
    [writer, dispatch],
  );
  const cancel = useCallback(() => dispatch({ phase: "cancelled" }), [dispatch]);
  const reset = useCallback(() => dispatch({ phase: "idle" }), [dispatch]);
  return { state, insert, cancel, reset };
}
