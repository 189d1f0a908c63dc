import { createRoot } from "react-dom/client";
import { excelWriter } from "../writers/excel/excelWriter";
import { officeReady } from "../writers/excel/host";
import { App } from "./App";
import { startAnalysisWorker } from "./analysisWorker/startWorker";
import { AnalysisWorkerContext } from "./analysisWorker/workerContext";

/**
 * The taskpane's entry: waits for Office once, then renders the pane with the Excel writer, the
 * Analysis tab computing in a Web Worker.
 */
async function start(): Promise<void> {
  const host = await officeReady();
  const container = document.getElementById("root");
  if (!container) return;
  document.documentElement.lang = host.language;
  createRoot(container).render(
    <AnalysisWorkerContext.Provider value={startAnalysisWorker}>
      <App writer={excelWriter} language={host.language} dark={host.dark} inOffice={host.inOffice} thisYear={new Date().getFullYear()} />
    </AnalysisWorkerContext.Provider>,
  );
}

void start();
