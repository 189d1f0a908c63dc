import { Button, Caption1, Subtitle2, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { Language } from "../../core/language";
import type { TemplateId, TemplateInfo } from "../../templates/kit";
import { STRINGS } from "../strings";
import { DescribedCheckbox } from "./DescribedCheckbox";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalS,
  },
  heading: { margin: 0 },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalXS },
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: "none" },
  problem: { color: tokens.colorPaletteRedForeground1, marginTop: tokens.spacingVerticalXS },
});

export interface TemplatePickerProps {
  readonly templates: readonly TemplateInfo[];
  readonly selected: readonly TemplateId[];
  readonly language: Language;
  /** Shown under the list when set (e.g. nothing chosen). */
  readonly problem?: string;
  readonly disabled: boolean;
  readonly onChange: (selected: TemplateId[]) => void;
  /** The group's id (a summary of problems links to it). */
  readonly id?: string;
}

/** The templates as checkboxes, each with a one-line description, plus select all / none. */
export function TemplatePicker({ templates, selected, language, problem, disabled, onChange, id }: TemplatePickerProps) {
  const styles = useStyles();
  const t = STRINGS[language];
  const headingId = useId("templates-heading");
  const problemId = useId("templates-problem");
  const toggle = (id: TemplateId, on: boolean) =>
    onChange(templates.map((x) => x.id).filter((x) => (x === id ? on : selected.includes(x))));

  return (
    <section id={id} role="group" aria-labelledby={headingId} aria-describedby={problem ? problemId : undefined}>
      <div className={styles.header}>
        <Subtitle2 as="h3" id={headingId} className={styles.heading}>
          {t.templatesLegend}
        </Subtitle2>
        <div className={styles.actions}>
          <Button size="small" appearance="subtle" disabled={disabled} onClick={() => onChange(templates.map((x) => x.id))}>
            {t.selectAll}
          </Button>
          <Button size="small" appearance="subtle" disabled={disabled} onClick={() => onChange([])}>
            {t.selectNone}
          </Button>
        </div>
      </div>
      <ul className={styles.list}>
        {templates.map((template) => (
          <li key={template.id}>
            <DescribedCheckbox
              label={template.title[language]}
              description={template.description[language]}
              checked={selected.includes(template.id)}
              disabled={disabled}
              onChange={(on) => toggle(template.id, on)}
            />
          </li>
        ))}
      </ul>
      {problem ? (
        <Caption1 id={problemId} role="alert" className={styles.problem}>
          {problem}
        </Caption1>
      ) : null}
    </section>
  );
}
