import type { FromWorker, ToWorker } from "./protocol";
import { serveAnalysis } from "./session";

/**
 * The analysis worker's entry (a chunk of its own, started by startAnalysisWorker): the session
 * on the worker's global scope. It computes without pauses, reporting progress after slices of
 * about 100 ms; the pane stops it by terminating it.
 */

interface DedicatedScope {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}

const scope = self as unknown as DedicatedScope;
serveAnalysis(
  {
    send: (message) => scope.postMessage(message),
    receive: (onMessage) => {
      scope.onmessage = (event) => onMessage(event.data);
    },
  },
  // Progress ten times a second: enough to see it move, few renders of the pane.
  { now: () => performance.now(), sliceMs: 100 },
);
