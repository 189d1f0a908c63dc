import { Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../../../core/language";
import { STRINGS } from "../../strings";
import { useAfterFirstPaint } from "../../useAfterFirstPaint";
import { PartBoundary, lazyPart } from "../LazyPart";
import type { UnitCostPickerProps } from "./UnitCostPicker";

// The picker, the unit-cost library, its texts and decimal.js are a chunk of their own: the Sheets
// tab's first screen does not wait for them.
const UnitCostPicker = lazyPart(() => import(/* webpackChunkName: "unit-costs" */ "./UnitCostPicker").then((m) => m.UnitCostPicker));

const useStyles = makeStyles({
  // About the picker's height with its list (690–790 px, by pane width and language), so the page
  // keeps its length when the picker replaces it.
  placeholder: { minHeight: "690px", paddingTop: tokens.spacingVerticalL, boxSizing: "border-box" },
});

/** Holds the picker's place until it is there, announced as loading in the pane's language. */
function UnitCostPlaceholder({ language }: { readonly language: Language }) {
  const styles = useStyles();
  const label = STRINGS[language].loadingUnitCosts;
  return (
    <section className={styles.placeholder} aria-label={label} aria-busy="true">
      <Spinner size="small" label={label} />
    </section>
  );
}

/**
 * "Insert a unit cost" under the create panel, rendered right after the pane's first paint (when
 * the browser is idle), so it is ready before anyone scrolls down to it, without a click.
 */
export function LazyUnitCostPicker(props: UnitCostPickerProps) {
  const painted = useAfterFirstPaint();
  const placeholder = <UnitCostPlaceholder language={props.language} />;
  return (
    <PartBoundary language={props.language} fallback={placeholder}>
      {painted ? <UnitCostPicker {...props} /> : placeholder}
    </PartBoundary>
  );
}
