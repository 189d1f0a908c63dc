import { Button, Spinner } from "@fluentui/react-components";
import type { Language } from "../../core/language";
import { STRINGS } from "../strings";
import type { SheetCheckState } from "../sheetCheckState";
import { StatusTexts, statusText } from "./checkPanelProps";
import { PanelFooter } from "./PanelFooter";
import { usePanelStyles } from "./panelStyles";

interface CheckActionsProps<O> {
  readonly state: SheetCheckState<O>;
  readonly language: Language;
  readonly texts: StatusTexts & { readonly check: string };
  readonly onCheck: () => void;
}

/** A check tab's status line (read out) and its footer with the Check button. */
export function CheckActions<O extends { readonly kind: string; readonly sheet: string; readonly problems?: readonly unknown[] }>({
  state,
  language,
  texts,
  onCheck,
}: CheckActionsProps<O>) {
  const panel = usePanelStyles();
  const { list, selected, check } = state;
  const busy = check.phase === "busy";
  return (
    <>
      <div role="status" aria-live="polite" className={panel.hidden}>
        {statusText(state, texts)}
      </div>
      <PanelFooter label={STRINGS[language].actions}>
        {busy ? <Spinner size="tiny" labelPosition="after" label={texts.checking} /> : null}
        <Button
          appearance="primary"
          size="large"
          className={panel.action}
          disabledFocusable={busy || selected === undefined || list.phase !== "ready" || list.sheets.length === 0}
          onClick={onCheck}
        >
          {texts.check}
        </Button>
      </PanelFooter>
    </>
  );
}
