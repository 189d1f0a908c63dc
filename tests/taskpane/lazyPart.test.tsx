import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import { PartBoundary, PartProblem } from "../../src/taskpane/components/LazyPart";

/**
 * What PartBoundary makes of an error, and the message it shows in both languages. Fetching,
 * failing and Try again run in Chromium (lazyParts.browser.test.ts); the server render here
 * cannot catch errors.
 */

const text = (markup: string): string =>
  markup
    .replace(/<style[^>]*>[^<]*<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");

const failure = (error: unknown) => PartBoundary.getDerivedStateFromError(error).failure;

describe("PartBoundary", () => {
  it("tells a chunk that did not load (webpack's ChunkLoadError) from a part that failed", () => {
    const notFetched = Object.assign(new Error("Loading chunk 740 failed."), { name: "ChunkLoadError" });
    expect(failure(notFetched)).toEqual({ notLoaded: true, code: "ChunkLoadError" });
    expect(failure(new TypeError("x is undefined"))).toEqual({ notLoaded: false, code: "TypeError" });
    expect(failure("thrown text")).toEqual({ notLoaded: false, code: "Unknown" });
  });

  it.each([
    ["en", true, ["This part of the pane did not load", "could not fetch its code", "Nothing in your workbook has changed", "Try again"]],
    [
      "sv",
      true,
      ["Den här delen av fönstret laddades inte", "kunde inte hämta sin kod", "Inget i din arbetsbok har ändrats", "Försök igen"],
    ],
    ["en", false, ["This part of the pane stopped", "(TypeError)", "Nothing in your workbook has changed", "Try again"]],
    ["sv", false, ["Den här delen av fönstret stannade", "(TypeError)", "Inget i din arbetsbok har ändrats", "Försök igen"]],
  ] as const)("says what happened and offers Try again (%s, not loaded: %s)", (language, notLoaded, expected) => {
    const html = renderToString(
      <FluentProvider theme={webLightTheme}>
        <PartProblem language={language} notLoaded={notLoaded} code="TypeError" onRetry={() => undefined} />
      </FluentProvider>,
    );
    const shown = text(html);
    for (const part of expected) expect(shown).toContain(part);
    expect(shown).not.toMatch(/undefined|NaN|\[object/);
    expect(html).toMatch(/<button[^>]*>[^<]*(Try again|Försök igen)/);
  });
});
