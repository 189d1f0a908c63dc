import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Language } from "../../core/language";
import { problemMessage } from "../writerMessages";
import type { WriterProblem } from "../../workbook/ports";

export interface ProblemBarProps {
  readonly problem: WriterProblem;
  readonly language: Language;
  readonly intent?: "error" | "warning";
  /** A sentence added after the problem's text (e.g. about an incomplete sheet). */
  readonly extra?: string;
}

/** A writer problem shown in place, announced to screen readers at once. */
export function ProblemBar({ problem, language, intent = "error", extra }: ProblemBarProps) {
  const { title, body } = problemMessage(problem, language);
  return (
    <MessageBar intent={intent} politeness="assertive" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle> {body}
        {extra ? ` ${extra}` : null}
      </MessageBarBody>
    </MessageBar>
  );
}
