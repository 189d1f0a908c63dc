import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

/**
 * The styles the pane's tabs share: a column of sections, a tab heading and its introduction, the
 * heading of a result or problem list (focused when it appears, so its outline shows only then),
 * a full-width main button, and text only screen readers hear (the aria-live status).
 */
export const usePanelStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  title: { ...typographyStyles.subtitle1, margin: 0 },
  intro: { color: tokens.colorNeutralForeground2, margin: `${tokens.spacingVerticalXS} 0 0` },
  resultHeading: {
    ...typographyStyles.subtitle2,
    margin: 0,
    wordBreak: "break-word",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  action: { width: "100%" },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});
