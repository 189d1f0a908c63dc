import {
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Language } from "../../core/language";
import type { TableRef, WriterProblem } from "../../workbook/ports";
import { ProblemBar } from "./ProblemBar";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  button: { alignSelf: "flex-start" },
  // A long sheet name (Excel allows 31 characters) is cut with an ellipsis rather than widening the pane.
  field: { minWidth: 0 },
  select: { width: "100%", minWidth: 0, "& select": { minWidth: 0, textOverflow: "ellipsis" } },
  open: { alignSelf: "flex-start", textAlign: "start", maxWidth: "100%", overflowWrap: "anywhere" },
});

/** Under a picker: a link that opens the chosen sheet (a long name wraps rather than widening the pane). */
export function OpenSheetLink({
  sheet,
  label,
  onOpen,
}: {
  readonly sheet: string;
  readonly label: string;
  readonly onOpen: (name: string) => void;
}) {
  const styles = useStyles();
  return (
    <Link as="button" className={styles.open} onClick={() => onOpen(sheet)}>
      {label}
    </Link>
  );
}

/** Where listing the workbook's sources stands, as a picker shows it. */
export type SourceList =
  | { readonly phase: "loading" }
  | { readonly phase: "ready"; readonly refs: readonly TableRef[] }
  | { readonly phase: "failed"; readonly problem: WriterProblem };

/** The texts a picker shows. */
interface SourcePickerTexts {
  readonly label: string;
  readonly hint?: string;
  readonly refresh: string;
  readonly listing: string;
  readonly emptyTitle: string;
  readonly empty: string;
}

export interface SourcePickerProps {
  readonly list: SourceList;
  /** The chosen table's name. */
  readonly selected: string | undefined;
  readonly texts: SourcePickerTexts;
  readonly optionText: (ref: TableRef, all: readonly TableRef[]) => string;
  readonly language: Language;
  readonly disabled: boolean;
  readonly onChoose: (table: string) => void;
  readonly onRefresh: () => void;
  /** Shown under the choice once there is one (e.g. a link that opens the chosen sheet). */
  readonly children?: ReactNode;
  /** The id of the list's select. */
  readonly id?: string;
}

/**
 * One of the workbook's sources (impact maps, before/after sheets) to choose from, with a button
 * that lists them again; a message with the same button when there is none or listing failed.
 */
export function SourcePicker({
  list,
  selected,
  texts,
  optionText,
  language,
  disabled,
  onChoose,
  onRefresh,
  children,
  id,
}: SourcePickerProps) {
  const styles = useStyles();
  const refresh = (
    <Button appearance="secondary" className={styles.button} disabled={disabled || list.phase === "loading"} onClick={onRefresh}>
      {texts.refresh}
    </Button>
  );
  if (list.phase === "loading") return <Spinner size="tiny" labelPosition="after" label={texts.listing} />;
  if (list.phase === "failed") {
    return (
      <div className={styles.root}>
        <ProblemBar problem={list.problem} language={language} />
        {refresh}
      </div>
    );
  }
  if (list.refs.length === 0) {
    return (
      <MessageBar intent="info" layout="multiline" className={styles.field}>
        <MessageBarBody>
          <MessageBarTitle>{texts.emptyTitle}</MessageBarTitle> {texts.empty}
        </MessageBarBody>
        <MessageBarActions>{refresh}</MessageBarActions>
      </MessageBar>
    );
  }
  return (
    <div className={styles.root}>
      <Field label={texts.label} hint={texts.hint} className={styles.field}>
        <Select id={id} className={styles.select} value={selected ?? ""} disabled={disabled} onChange={(_, data) => onChoose(data.value)}>
          {list.refs.map((ref) => (
            <option key={ref.table} value={ref.table}>
              {optionText(ref, list.refs)}
            </option>
          ))}
        </Select>
      </Field>
      {refresh}
      {children}
    </div>
  );
}
