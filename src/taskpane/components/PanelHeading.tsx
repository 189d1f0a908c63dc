import { Body1 } from "@fluentui/react-components";
import { usePanelStyles } from "./panelStyles";

/** A tab's heading and its one-paragraph introduction. */
export function PanelHeading({ title, intro }: { readonly title: string; readonly intro: string }) {
  const styles = usePanelStyles();
  return (
    <header>
      <h2 className={styles.title}>{title}</h2>
      <Body1 as="p" block className={styles.intro}>
        {intro}
      </Body1>
    </header>
  );
}
