import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { FoldOut } from "./formParts";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, margin: `0 0 ${tokens.spacingVerticalM}` },
  help: { color: tokens.colorNeutralForeground3 },
});

export interface FoldOutPanelProps {
  readonly value: FoldOut;
  readonly title: string;
  readonly help: string;
  readonly open: boolean;
  readonly onFold: (value: FoldOut, open: boolean) => void;
  readonly children: ReactNode;
  readonly size?: "small" | "medium";
}

/** A part of the form that folds out (the advanced settings, the per-assumption tables), open when asked or when it holds a problem. */
export function FoldOutPanel({ value, title, help, open, onFold, children, size = "small" }: FoldOutPanelProps) {
  const styles = useStyles();
  return (
    <Accordion collapsible openItems={open ? [value] : []} onToggle={(_, data) => onFold(value, data.openItems.includes(value))}>
      <AccordionItem value={value}>
        <AccordionHeader size={size}>{title}</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Caption1 block className={styles.help}>
            {help}
          </Caption1>
          {children}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
