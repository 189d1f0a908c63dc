import { Field, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner, Tab, TabList, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useState } from "react";
import { LANGUAGES, Language } from "../../core/language";
import type { SheetWriter } from "../../workbook/ports";
import { LANGUAGE_NAMES, STRINGS } from "../strings";
import { CreatePanel } from "./CreatePanel";

// The Analysis and Before/after tabs (with the analysis core and the report builder) load when first
// opened, so the pane's first screen needs only the Sheets tab's code.
const AnalysisPanel = lazy(() => import("./analysis/AnalysisPanel").then((m) => ({ default: m.AnalysisPanel })));
const BeforeAfterPanel = lazy(() => import("./beforeAfter/BeforeAfterPanel").then((m) => ({ default: m.BeforeAfterPanel })));

const useStyles = makeStyles({
  main: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXXL}`,
    maxWidth: "560px",
    boxSizing: "border-box",
  },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  title: { margin: 0 },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalMNudge})` },
});

export type PaneTab = "create" | "analysis" | "beforeAfter";

export interface PaneProps {
  readonly writer: SheetWriter;
  readonly initialLanguage: Language;
  readonly inOffice: boolean;
  readonly thisYear: number;
  /** The tab shown first (tests open others directly). */
  readonly initialTab?: PaneTab;
  /** Tells the surrounding provider the chosen language (the pane's texts follow it). */
  readonly onLanguage?: (language: Language) => void;
}

/**
 * The whole pane: the language of the pane and of the sheets it writes, and three tabs — create
 * template sheets, analyse an impact map, check a before/after sheet. Each tab keeps its state
 * while another is shown.
 */
export function Pane({ writer, initialLanguage, inOffice, thisYear, initialTab = "create", onLanguage }: PaneProps) {
  const styles = useStyles();
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [tab, setTab] = useState<PaneTab>(initialTab);
  // A tab's panel mounts when it is first shown (so opening the pane asks nothing of Excel), then stays.
  const [opened, setOpened] = useState<ReadonlySet<PaneTab>>(() => new Set([initialTab]));
  const t = STRINGS[language];
  const choose = (next: Language) => {
    setLanguage(next);
    onLanguage?.(next);
  };
  const show = (next: PaneTab) => {
    setTab(next);
    setOpened((s) => new Set(s).add(next));
  };
  const panels: Record<PaneTab, JSX.Element> = {
    create: <CreatePanel writer={writer} language={language} thisYear={thisYear} />,
    analysis: <AnalysisPanel writer={writer} language={language} />,
    beforeAfter: <BeforeAfterPanel reader={writer} language={language} onOpenSheet={(name) => void writer.activateSheet(name)} />,
  };
  return (
    <main className={styles.main} lang={language}>
      <header className={styles.header}>
        <Title3 as="h1" block className={styles.title}>
          {t.heading}
        </Title3>
        <Field label={t.language}>
          <RadioGroup layout="horizontal" value={language} onChange={(_, data) => choose(data.value as Language)}>
            {LANGUAGES.map((l) => (
              <Radio key={l} value={l} label={LANGUAGE_NAMES[l]} lang={l} />
            ))}
          </RadioGroup>
        </Field>
        <TabList className={styles.tabs} aria-label={t.tabs} selectedValue={tab} onTabSelect={(_, data) => show(data.value as PaneTab)}>
          <Tab value="create">{t.tabCreate}</Tab>
          <Tab value="analysis">{t.tabAnalysis}</Tab>
          <Tab value="beforeAfter">{t.tabBeforeAfter}</Tab>
        </TabList>
      </header>
      {!inOffice ? (
        <MessageBar intent="info">
          <MessageBarBody>{t.outsideOffice}</MessageBarBody>
        </MessageBar>
      ) : null}
      {(Object.keys(panels) as PaneTab[])
        .filter((key) => opened.has(key))
        .map((key) => (
          <div key={key} role="tabpanel" aria-label={{ create: t.tabCreate, analysis: t.tabAnalysis, beforeAfter: t.tabBeforeAfter }[key]} hidden={key !== tab}>
            <Suspense fallback={<Spinner size="small" label={t.loading} />}>{panels[key]}</Suspense>
          </div>
        ))}
    </main>
  );
}
