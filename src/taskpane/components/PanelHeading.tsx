import { Body1 } from "@fluentui/react-components";
import { usePanelStyles } from "./panelStyles";

/** A tab's heading and its one-paragraph introduction (left out once the tab shows a result, to keep the result near the top). */
export function PanelHeading({ title, intro }: { readonly title: string; readonly intro?: string }) {
  const styles = usePanelStyles();
  return (
    <header>
      <h2 className={styles.title}>{title}</h2>
      {intro ? (
        <Body1 as="p" block className={styles.intro}>
          {intro}
        </Body1>
      ) : null}
    </header>
  );
}
