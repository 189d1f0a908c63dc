import { Caption1, Field, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../../../core/language";
import type { LibraryEntry } from "../../../core/prices/unitCostLibrary";
import { UNIT_COST_STRINGS, entryFigure } from "../../unitCostStrings";

const useStyles = makeStyles({
  scroller: {
    maxHeight: "320px",
    overflowY: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} 0`,
  },
  group: { rowGap: 0 },
  label: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  meta: { color: tokens.colorNeutralForeground2 },
  rate: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export interface UnitCostListProps {
  readonly id: string;
  readonly entries: readonly LibraryEntry[];
  readonly all: number;
  readonly chosen: string | undefined;
  readonly language: Language;
  readonly problem?: string;
  readonly onChoose: (id: string) => void;
}

/** The matching library entries as radio buttons: name, figure and unit, price year, source. */
export function UnitCostList({ id, entries, all, chosen, language, problem, onChoose }: UnitCostListProps) {
  const styles = useStyles();
  const t = UNIT_COST_STRINGS[language];
  return (
    <Field
      label={t.results}
      hint={entries.length === 0 ? t.none : t.count(entries.length, all)}
      validationMessage={problem}
      validationState={problem ? "error" : "none"}
    >
      {entries.length === 0 ? null : (
        <div className={styles.scroller}>
          <RadioGroup id={id} className={styles.group} value={chosen ?? ""} onChange={(_, data) => onChoose(data.value)}>
            {entries.map((entry) => (
              <Radio
                key={entry.id}
                value={entry.id}
                label={
                  <span className={styles.label}>
                    <Text weight="semibold">{entry.name[language]}</Text>
                    <Caption1>
                      {entryFigure(entry, language)} · {t.priceYear(entry.year)}
                    </Caption1>
                    <Caption1 className={styles.meta}>{entry.source.organisation}</Caption1>
                    {entry.kind === "rate" ? <Caption1 className={styles.rate}>{t.rate}</Caption1> : null}
                  </span>
                }
              />
            ))}
          </RadioGroup>
        </div>
      )}
    </Field>
  );
}
