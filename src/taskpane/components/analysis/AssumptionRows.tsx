import { Body1, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { ASSUMPTIONS, Assumption } from "../../../core/analysis";
import type { Language } from "../../../core/language";
import { assumptionText } from "../../../templates/analysisReport";

/**
 * A list with one group per assumption: its name (as the impact map's header) and two small fields
 * side by side, narrow enough for a 320 px pane. The own tornado steps and the Monte Carlo spreads
 * are both laid out this way.
 */

export const useAssumptionRowStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, margin: 0, padding: 0 },
  name: { fontWeight: tokens.fontWeightSemibold },
  pair: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
  cell: { minWidth: 0 },
  control: { width: "100%", minWidth: 0 },
});

export interface AssumptionRowsProps {
  readonly language: Language;
  /** The two fields of one assumption's row. */
  readonly fields: (assumption: Assumption) => ReactNode;
}

export function AssumptionRows({ language, fields }: AssumptionRowsProps) {
  const styles = useAssumptionRowStyles();
  return (
    <div className={styles.list}>
      {ASSUMPTIONS.map((assumption) => (
        <AssumptionRow key={assumption} name={assumptionText(assumption)[language]}>
          {fields(assumption)}
        </AssumptionRow>
      ))}
    </div>
  );
}

function AssumptionRow({ name, children }: { readonly name: string; readonly children: ReactNode }) {
  const styles = useAssumptionRowStyles();
  const nameId = useId("assumption");
  return (
    <div role="group" aria-labelledby={nameId}>
      <Body1 block id={nameId} className={styles.name}>
        {name}
      </Body1>
      <div className={styles.pair}>{children}</div>
    </div>
  );
}
