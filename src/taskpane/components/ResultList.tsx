import { Body1, Caption1, Link, makeStyles, tokens } from "@fluentui/react-components";
import { forwardRef } from "react";
import type { Language } from "../../core/language";
import { TEMPLATE_INFO } from "../../templates/kit";
import type { CreatedSheet } from "../../workbook/ports";
import { STRINGS } from "../strings";
import { usePanelStyles } from "./panelStyles";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: `${tokens.spacingVerticalS} 0 0`,
    padding: 0,
    listStyleType: "none",
  },
  item: {
    display: "flex",
    flexDirection: "column",
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
  },
  link: { textAlign: "start", fontWeight: tokens.fontWeightSemibold, wordBreak: "break-word" },
  template: { color: tokens.colorNeutralForeground3 },
});

export interface ResultListProps {
  readonly sheets: readonly CreatedSheet[];
  readonly language: Language;
  /** The heading's text; it receives focus when the list appears. */
  readonly heading: string;
  readonly summary: string;
  readonly onOpen: (name: string) => void;
}

/** The sheets that were created, each a link that shows the sheet in Excel, with its template when the name does not say it. */
export const ResultList = forwardRef<HTMLHeadingElement, ResultListProps>(function ResultList(
  { sheets, language, heading, summary, onOpen },
  ref,
) {
  const styles = useStyles();
  const panel = usePanelStyles();
  const t = STRINGS[language];
  return (
    <section aria-label={heading}>
      <h2 ref={ref} tabIndex={-1} className={panel.resultHeading}>
        {heading}
      </h2>
      <Body1 as="p">{summary}</Body1>
      <ul className={styles.list}>
        {sheets.map((sheet) => {
          const template = TEMPLATE_INFO[sheet.templateId].title[language];
          // "Effektkarta (2)" made from "Effektkarta" says its template already
          const named = sheet.name === template || sheet.name.startsWith(`${template} (`);
          return (
            <li key={sheet.name} className={styles.item}>
              <Link as="button" className={styles.link} aria-label={t.openSheet(sheet.name)} onClick={() => onOpen(sheet.name)}>
                {sheet.name}
              </Link>
              {named ? null : <Caption1 className={styles.template}>{template}</Caption1>}
            </li>
          );
        })}
      </ul>
    </section>
  );
});
