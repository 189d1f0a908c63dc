import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { actorLabel } from "../../../core/actors";
import type { Language } from "../../../core/language";
import type { SummaryCheck, SummaryDifference } from "../../../templates/beforeAfter";
import { formatCell, formatDecimal } from "../../numberFormat";
import { BEFORE_AFTER_STRINGS } from "../../beforeAfterStrings";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

/** Differences are shown to the hundredth, so that a small one does not read as two equal figures. */
const PLACES = 2;

/** One difference in words: "Region, change per month: the sheet shows 1 000,00, the add-in computes 2 400,00." */
export function differenceText(d: SummaryDifference, language: Language): string {
  const t = BEFORE_AFTER_STRINGS[language];
  const core = d.core === null ? t.never : formatDecimal(d.core, language, PLACES);
  return t.difference(actorLabel(d.actor, language), t.figures[d.figure], formatCell(d.sheet, language, t.blank, PLACES), core);
}

export interface SummaryComparisonProps {
  readonly check: SummaryCheck;
  readonly language: Language;
}

/** Whether the sheet's own Summary shows what the core computes, naming every figure that differs. */
export function SummaryComparison({ check, language }: SummaryComparisonProps) {
  const styles = useStyles();
  const t = BEFORE_AFTER_STRINGS[language];
  if (check.kind === "unavailable") return <Note intent="info" text={t.summaryUnavailable} />;
  if (check.kind === "blank") return <Note intent="warning" text={t.summaryBlank} />;
  const missing =
    check.missingRows.length > 0 ? t.summaryRowsMissing(check.missingRows.map((a) => actorLabel(a, language)).join(", ")) : undefined;
  if (check.differences.length === 0)
    return <Note intent={missing ? "info" : "success"} text={missing ? `${t.summaryAgrees} ${missing}` : t.summaryAgrees} />;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.summaryDiffers}</MessageBarTitle> {t.summaryDiffersNote}
        <ul className={styles.list}>
          {check.differences.map((d) => (
            <li key={`${d.actor}-${d.figure}`}>{differenceText(d, language)}</li>
          ))}
        </ul>
        {missing}
      </MessageBarBody>
    </MessageBar>
  );
}

function Note({ intent, text }: { readonly intent: "info" | "warning" | "success"; readonly text: string }) {
  return (
    <MessageBar intent={intent} layout="multiline" aria-labelledby={undefined}>
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
