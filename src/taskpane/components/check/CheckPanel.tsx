import { SheetCheckPanelProps, SheetCheckViewProps } from "../checkPanelProps";
import { CheckActions } from "../CheckActions";
import { Body1, makeStyles, tokens, useId } from "@fluentui/react-components";
import { forwardRef, useEffect, useRef } from "react";
import type { Language } from "../../../core/language";
import { TEMPLATE_INFO } from "../../../templates/kit";
import type { TableRef } from "../../../workbook/ports";
import { STRINGS } from "../../strings";
import { kindOfTable, TemplateOutcome, templateProblemTexts } from "../../templateCheck";
import { TEMPLATE_CHECK_STRINGS } from "../../templateCheckStrings";
import { useRefreshWhenShown } from "../../useRefreshWhenShown";
import { TemplateReader, useTemplateCheck } from "../../useTemplateCheck";
import { CellProblemList } from "../CellProblemList";
import { PanelHeading } from "../PanelHeading";
import { usePanelStyles } from "../panelStyles";
import { ProblemBar } from "../ProblemBar";
import { OpenSheetLink, SourceList, SourcePicker } from "../SourcePicker";
import { FigureList } from "./FigureList";

const useStyles = makeStyles({
  results: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2, margin: 0 },
});

export type CheckPanelProps = SheetCheckPanelProps<TemplateReader>;

/** The contract and portfolio check: choose a sheet, check it, then see every problem or the key figures compared. Read-only. */
export function CheckPanel({ reader, language, onOpenSheet, onSelectCell, shown = true, sheetsCreated = 0 }: CheckPanelProps) {
  const { state, refresh, choose, check } = useTemplateCheck(reader);
  useRefreshWhenShown(shown, sheetsCreated, refresh);
  return (
    <CheckView
      state={state}
      language={language}
      onRefresh={() => void refresh()}
      onChoose={choose}
      onCheck={() => void check()}
      onOpenSheet={onOpenSheet}
      onSelectCell={onSelectCell}
    />
  );
}

type CheckViewProps = SheetCheckViewProps<TemplateOutcome>;

/** An option's text: the sheet's name, with its kind when the name does not say it. */
function optionText(ref: TableRef, language: Language): string {
  const kind = TEMPLATE_CHECK_STRINGS[language].kinds[kindOfTable(ref.table)];
  return ref.sheet.toLocaleLowerCase().includes(kind.toLocaleLowerCase()) ? ref.sheet : `${ref.sheet} (${kind})`;
}

/** The panel for a given state (no hooks into Excel), so it renders on a server and in tests. */
function CheckView({ state, language, onRefresh, onChoose, onCheck, onOpenSheet, onSelectCell }: CheckViewProps) {
  const panel = usePanelStyles();
  const t = TEMPLATE_CHECK_STRINGS[language];
  const heading = useRef<HTMLHeadingElement>(null);
  const { list, selected, check } = state;
  const busy = check.phase === "busy";
  const outcome = check.phase === "done" ? check.outcome : undefined;
  const sources: SourceList = list.phase === "ready" ? { phase: "ready", refs: list.sheets } : list;
  const chosen = list.phase === "ready" ? list.sheets.find((s) => s.table === selected) : undefined;

  useEffect(() => {
    if (check.phase === "done") heading.current?.focus();
  }, [check]);

  const texts = {
    label: t.sheetLabel,
    hint: t.sheetHint,
    refresh: t.refresh,
    listing: t.listing,
    emptyTitle: t.noSheetsTitle,
    empty: t.noSheets(TEMPLATE_INFO.outcomeContract.title[language], TEMPLATE_INFO.portfolio.title[language], STRINGS[language].create),
  };
  return (
    <section className={panel.root} lang={language} aria-label={t.heading}>
      <PanelHeading title={t.heading} intro={outcome === undefined ? t.intro : undefined} />
      {check.phase === "failed" ? <ProblemBar problem={check.problem} language={language} /> : null}
      {outcome?.kind === "problems" ? (
        <CellProblemList
          ref={heading}
          heading={t.problemsHeading(outcome.problems.length)}
          intro={outcome.problems.every((p) => p.source === "sheet") ? t.layoutIntro : t.problemsIntro}
          sheet={outcome.sheet}
          items={outcome.problems.map((p) => templateProblemTexts(p, language))}
          selectLabel={t.selectCell}
          onSelectCell={onSelectCell}
        />
      ) : null}
      {outcome?.kind === "results" ? <Results ref={heading} outcome={outcome} language={language} onSelectCell={onSelectCell} /> : null}
      <SourcePicker
        list={sources}
        selected={selected}
        texts={texts}
        optionText={(ref) => optionText(ref, language)}
        language={language}
        disabled={busy}
        onChoose={onChoose}
        onRefresh={onRefresh}
      >
        {onOpenSheet && chosen ? <OpenSheetLink sheet={chosen.sheet} label={t.openSheet(chosen.sheet)} onOpen={onOpenSheet} /> : null}
      </SourcePicker>
      <CheckActions state={state} language={language} texts={TEMPLATE_CHECK_STRINGS[language]} onCheck={onCheck} />
    </section>
  );
}

interface ResultsProps {
  readonly outcome: Extract<TemplateOutcome, { kind: "results" }>;
  readonly language: Language;
  readonly onSelectCell?: (sheet: string, cell: string) => void;
}

/** The key figures of a sheet with valid inputs, the add-in's beside the sheet's. */
const Results = forwardRef<HTMLHeadingElement, ResultsProps>(function Results({ outcome, language, onSelectCell }, ref) {
  const styles = useStyles();
  const panel = usePanelStyles();
  const t = TEMPLATE_CHECK_STRINGS[language];
  const headingId = useId("figures-heading");
  return (
    <section className={styles.results} aria-labelledby={headingId}>
      <h3 ref={ref} id={headingId} tabIndex={-1} className={panel.resultHeading}>
        {t.resultsHeading(outcome.sheet)}
      </h3>
      <Body1 as="p" className={styles.intro}>
        {t.resultsIntro[outcome.template]}
      </Body1>
      <FigureList sheet={outcome.sheet} figures={outcome.figures} language={language} labelledBy={headingId} onSelectCell={onSelectCell} />
    </section>
  );
});
