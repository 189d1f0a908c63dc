import { useEffect, useRef } from "react";
import { useLatest } from "./useLatest";

/**
 * Lists a tab's sources again each time the tab is shown and after the Sheets tab created sheets
 * (`sheetsCreated` counts those creates), so a map made a moment ago is offered without pressing
 * "Refresh the list". The first showing is left out: the panel lists its sources when it mounts.
 * A create while the tab is hidden is caught up when the tab is next shown.
 */
export function useRefreshWhenShown(shown: boolean, sheetsCreated: number, refresh: () => Promise<void>): void {
  const mounted = useRef(false);
  const latest = useLatest(refresh);
  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    if (shown) void latest.current();
  }, [shown, sheetsCreated, latest]);
}
