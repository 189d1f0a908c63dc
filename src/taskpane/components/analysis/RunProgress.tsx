import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../../../core/language";
import { formatWhole } from "../../numberFormat";
import { ANALYSIS_STRINGS } from "../../analysisStrings";
import type { RunProgress as Progressing } from "../../runAnalysis";
import { Progress } from "../Progress";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  cancel: { alignSelf: "flex-start" },
});

/** What a step of the run is called while it runs ("Monte Carlo: 1 200 of 5 000 runs"). */
export function progressText(progress: Progressing, language: Language): string {
  const t = ANALYSIS_STRINGS[language];
  switch (progress.step) {
    case "reading":
      return t.reading;
    case "computing":
      return t.computing;
    case "simulating":
      return t.simulating(formatWhole(progress.done, language), formatWhole(progress.total, language));
    case "writing":
      return t.writing;
  }
}

export interface RunProgressProps {
  readonly progress: Progressing;
  readonly cancelling: boolean;
  readonly language: Language;
  readonly onCancel: () => void;
}

/** Spinner, text and bar while the analysis runs, with a Cancel that stops it before anything is written. */
export function RunProgress({ progress, cancelling, language, onCancel }: RunProgressProps) {
  const styles = useStyles();
  const t = ANALYSIS_STRINGS[language];
  const simulating = progress.step === "simulating";
  return (
    <div className={styles.root}>
      <Progress
        label={cancelling ? t.cancelling : progressText(progress, language)}
        done={simulating ? progress.done : 0}
        total={simulating ? progress.total : 0}
      />
      <Button className={styles.cancel} disabled={cancelling || progress.step === "writing"} onClick={onCancel}>
        {t.cancel}
      </Button>
    </div>
  );
}
