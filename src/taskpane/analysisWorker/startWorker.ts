import type { AnalysisChannel, FromWorker } from "./protocol";

/**
 * Starts the analysis in a Web Worker of its own (webpack makes analysis.worker.ts a chunk and
 * this URL points at it): undefined where there are no workers, or the host refuses to start one,
 * so the pane falls back to computing in its own thread. Only the pane's entry imports this file
 * (import.meta is for the bundler, not for the tests' CommonJS).
 */
export function startAnalysisWorker(): AnalysisChannel | undefined {
  if (typeof Worker !== "function") return undefined;
  let worker: Worker;
  try {
    worker = new Worker(new URL("./analysis.worker.ts", import.meta.url), { name: "sroi-analysis" });
  } catch {
    return undefined;
  }
  return {
    send: (message) => worker.postMessage(message),
    receive: (onMessage, onFailure) => {
      worker.onmessage = (event: MessageEvent<FromWorker>) => onMessage(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        onFailure("AnalysisWorkerError");
      };
      worker.onmessageerror = () => onFailure("AnalysisWorkerMessageError");
    },
    terminate: () => worker.terminate(),
  };
}
