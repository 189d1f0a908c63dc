import { quote } from "../../core/i18n";
import { Button, Divider, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, useId } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { TEMPLATE_INFO, TEMPLATE_ORDER } from "../../templates/kit";
import type { TemplateId } from "../../templates/kit";
import type { SheetWriter } from "../../workbook/ports";
import { FieldProblems, FormValues, fieldProblems, initialForm, templateOptions } from "../form";
import { STRINGS } from "../strings";
import { useSheetWriter } from "../useSheetWriter";
import type { Language } from "../../core/language";
import { FieldToFix, FixFieldsSummary, focusField } from "./FixFieldsSummary";
import { PanelFooter } from "./PanelFooter";
import { PanelHeading } from "./PanelHeading";
import { usePanelStyles } from "./panelStyles";
import { ProblemBar } from "./ProblemBar";
import { Progress } from "./Progress";
import { ResultList } from "./ResultList";
import { SettingsFields } from "./SettingsFields";
import { TemplatePicker } from "./TemplatePicker";
import { useLatest } from "../useLatest";

export interface CreatePanelProps {
  readonly writer: Pick<SheetWriter, "createSheets" | "activateSheet">;
  /** The pane's language: the sheets are written in it and the panel speaks it. */
  readonly language: Language;
  readonly thisYear: number;
  /** Tells the pane that sheets were created (so the other tabs can list them). */
  readonly onCreated?: () => void;
}

/** The fields in the order the form shows them (the summary of problems follows it). */
const FIELD_ORDER: readonly (keyof FieldProblems)[] = ["templates", "years", "startYear", "currency"];

/**
 * The Create sheets tab: choose templates and settings, create, then open what was created. What
 * was created shows at the top; the button stays in view at the bottom. Creating a template again
 * that was created from the pane before asks first (a second create adds copies "… (2)").
 */
export function CreatePanel({ writer, language, thisYear, onCreated }: CreatePanelProps) {
  const styles = usePanelStyles();
  const [typed, setValues] = useState<FormValues>(() => initialForm(language, thisYear));
  const values = useMemo(() => ({ ...typed, language }), [typed, language]);
  const [visited, setVisited] = useState<ReadonlySet<keyof FieldProblems>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [made, setMade] = useState<ReadonlySet<TemplateId>>(new Set());
  const [asking, setAsking] = useState(false);
  const { state, activationProblem, create, activate } = useSheetWriter(writer);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const question = useRef<HTMLButtonElement>(null);
  const idPrefix = useId("create");
  const idOf = (field: keyof FieldProblems) => `${idPrefix}-${field}`;
  const t = STRINGS[values.language];
  const problems = useMemo(() => fieldProblems(values), [values]);
  const shown: FieldProblems = Object.fromEntries(
    Object.entries(problems).filter(([field]) => attempted || visited.has(field as keyof FieldProblems)),
  );
  const busy = state.phase === "busy";
  const again = values.templates.filter((id) => made.has(id));

  const latest = useLatest({ state, onCreated });
  useEffect(() => {
    const { state, onCreated } = latest.current;
    if (state.phase === "done" || state.phase === "failed") resultHeading.current?.focus();
    if (state.phase === "done" || (state.phase === "failed" && state.sheets.length > 0)) {
      setMade((s) => new Set([...s, ...state.sheets.map((sheet) => sheet.templateId)]));
      onCreated?.();
    }
  }, [state.phase, latest]);

  useEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);

  const change = (next: Partial<FormValues>) => {
    setValues((v) => ({ ...v, ...next }));
    setAsking(false);
    if (next.templates) setVisited((s) => new Set(s).add("templates"));
  };

  const start = () => {
    setAsking(false);
    void create(values.templates, templateOptions(values));
  };

  const submit = () => {
    setAttempted(true);
    const first = FIELD_ORDER.find((field) => problems[field] !== undefined);
    if (first !== undefined) {
      focusField(idOf(first));
      return;
    }
    if (again.length > 0) setAsking(true);
    else start();
  };

  const status =
    state.phase === "busy"
      ? state.done === 0
        ? t.creating
        : t.progress(state.done, state.total)
      : state.phase === "done"
        ? t.created(state.sheets.length)
        : "";
  const labels: Record<keyof FieldProblems, string> = {
    templates: t.templatesLegend,
    years: t.years,
    startYear: t.startYear,
    currency: t.currency,
  };
  const toFix: FieldToFix[] = attempted
    ? FIELD_ORDER.filter((field) => problems[field] !== undefined).map((field) => ({ label: labels[field], id: idOf(field) }))
    : [];
  const titles = again.map((id) => quote(TEMPLATE_INFO[id].title[values.language], values.language)).join(", ");

  return (
    <div className={styles.root}>
      <PanelHeading title={t.createHeading} intro={state.phase === "done" ? undefined : t.intro} />
      {state.phase === "failed" ? (
        <ProblemBar problem={state.problem} language={values.language} extra={state.cleanedUp ? undefined : t.halfMadeLeft} />
      ) : null}
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
      <TemplatePicker
        id={idOf("templates")}
        templates={TEMPLATE_ORDER.map((id) => TEMPLATE_INFO[id])}
        selected={values.templates}
        language={values.language}
        problem={shown.templates}
        disabled={busy}
        onChange={(templates) => change({ templates })}
      />
      <Divider />
      <SettingsFields
        values={values}
        problems={shown}
        disabled={busy}
        idOf={idOf}
        onChange={change}
        onLeave={(field) => setVisited((s) => new Set(s).add(field))}
      />
      <div role="status" aria-live="polite" className={styles.hidden}>
        {status}
      </div>
      <PanelFooter label={t.actions}>
        {toFix.length > 0 ? <FixFieldsSummary title={t.fixFieldsTitle} fields={toFix} /> : null}
        {asking && again.length > 0 ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.againTitle}</MessageBarTitle> {t.again(titles)}
            </MessageBarBody>
            <MessageBarActions>
              <Button ref={question} appearance="primary" onClick={start}>
                {t.createAgain}
              </Button>
              <Button onClick={() => setAsking(false)}>{t.cancel}</Button>
            </MessageBarActions>
          </MessageBar>
        ) : null}
        {state.phase === "busy" ? <Progress label={status} done={state.done} total={state.total} /> : null}
        <Button appearance="primary" size="large" className={styles.action} disabledFocusable={busy || asking} onClick={submit}>
          {t.create}
        </Button>
      </PanelFooter>
    </div>
  );
}
