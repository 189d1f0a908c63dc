import { createContext } from "react";
import type { AnalysisWorkerFactory } from "./protocol";

/**
 * How the Analysis tab starts its worker: the pane's entry provides startAnalysisWorker; without a
 * provider (tests, server rendering) the analysis runs in-process.
 */
export const AnalysisWorkerContext = createContext<AnalysisWorkerFactory | undefined>(undefined);
