import type { AnalysisChannel, FromWorker, ToWorker } from "./protocol";
import { SessionTiming, serveAnalysis } from "./session";

/**
 * The worker's session run in the pane's own thread, behind the same channel: where Web Workers
 * are unavailable, and in unit tests. Messages are delivered in later tasks and copied as a
 * worker's are (structured clone), so only plain data crosses here too. Between slices the
 * session waits a task, so the pane paints and takes Cancel; the fixed part (sensitivity and
 * break-even) runs in one go. terminate stops it at the next slice and silences it at once.
 */

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const copy = <T>(message: T): T => (typeof structuredClone === "function" ? structuredClone(message) : message);
const clock = (): number => (typeof performance !== "undefined" ? performance.now() : Date.now());

export function inProcessChannel(timing: Partial<SessionTiming> = {}): AnalysisChannel {
  let stopped = false;
  let toPane: (message: FromWorker) => void = () => undefined;
  let toWorker: (message: ToWorker) => void = () => undefined;
  const deliver = <T>(to: () => (message: T) => void, message: T) => {
    const copied = copy(message);
    setTimeout(() => {
      if (!stopped) to()(copied);
    }, 0);
  };
  serveAnalysis(
    { send: (message) => deliver(() => toPane, message), receive: (onMessage) => (toWorker = onMessage) },
    { now: clock, pause: nextTask, ...timing, stopped: () => stopped },
  );
  return {
    send: (message) => deliver(() => toWorker, message),
    receive: (onMessage) => (toPane = onMessage),
    terminate: () => {
      stopped = true;
    },
  };
}
