import { Body1, Button, Divider, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { TEMPLATES } from "../../templates";
import type { SheetWriter } from "../../workbook/ports";
import { FieldProblems, FormValues, fieldProblems, initialForm, templateOptions } from "../form";
import { STRINGS } from "../strings";
import { useSheetWriter } from "../useSheetWriter";
import type { Language } from "../../core/language";
import { usePanelStyles } from "./panelStyles";
import { ProblemBar } from "./ProblemBar";
import { Progress } from "./Progress";
import { ResultList } from "./ResultList";
import { SettingsFields } from "./SettingsFields";
import { TemplatePicker } from "./TemplatePicker";

export interface CreatePanelProps {
  readonly writer: Pick<SheetWriter, "createSheets" | "activateSheet">;
  /** The pane's language: the sheets are written in it and the panel speaks it. */
  readonly language: Language;
  readonly thisYear: number;
  /** Tells the pane that sheets were created (so the other tabs can list them). */
  readonly onCreated?: () => void;
}

/** The Create sheets tab: choose templates and settings, create, then open what was created. */
export function CreatePanel({ writer, language, thisYear, onCreated }: CreatePanelProps) {
  const styles = usePanelStyles();
  const [typed, setValues] = useState<FormValues>(() => initialForm(language, thisYear));
  const values = useMemo(() => ({ ...typed, language }), [typed, language]);
  const [visited, setVisited] = useState<ReadonlySet<keyof FieldProblems>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const { state, activationProblem, create, activate } = useSheetWriter(writer);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const t = STRINGS[values.language];
  const problems = useMemo(() => fieldProblems(values), [values]);
  const shown: FieldProblems = Object.fromEntries(Object.entries(problems).filter(([field]) => attempted || visited.has(field as keyof FieldProblems)));
  const busy = state.phase === "busy";

  useEffect(() => {
    if (state.phase === "done" || state.phase === "failed") resultHeading.current?.focus();
    if (state.phase === "done" || (state.phase === "failed" && state.sheets.length > 0)) onCreated?.();
  }, [state.phase]);

  const change = (next: Partial<FormValues>) => {
    setValues((v) => ({ ...v, ...next }));
    if (next.templates) setVisited((s) => new Set(s).add("templates"));
  };

  const submit = () => {
    setAttempted(true);
    if (Object.keys(problems).length > 0) return;
    void create(values.templates, templateOptions(values));
  };

  const status =
    state.phase === "busy"
      ? state.done === 0
        ? t.creating
        : t.progress(state.done, state.total)
      : state.phase === "done"
        ? t.created(state.sheets.length)
        : "";

  return (
    <div className={styles.root}>
      <Body1 as="p" block className={styles.intro}>
        {t.intro}
      </Body1>
      <TemplatePicker templates={TEMPLATES} selected={values.templates} language={values.language} problem={shown.templates} disabled={busy} onChange={(templates) => change({ templates })} />
      <Divider />
      <SettingsFields values={values} problems={shown} disabled={busy} onChange={change} onLeave={(field) => setVisited((s) => new Set(s).add(field))} />
      <Button appearance="primary" size="large" className={styles.action} disabledFocusable={busy} onClick={submit}>
        {t.create}
      </Button>
      <div role="status" aria-live="polite" className={styles.hidden}>
        {status}
      </div>
      {attempted && Object.keys(problems).length > 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t.fixFields}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.phase === "busy" ? <Progress label={status} done={state.done} total={state.total} /> : null}
      {state.phase === "failed" ? <ProblemBar problem={state.problem} language={values.language} extra={state.cleanedUp ? undefined : t.halfMadeLeft} /> : null}
      {activationProblem ? <ProblemBar problem={activationProblem} language={values.language} intent="warning" /> : null}
      {(state.phase === "done" || state.phase === "failed") && state.sheets.length > 0 ? (
        <ResultList
          ref={resultHeading}
          sheets={state.sheets}
          language={values.language}
          heading={t.resultsHeading}
          summary={state.phase === "done" ? t.created(state.sheets.length) : t.partly(state.sheets.length)}
          onOpen={(name) => void activate(name)}
        />
      ) : null}
    </div>
  );
}
