import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Language } from "../../../core/language";
import type { RunEstimate } from "../../analysisWorker/estimate";
import { longRunText } from "../../longRunStrings";

export interface LongRunQuestionProps {
  readonly estimate: RunEstimate;
  readonly language: Language;
  /** The runs to do, or null to stop. */
  readonly onAnswer: (runs: number | null) => void;
}

/** Before a Monte Carlo estimated at over a minute: go on, run the number that fits in a minute, or cancel. */
export function LongRunQuestion({ estimate, language, onAnswer }: LongRunQuestionProps) {
  const t = longRunText(estimate, language);
  return (
    <MessageBar intent="warning" politeness="assertive" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.title}</MessageBarTitle> {t.body}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={() => onAnswer(estimate.suggestedRuns)}>
          {t.lower}
        </Button>
        <Button onClick={() => onAnswer(estimate.runs)}>{t.goOn}</Button>
        <Button onClick={() => onAnswer(null)}>{t.cancel}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
