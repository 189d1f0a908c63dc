import { FluentProvider, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import type { Language } from "../core/language";
import type { SheetWriter } from "../workbook/ports";
import { Pane } from "./components/Pane";

const useStyles = makeStyles({
  root: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
});

export interface AppProps {
  /** The writer the pane uses: the Office.js writer in Excel, a fake in tests. */
  readonly writer: SheetWriter;
  readonly language: Language;
  readonly dark: boolean;
  readonly inOffice: boolean;
  readonly thisYear: number;
}

/** The taskpane inside Fluent's provider, in Office's light or dark theme. */
export function App({ writer, language, dark, inOffice, thisYear }: AppProps) {
  const styles = useStyles();
  const [shown, setShown] = useState(language);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={styles.root} lang={shown}>
      <Pane writer={writer} initialLanguage={language} inOffice={inOffice} thisYear={thisYear} onLanguage={setShown} />
    </FluentProvider>
  );
}
