import { Body1, Link, MessageBar, MessageBarBody, makeStyles, tokens, useId } from "@fluentui/react-components";
import { forwardRef } from "react";
import { usePanelStyles } from "./panelStyles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  head: { display: "flex", flexWrap: "wrap", alignItems: "baseline", columnGap: tokens.spacingHorizontalS },
  place: { fontWeight: tokens.fontWeightSemibold, wordBreak: "break-word", minWidth: 0 },
  cell: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  message: { display: "block", color: tokens.colorNeutralForeground2 },
});

/** One problem as the list shows it: where it is (a place in words, a cell or range) and its message. */
interface CellProblemItem {
  readonly place: string | undefined;
  readonly cell: string | undefined;
  readonly message: string;
}

export interface CellProblemListProps {
  readonly heading: string;
  readonly intro: string;
  /** The sheet the problems are on. */
  readonly sheet: string;
  readonly items: readonly CellProblemItem[];
  /** The link's accessible name for a cell ("B35, select the cell in Excel"). */
  readonly selectLabel: (cell: string) => string;
  /** Selects a cell of the sheet in Excel; without it, cells are named but not linked. */
  readonly onSelectCell?: (sheet: string, cell: string) => void;
}

/**
 * Every problem found on a sheet, each with its cell as a link that selects it in Excel (as Excel's
 * own error checking goes to a cell), its place and its message; the heading takes focus when shown.
 */
export const CellProblemList = forwardRef<HTMLHeadingElement, CellProblemListProps>(function CellProblemList(
  { heading, intro, sheet, items, selectLabel, onSelectCell },
  ref,
) {
  const styles = useStyles();
  const panel = usePanelStyles();
  const headingId = useId("problems-heading");
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h3 ref={ref} id={headingId} tabIndex={-1} className={panel.resultHeading}>
        {heading}
      </h3>
      <MessageBar intent="error" layout="multiline" aria-labelledby={undefined}>
        <MessageBarBody>{intro}</MessageBarBody>
      </MessageBar>
      <ol className={styles.list}>
        {items.map(({ place, cell, message }, i) => (
          <li key={i}>
            {place || cell ? (
              <span className={styles.head}>
                {cell && onSelectCell ? (
                  <Link as="button" className={styles.cell} aria-label={selectLabel(cell)} onClick={() => onSelectCell(sheet, cell)}>
                    {cell}
                  </Link>
                ) : cell ? (
                  <Body1 className={styles.cell}>{cell}</Body1>
                ) : null}
                {place ? <Body1 className={styles.place}>{place}</Body1> : null}
              </span>
            ) : null}
            <Body1 className={styles.message}>{message}</Body1>
          </li>
        ))}
      </ol>
    </section>
  );
});
