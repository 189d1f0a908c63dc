/* `npm start`: make sure the development certificates exist, build and serve https://localhost:3000
 * with webpack-dev-server (one build, also written to dist/), then sideload into Excel desktop (Windows, macOS, when
 * office-addin-debugging is installed) or print how to load manifest.xml. Ctrl+C stops it all. */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { request } from "node:https";
import { resolve } from "node:path";
import { certPaths, describeCertState, generateCertificateFiles, inspectCertificates, installCertificates } from "./start/certs";
import { npxCommand, planLoad, readyMessage, type LoadPlan } from "./start/plan";

const ROOT = resolve(__dirname, "../..");
const MANIFEST = resolve(ROOT, "manifest.xml");
const ORIGIN = "https://localhost:3000";
const READY_TIMEOUT_MS = 180_000;
const platform = process.platform;

function log(message: string): void {
  console.log(`[start] ${message}`);
}

/** Makes sure usable certificate files exist; returns whether the CA is in the system store. */
async function ensureCertificates(): Promise<boolean> {
  const paths = certPaths();
  const before = inspectCertificates();
  log(describeCertState(before));
  let caInstalled = false;
  if (platform === "win32" || platform === "darwin") {
    try {
      log("making sure the certificate authority is trusted (office-addin-dev-certs; may ask for permission)...");
      await installCertificates();
      caInstalled = true;
    } catch (err) {
      log(`could not install the certificate authority: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (inspectCertificates().state !== "ok") {
    // Linux, or an install that failed: files for the server without touching any system store.
    log(`writing new certificate files to ${paths.dir} (nothing is installed system-wide)...`);
    await generateCertificateFiles();
    caInstalled = false;
  }
  const after = inspectCertificates();
  if (after.state !== "ok") throw new Error(describeCertState(after));
  if (before.state !== "ok") log(describeCertState(after));
  return caInstalled;
}

/** Resolves once the dev server answers over https, rejects if it exits or times out. */
function waitForServer(server: ChildProcess): Promise<void> {
  const { ca } = certPaths();
  const started = Date.now();
  return new Promise((done, fail) => {
    const onExit = (code: number | null) => fail(new Error(`the dev server stopped (exit code ${code})`));
    server.once("exit", onExit);
    const poll = () => {
      const req = request(`${ORIGIN}/taskpane.html`, { method: "HEAD", ca: readFileSync(ca) }, (res) => {
        res.resume();
        if (res.statusCode === 200) {
          server.off("exit", onExit);
          done();
        } else retry();
      });
      req.on("error", retry);
      req.end();
    };
    const retry = () => {
      if (Date.now() - started > READY_TIMEOUT_MS) fail(new Error(`${ORIGIN} did not answer within ${READY_TIMEOUT_MS / 1000} s`));
      else setTimeout(poll, 1000);
    };
    poll();
  });
}

/** Whether `npx --no-install office-addin-debugging` resolves (never downloads anything). */
function debuggingAvailable(): boolean {
  const run = spawnSync(npxCommand(platform), ["--no-install", "office-addin-debugging", "--version"], {
    cwd: ROOT,
    stdio: "ignore",
    shell: platform === "win32",
    timeout: 60_000,
  });
  return run.status === 0;
}

function debugging(command: "start" | "stop"): number | null {
  const args = ["--no-install", "office-addin-debugging", command, MANIFEST, ...(command === "start" ? ["desktop"] : [])];
  return spawnSync(npxCommand(platform), args, { cwd: ROOT, stdio: "inherit", shell: platform === "win32" }).status;
}

let server: ChildProcess | undefined;
let plan: LoadPlan = "web";
let stopping = false;

/** Ctrl+C: unregister a desktop sideload, stop the server, exit 0. */
function stop(): void {
  if (stopping) return;
  stopping = true;
  log("stopping...");
  if (plan === "sideload-desktop") debugging("stop");
  server?.kill("SIGTERM");
  process.exitCode = 0;
}

async function main(): Promise<void> {
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  const caInstalled = await ensureCertificates();
  if (stopping) return;
  log(`building and serving ${ORIGIN} (webpack serve; one production build, also written to dist/)...`);
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const child = spawn(process.execPath, [cli, "serve", "--mode", "production"], { cwd: ROOT, stdio: "inherit" });
  server = child;
  child.on("exit", (code, signal) => {
    if (stopping) return;
    log(`the dev server stopped unexpectedly (${signal ?? `exit code ${code}`})`);
    process.exitCode = code || 1;
  });
  await waitForServer(child);
  plan = planLoad(platform, platform !== "linux" && debuggingAvailable());
  if (plan === "sideload-desktop" && debugging("start") !== 0) {
    log("sideloading failed; load the add-in by hand as described below");
    plan = "manual-desktop";
  }
  console.log("\n" + readyMessage(plan, { platform, manifest: MANIFEST, origin: ORIGIN, certDir: certPaths().dir, caInstalled }) + "\n");
}

main().catch((err: unknown) => {
  if (stopping) return;
  console.error(`[start] ${err instanceof Error ? err.message : String(err)}`);
  server?.kill("SIGTERM");
  process.exitCode = 1;
});
