import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Language } from "../../../core/language";
import { errorMessage } from "../../../core/messages";
import { impactReadProblemText } from "../../../templates/impactMap";
import { ANALYSIS_STRINGS } from "../../analysisStrings";
import type { RunOutcome } from "../../runAnalysis";
import { ProblemBar } from "../ProblemBar";
import { RowNotes } from "./RowNotes";

export interface OutcomeMessageProps {
  /** Any outcome but a written analysis (AnalysisResults shows that). */
  readonly outcome: Exclude<RunOutcome, { kind: "written" }>;
  readonly language: Language;
  /** False when a settings problem is already shown at its field. */
  readonly showSettings: boolean;
}

/** Why nothing was written: cancelled, the map unreadable (with the rows and their reasons), a setting refused, or Excel's problem. */
export function OutcomeMessage({ outcome, language, showSettings }: OutcomeMessageProps) {
  const t = ANALYSIS_STRINGS[language];
  switch (outcome.kind) {
    case "cancelled":
      return (
        <MessageBar intent="info" aria-labelledby={undefined}>
          <MessageBarBody>{t.cancelled}</MessageBarBody>
        </MessageBar>
      );
    case "unreadable":
      return (
        <>
          <MessageBar intent="error" politeness="assertive" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.readProblemTitle}</MessageBarTitle> {impactReadProblemText(outcome.problem, language)}
            </MessageBarBody>
          </MessageBar>
          {outcome.problem.kind === "noRows" ? <RowNotes skipped={outcome.problem.skipped} capped={[]} language={language} /> : null}
        </>
      );
    case "settings":
      return showSettings ? (
        <MessageBar intent="error" politeness="assertive" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.settingsTitle}</MessageBarTitle> {errorMessage(outcome.error, language)}
          </MessageBarBody>
        </MessageBar>
      ) : null;
    case "writer":
      return <ProblemBar problem={outcome.problem} language={language} />;
  }
}
