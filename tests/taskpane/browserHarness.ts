import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import http from "http";
import os from "os";
import path from "path";
import { BrowserContext, Page, chromium } from "playwright-core";
import webpack from "webpack";
import type { FakeExcelOptions, WorkbookSnapshot } from "../fakes";

/**
 * What the browser test needs around the page: the built add-in served over local http, and the
 * office.js stand-in bundled from the fake for the browser.
 */

const CHROMIUM = "/usr/bin/chromium";
const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const REPO = path.resolve(__dirname, "../..");
const DIST = path.resolve(REPO, process.env.SROI_DIST ?? "dist");

/** Why the test cannot run here, or undefined when it can. */
export function missingPrerequisite(): string | undefined {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is missing (Debian package chromium)`;
  if (!existsSync(path.join(DIST, "taskpane.html")) || !existsSync(path.join(DIST, "taskpane.js"))) {
    return `no taskpane build in ${DIST} (run npm run build, or set SROI_DIST)`;
  }
  return undefined;
}

/** Bundles tests/taskpane/officeStub.ts (the fake as office.js) and returns its source. */
async function buildOfficeStub(): Promise<string> {
  const out = mkdtempSync(path.join(os.tmpdir(), "sroi-office-stub-"));
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: "web",
    entry: path.join(__dirname, "officeStub.ts"),
    output: { path: out, filename: "office.js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { target: "es2020" } } },
        },
      ],
    },
  });
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    compiler.run((error, result) => (error || !result ? reject(error) : resolve(result))),
  );
  await new Promise((resolve) => compiler.close(resolve));
  if (stats.hasErrors()) throw new Error(stats.toString("errors-only"));
  return readFileSync(path.join(out, "office.js"), "utf8");
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
  ".map": "application/json",
};

/** Serves `root` on 127.0.0.1 at a free port; resolves with the base URL and a close function. */
async function serve(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    const file = path.join(root, decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname));
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The browser flags for Debian's Chromium as root in this sandbox (no sandbox, no GPU, no background network). */
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A running browser serving the built pane, with office.js answered by the fake. */
export interface PaneBrowser {
  /**
   * Opens the pane with the fake configured; resolves with the page and ms to first render.
   * `prepare` runs on the new page before the pane is loaded (e.g. to hold or refuse a chunk).
   */
  open(options: FakeExcelOptions, prepare?: (page: Page) => Promise<unknown>): Promise<{ page: Page; firstRender: number }>;
  close(): Promise<void>;
}

/** Starts Chromium over the built dist/ with the fake as office.js; every other request is refused. */
export async function launchPane(): Promise<PaneBrowser> {
  const stub = await buildOfficeStub();
  const server = await serve(DIST);
  const profile = mkdtempSync(path.join(os.tmpdir(), "sroi-chromium-"));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 320, height: 900 },
  });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_URL) return route.fulfill({ status: 200, contentType: "text/javascript", body: stub });
    if (url.startsWith(server.url)) return route.continue();
    return route.abort();
  });
  const open = async (options: FakeExcelOptions, prepare?: (page: Page) => Promise<unknown>) => {
    const page = await context.newPage();
    await prepare?.(page);
    await page.addInitScript((fakeOptions) => {
      (window as unknown as { __SROI_FAKE_OPTIONS: unknown }).__SROI_FAKE_OPTIONS = fakeOptions;
      new MutationObserver((_, observer) => {
        const root = document.getElementById("root");
        if (root && root.childElementCount > 0) {
          (window as unknown as { __firstRender: number }).__firstRender = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    }, options);
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    const firstRender = await page.evaluate(() => (window as unknown as { __firstRender: number }).__firstRender);
    return { page, firstRender };
  };
  const close = async () => {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { open, close };
}

/** The fake workbook's state as the page holds it. */
export function pageSnapshot(page: Page): Promise<WorkbookSnapshot> {
  return page.evaluate(() => (window as unknown as { __SROI_FAKE: { snapshot: () => WorkbookSnapshot } }).__SROI_FAKE.snapshot());
}

/** An axe-core violation as the test reports it. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly nodes: readonly string[];
}

/**
 * Fluent's focus helpers (tabster) put focusable "dummy" spans inside aria-hidden containers to
 * trap and guide focus; axe reports them under aria-hidden-focus although they are never read out.
 * This is the one violation the pane accepts, and only when every node axe names is such a dummy.
 */
function knownFalsePositive(violation: AxeViolation): boolean {
  return violation.id === "aria-hidden-focus" && violation.nodes.every((html) => html.includes("data-tabster-dummy"));
}

/** Runs axe-core (from node_modules, injected into the page) on the whole page; resolves with its violations. */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const source = readFileSync(path.join(REPO, "node_modules", "axe-core", "axe.min.js"), "utf8");
  await page.addScriptTag({ content: source });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; impact: string | null; nodes: { html: string }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.html) }));
  });
}

/** The violations other than the known false positive (see knownFalsePositive), and how many of those were set aside. */
export async function realViolations(page: Page): Promise<{ readonly real: AxeViolation[]; readonly known: number }> {
  const all = await axeViolations(page);
  return { real: all.filter((v) => !knownFalsePositive(v)), known: all.filter(knownFalsePositive).reduce((n, v) => n + v.nodes.length, 0) };
}
