import type { Language } from "../../core/language";
import type { SheetCheckState } from "../sheetCheckState";

/** What the pane gives a tab that checks a sheet (before/after, contract, portfolio) with `reader`. */
export interface SheetCheckPanelProps<R> {
  readonly reader: R;
  readonly language: Language;
  /** Shows a sheet by name (the pane passes its writer's activateSheet). */
  readonly onOpenSheet?: (name: string) => void;
  /** Selects a cell on a sheet (the pane passes its writer's selectCell). */
  readonly onSelectCell?: (sheet: string, cell: string) => void;
  /** True while the tab is shown: the sheets are listed again each time it is. */
  readonly shown?: boolean;
  /** How many times the Sheets tab has created sheets: the sheets are listed again after each. */
  readonly sheetsCreated?: number;
}

/** What a check tab's view gets: the state and the actions, no hooks into Excel. */
export interface SheetCheckViewProps<O> {
  readonly state: SheetCheckState<O>;
  readonly language: Language;
  readonly onRefresh: () => void;
  readonly onChoose: (table: string) => void;
  readonly onCheck: () => void;
  readonly onOpenSheet?: (name: string) => void;
  readonly onSelectCell?: (sheet: string, cell: string) => void;
}

/** The texts a check tab's status line reads out. */
export interface StatusTexts {
  readonly listing: string;
  readonly checking: string;
  readonly problemsHeading: (count: number) => string;
  readonly checked: (sheet: string) => string;
}

/** What the status line of a check tab reads out for a state. */
export function statusText<O extends { readonly kind: string; readonly sheet: string; readonly problems?: readonly unknown[] }>(
  state: SheetCheckState<O>,
  t: StatusTexts,
): string {
  if (state.list.phase === "loading") return t.listing;
  const { check } = state;
  if (check.phase === "busy") return t.checking;
  if (check.phase !== "done") return "";
  const outcome = check.outcome;
  return outcome.kind === "problems" ? t.problemsHeading(outcome.problems?.length ?? 0) : t.checked(outcome.sheet);
}
