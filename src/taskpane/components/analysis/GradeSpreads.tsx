import { Caption1, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { ROW_ASSUMPTIONS } from "../../../core/analysis";
import type { Dec } from "../../../core/decimal";
import { UNGRADED_AS } from "../../../core/evidence";
import type { Language } from "../../../core/language";
import type { AnalysisForm } from "../../analysisForm";
import { EVIDENCE_STRINGS } from "../../evidenceStrings";
import { MapEvidence, gradeGroups, noRowGraded, ungradedSpread } from "../../mapEvidence";
import { formatShare } from "../../numberFormat";
import { FormSection } from "./FormSection";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface GradeSpreadsProps {
  readonly evidence: MapEvidence;
  readonly form: AnalysisForm;
  readonly language: Language;
}

/**
 * Where the low and high come from for the chosen map: per grade the rows count as, its spread
 * and how many rows (saying how many have no grade); when no row has a grade, a warning that every
 * row then takes D's wide spread. Typed spreads are counted, as they replace the grades.
 */
export function GradeSpreads({ evidence, form, language }: GradeSpreadsProps) {
  const styles = useStyles();
  const t = EVIDENCE_STRINGS[language];
  const own = ROW_ASSUMPTIONS.filter((a) => form.spreads[a].low.trim() !== "" || form.spreads[a].high.trim() !== "").length;
  if (evidence.rows.length === 0 || own === ROW_ASSUMPTIONS.length) return null;
  const percent = (x: Dec) => formatShare(x, language);
  return (
    <FormSection heading={t.gradesHeading} help={t.gradesHelp}>
      {noRowGraded(evidence) ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.noGradesTitle}</MessageBarTitle> {t.noGrades(UNGRADED_AS, percent(ungradedSpread(evidence)))}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <ul className={styles.list}>
          {gradeGroups(evidence).map((g) => (
            <li key={g.grade}>
              <Caption1>
                {g.ungraded > 0
                  ? t.gradeLineUngraded(g.grade, percent(g.spread), g.rows, g.ungraded)
                  : t.gradeLine(g.grade, percent(g.spread), g.rows)}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
      {own > 0 ? <Caption1 className={styles.note}>{t.ownSpreads(own)}</Caption1> : null}
    </FormSection>
  );
}
