import type { FromWorker, ToWorker } from "./protocol";
import { serveAnalysis } from "./session";

/**
 * The analysis worker's entry (a chunk of its own, started by startAnalysisWorker): the session
 * on the worker's global scope. It computes without pauses; the pane stops it by terminating it.
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
  { now: () => performance.now() },
);
