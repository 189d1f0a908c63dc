import {
  Divider,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { LANGUAGES, Language } from "../../core/language";
import type { SheetWriter } from "../../workbook/ports";
import { LANGUAGE_NAMES, STRINGS } from "../strings";
import { CreatePanel } from "./CreatePanel";
import { PartBoundary, lazyPart } from "./LazyPart";
import { LazyUnitCostPicker } from "./unitCosts/LazyUnitCostPicker";

// The Analysis, Before/after and Check tabs (with the analysis core and the report builder) load when first
// opened, and the unit-cost picker right after the first paint, so the pane's first screen needs only the
// create panel's code.
const AnalysisPanel = lazyPart(() => import("./analysis/AnalysisPanel").then((m) => m.AnalysisPanel));
const BeforeAfterPanel = lazyPart(() => import("./beforeAfter/BeforeAfterPanel").then((m) => m.BeforeAfterPanel));
const CheckPanel = lazyPart(() => import("./check/CheckPanel").then((m) => m.CheckPanel));

const useStyles = makeStyles({
  root: {
    maxWidth: "560px",
    minWidth: 0,
    boxSizing: "border-box",
    // Fluent's inputs show focus as an underline only; a ring is easier to see.
    "& .fui-Input:focus-within, & .fui-Select:focus-within": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
    },
  },
  header: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL} 0`,
  },
  title: { margin: 0 },
  nav: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    padding: `0 ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tabs: {
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalMNudge})`,
    // Four tabs fit a narrow pane (320 px) in either language with smaller names and less room around them.
    "@media (max-width: 399px)": {
      marginLeft: `calc(-1 * ${tokens.spacingHorizontalXS})`,
      "& .fui-Tab": { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
      "& .fui-Tab span": { fontSize: tokens.fontSizeBase200 },
    },
  },
  main: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL} 0`,
    minWidth: 0,
  },
  panel: { minWidth: 0 },
  divider: { margin: `${tokens.spacingVerticalXXL} 0 ${tokens.spacingVerticalL}` },
});

export type PaneTab = "create" | "analysis" | "beforeAfter" | "check";

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
 * The whole pane: the language of the pane and of the sheets it writes, and four tabs — create
 * template sheets, analyse an impact map, check a before/after sheet, check an outcome contract or
 * portfolio sheet. Each tab keeps its state
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
  // Counts the creates that added sheets: the other tabs list the workbook's sheets again when it changes.
  const [created, setCreated] = useState(0);
  const panels: Record<PaneTab, JSX.Element> = {
    create: (
      <>
        <CreatePanel writer={writer} language={language} thisYear={thisYear} onCreated={() => setCreated((n) => n + 1)} />
        <Divider className={styles.divider} />
        <LazyUnitCostPicker writer={writer} language={language} />
      </>
    ),
    analysis: <AnalysisPanel writer={writer} language={language} shown={tab === "analysis"} sheetsCreated={created} />,
    beforeAfter: (
      <BeforeAfterPanel
        reader={writer}
        language={language}
        shown={tab === "beforeAfter"}
        sheetsCreated={created}
        onOpenSheet={(name) => void writer.activateSheet(name)}
        onSelectCell={(sheet, cell) => void writer.selectCell(sheet, cell)}
      />
    ),
    check: (
      <CheckPanel
        reader={writer}
        language={language}
        shown={tab === "check"}
        sheetsCreated={created}
        onOpenSheet={(name) => void writer.activateSheet(name)}
        onSelectCell={(sheet, cell) => void writer.selectCell(sheet, cell)}
      />
    ),
  };
  return (
    <div className={styles.root} lang={language}>
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
      </header>
      <nav className={styles.nav} aria-label={t.tabs}>
        <TabList className={styles.tabs} aria-label={t.tabs} selectedValue={tab} onTabSelect={(_, data) => show(data.value as PaneTab)}>
          <Tab value="create">{t.tabCreate}</Tab>
          <Tab value="analysis">{t.tabAnalysis}</Tab>
          <Tab value="beforeAfter">{t.tabBeforeAfter}</Tab>
          <Tab value="check">{t.tabCheck}</Tab>
        </TabList>
      </nav>
      <main className={styles.main}>
        {!inOffice ? (
          <MessageBar intent="info" aria-labelledby={undefined}>
            <MessageBarBody>{t.outsideOffice}</MessageBarBody>
          </MessageBar>
        ) : null}
        {(Object.keys(panels) as PaneTab[])
          .filter((key) => opened.has(key))
          .map((key) => (
            <div
              key={key}
              role="tabpanel"
              className={styles.panel}
              aria-label={{ create: t.tabCreate, analysis: t.tabAnalysis, beforeAfter: t.tabBeforeAfter, check: t.tabCheck }[key]}
              hidden={key !== tab}
            >
              <PartBoundary language={language} fallback={<Spinner size="small" label={t.loading} />}>
                {panels[key]}
              </PartBoundary>
            </div>
          ))}
      </main>
    </div>
  );
}
