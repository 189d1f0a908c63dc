import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  SearchBox,
  Spinner,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import type { Language } from "../../../core/language";
import { sourceLine } from "../../../core/prices/libraryText";
import { libraryEntry, searchLibrary } from "../../../core/prices/librarySearch";
import { UNIT_COST_LIBRARY } from "../../../core/prices/unitCostLibrary";
import type { SheetWriter } from "../../../workbook/ports";
import { UNIT_COST_STRINGS } from "../../unitCostStrings";
import { useUnitCostInsert } from "../../useUnitCostInsert";
import { PanelHeading } from "../PanelHeading";
import { usePanelStyles } from "../panelStyles";
import { UnitCostAnswer } from "./UnitCostAnswer";
import { UnitCostList } from "./UnitCostList";

const useStyles = makeStyles({
  details: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground2, margin: 0 },
});

export interface UnitCostPickerProps {
  readonly writer: Pick<SheetWriter, "insertUnitCost">;
  readonly language: Language;
}

/**
 * "Insert a unit cost" in the Sheets tab: search the library, choose a figure, insert it into the
 * row selected in Excel; a question first when filled cells would change, and a message for every
 * answer. Excel is asked only when the button is pressed.
 */
export function UnitCostPicker({ writer, language }: UnitCostPickerProps) {
  const styles = useStyles();
  const panel = usePanelStyles();
  const t = UNIT_COST_STRINGS[language];
  const [query, setQuery] = useState("");
  const [chosen, setChosen] = useState<string | undefined>();
  const [attempted, setAttempted] = useState(false);
  const { state, insert, cancel, reset } = useUnitCostInsert(writer);
  const listId = useId("unit-costs");
  const question = useRef<HTMLButtonElement>(null);
  const found = useMemo(() => searchLibrary(query, language), [query, language]);
  const entry = chosen === undefined ? undefined : libraryEntry(chosen);
  const busy = state.phase === "busy";

  useEffect(() => {
    if (state.phase === "answered" && state.result.outcome === "confirm") question.current?.focus();
  }, [state]);

  const choose = (id: string) => {
    setChosen(id);
    reset();
  };
  const submit = () => {
    setAttempted(true);
    if (chosen === undefined) {
      document.getElementById(listId)?.querySelector("input")?.focus();
      return;
    }
    void insert({ entryId: chosen });
  };

  return (
    <section className={panel.root} aria-label={t.heading}>
      <PanelHeading title={t.heading} intro={t.intro} />
      <Caption1 as="p" className={styles.note}>
        {t.localFirst}
      </Caption1>
      <Field label={t.search} hint={t.searchHint}>
        <SearchBox value={query} onChange={(_, data) => setQuery(data.value)} />
      </Field>
      <UnitCostList
        id={listId}
        entries={found}
        all={UNIT_COST_LIBRARY.length}
        chosen={chosen}
        language={language}
        problem={attempted && chosen === undefined ? t.chooseFirst : undefined}
        onChoose={choose}
      />
      {entry ? (
        <div className={styles.details} aria-live="polite">
          <Body1>
            <span className={styles.term}>{t.includes}: </span>
            {entry.includes[language]}
          </Body1>
          <Body1>
            <span className={styles.term}>{t.source}: </span>
            {sourceLine(entry.source, language)}
          </Body1>
        </div>
      ) : null}
      {state.phase === "answered" ? (
        <UnitCostAnswer
          ref={question}
          result={state.result}
          entryId={state.entryId}
          language={language}
          onOverwrite={(cells, sheet) =>
            void insert({
              entryId: state.entryId,
              confirmed: { sheet, cells: cells.map(({ address, formula }) => ({ address, formula })) },
            })
          }
          onCancel={cancel}
        />
      ) : null}
      {state.phase === "cancelled" ? (
        <MessageBar intent="info" aria-labelledby={undefined}>
          <MessageBarBody>{t.cancelled}</MessageBarBody>
        </MessageBar>
      ) : null}
      {busy ? <Spinner size="tiny" label={t.inserting} /> : null}
      <Button appearance="primary" className={panel.action} disabledFocusable={busy} onClick={submit}>
        {t.insert}
      </Button>
    </section>
  );
}
