import {
  Body1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
  typographyStyles,
  useId,
} from "@fluentui/react-components";
import { forwardRef } from "react";
import { actorLabel, BeforeAfterResult } from "../../../core/actors";
import type { Language } from "../../../core/language";
import type { SummaryCheck } from "../../../templates/beforeAfter";
import { formatAmount, formatDecimal } from "../../numberFormat";
import { BEFORE_AFTER_STRINGS } from "../../beforeAfterStrings";
import { ActorFigures } from "./ActorFigures";
import { SummaryComparison } from "./SummaryComparison";
import { WhoGainsChart } from "./WhoGainsChart";
import { usePanelStyles } from "../panelStyles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2, margin: 0 },
  subheading: { ...typographyStyles.body1Strong, margin: 0 },
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
});

export interface BeforeAfterResultsProps {
  readonly sheet: string;
  readonly result: BeforeAfterResult;
  readonly summary: SummaryCheck;
  /** The sheet's currency, when its format says. */
  readonly currency?: string;
  readonly language: Language;
}

/** Who gains as a chart, then society's and each actor's figures, the transfer check, and how the sheet's own results compare. */
export const BeforeAfterResults = forwardRef<HTMLHeadingElement, BeforeAfterResultsProps>(function BeforeAfterResults(
  { sheet, result, summary, currency, language },
  ref,
) {
  const styles = useStyles();
  const panel = usePanelStyles();
  const t = BEFORE_AFTER_STRINGS[language];
  const headingId = useId("results-heading");
  const balanced = result.transferBalance.isZero();
  const balance = formatAmount(result.transferBalance, language);
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h3 ref={ref} id={headingId} tabIndex={-1} className={panel.resultHeading}>
        {t.resultsHeading(sheet)}
      </h3>
      <Body1 as="p" className={styles.intro}>
        {t.resultsIntro(
          formatDecimal(result.participants, language, result.participants.isInteger() ? 0 : 1),
          String(result.horizonMonths),
        )}
      </Body1>
      <WhoGainsChart result={result} currency={currency} language={language} />
      <h4 className={styles.subheading}>{t.cardsHeading}</h4>
      <ul className={styles.list}>
        <ActorFigures name={actorLabel("society", language)} result={result.society} currency={currency} language={language} society />
        {result.actors.map((actor) => (
          <ActorFigures key={actor.actor} name={actorLabel(actor.actor, language)} result={actor} currency={currency} language={language} />
        ))}
      </ul>
      <MessageBar intent={balanced ? "success" : "error"} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{balanced ? t.transfersTitle : t.transfersUnbalancedTitle}</MessageBarTitle>{" "}
          {balanced ? t.transfersBalanced(balance) : t.transfersUnbalanced(balance)}
        </MessageBarBody>
      </MessageBar>
      <SummaryComparison check={summary} language={language} />
    </section>
  );
});
