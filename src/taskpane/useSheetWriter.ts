import { useCallback, useEffect, useRef, useState } from "react";
import type { TemplateId, TemplateOptions } from "../templates/kit";
import type { CreatedSheet, SheetWriter, WriterProblem } from "../workbook/ports";

/** Where the pane's one action stands. */
type WriterState =
  | { readonly phase: "idle" }
  | { readonly phase: "busy"; readonly done: number; readonly total: number }
  | { readonly phase: "done"; readonly sheets: readonly CreatedSheet[] }
  | { readonly phase: "failed"; readonly problem: WriterProblem; readonly sheets: readonly CreatedSheet[]; readonly cleanedUp: boolean };

export interface SheetWriterHook {
  readonly state: WriterState;
  /** A problem opening a sheet from the result list, if the last attempt failed. */
  readonly activationProblem: WriterProblem | undefined;
  readonly create: (templates: readonly TemplateId[], options: TemplateOptions) => Promise<void>;
  readonly activate: (name: string) => Promise<void>;
}

/**
 * The pane's only way to Excel: calls the injected writer, tracks progress and keeps the outcome
 * as state. Ignores a second create while one runs and updates nothing after unmount.
 */
export function useSheetWriter(writer: Pick<SheetWriter, "createSheets" | "activateSheet">): SheetWriterHook {
  const [state, setState] = useState<WriterState>({ phase: "idle" });
  const [activationProblem, setActivationProblem] = useState<WriterProblem | undefined>();
  const mounted = useRef(true);
  const running = useRef(false);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const create = useCallback(
    async (templates: readonly TemplateId[], options: TemplateOptions) => {
      if (running.current) return;
      running.current = true;
      setActivationProblem(undefined);
      setState({ phase: "busy", done: 0, total: templates.length });
      const onProgress = (done: number, total: number) => {
        if (mounted.current) setState({ phase: "busy", done, total });
      };
      let next: WriterState;
      try {
        const result = await writer.createSheets({ templates, options, onProgress });
        next = result.ok
          ? { phase: "done", sheets: result.sheets }
          : { phase: "failed", problem: result.problem, sheets: result.sheets, cleanedUp: result.cleanedUp };
      } catch (error) {
        next = {
          phase: "failed",
          problem: { kind: "general", code: error instanceof Error ? error.name : "Unknown" },
          sheets: [],
          cleanedUp: false,
        };
      } finally {
        running.current = false;
      }
      if (mounted.current) setState(next);
    },
    [writer],
  );

  const activate = useCallback(
    async (name: string) => {
      let problem: WriterProblem | undefined;
      try {
        const result = await writer.activateSheet(name);
        problem = result.ok ? undefined : result.problem;
      } catch (error) {
        problem = { kind: "general", code: error instanceof Error ? error.name : "Unknown" };
      }
      if (mounted.current) setActivationProblem(problem);
    },
    [writer],
  );

  return { state, activationProblem, create, activate };
}
