import type { Language } from "../../../core/language";
import type { AnalysisField, AnalysisFieldProblems, AnalysisForm } from "../../analysisForm";

/** What every part of the analysis form is given. */
export interface FormPartProps {
  readonly form: AnalysisForm;
  /** Problems to show now (of fields the user has left, or all after a run was asked for). */
  readonly problems: AnalysisFieldProblems;
  readonly language: Language;
  readonly disabled: boolean;
  readonly onChange: (update: (form: AnalysisForm) => AnalysisForm) => void;
  readonly onLeave: (field: AnalysisField) => void;
  /** The id of a field's control (the summary of problems links to it). */
  readonly idOf: (field: AnalysisField) => string;
}

/** The parts of the form that fold out: the advanced settings, and inside them the per-assumption tables. */
export type FoldOut = "advanced" | "steps" | "spreads";

/** A Field's validation props for a problem (or none). */
export function validation(problem: string | undefined): { validationMessage: string | undefined; validationState: "error" | "none" } {
  return { validationMessage: problem, validationState: problem ? "error" : "none" };
}
