import { Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  link: { textAlign: "start" },
});

/** A field to fix: its label as the form shows it, and the id of the element to focus. */
export interface FieldToFix {
  readonly label: string;
  readonly id: string;
}

/** The control at the element with `id`, or the first field inside it (a group focuses its first box, not its buttons). */
function controlOf(id: string): HTMLElement | null {
  const element = document.getElementById(id);
  if (element === null || element.matches("input, select, textarea, button")) return element;
  return element.querySelector<HTMLElement>("input, select, textarea") ?? element.querySelector<HTMLElement>("button");
}

/** Moves focus to a field and brings it into view; false when it is not on the page. */
export function focusField(id: string): boolean {
  const control = controlOf(id);
  if (control === null) return false;
  control.focus();
  control.scrollIntoView({ block: "center" });
  return true;
}

export interface FixFieldsSummaryProps {
  readonly title: string;
  readonly fields: readonly FieldToFix[];
  /** Shown after the list when there are more fields than listed ("and 3 more"). */
  readonly more?: string;
  /** Moves to a field (by its id) when its link is used; by default focuses it where it is. */
  readonly onFix?: (id: string) => void;
}

/** What to fix before the action can run: every field named, each a link that moves to it. */
export function FixFieldsSummary({ title, fields, more, onFix = (id) => void focusField(id) }: FixFieldsSummaryProps) {
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <ul className={styles.list}>
          {fields.map((field) => (
            <li key={field.id}>
              <Link as="button" className={styles.link} onClick={() => onFix(field.id)}>
                {field.label}
              </Link>
            </li>
          ))}
        </ul>
        {more}
      </MessageBarBody>
    </MessageBar>
  );
}
