import { useEffect, useState } from "react";

/** The longest the browser may stay busy before a deferred part is rendered anyway. */
const IDLE_TIMEOUT_MS = 500;

/**
 * False for the first render, true once the browser has painted it and has a moment to spare
 * (requestIdleCallback, or a short timer where there is none, as in Safari's web view on macOS).
 * A part rendered only then does not delay the first screen, and is there before anyone scrolls to it.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const done = () => setPainted(true);
    if (typeof window.requestIdleCallback === "function") {
      const id = window.requestIdleCallback(done, { timeout: IDLE_TIMEOUT_MS });
      return () => window.cancelIdleCallback(id);
    }
    const id = window.setTimeout(done, 50);
    return () => window.clearTimeout(id);
  }, []);
  return painted;
}
