import { execFile } from "child_process";
import { accessSync, constants, promises as fs } from "fs";
import path from "path";

/**
 * Running LibreOffice headless for tests: find soffice, give it a private profile that
 * recalculates every formula of an .xlsx on load, and convert files with a time limit.
 */

/** The executable `name` on PATH, or null when it is not installed. */
function findProgram(name: string, env: NodeJS.ProcessEnv): string | null {
  for (const dir of (env.PATH ?? "").split(path.delimiter)) {
    if (dir === "") continue;
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

/** The soffice program on PATH, or null when LibreOffice is not installed. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  return findProgram("soffice", env);
}

/**
 * LibreOffice keeps the results cached in an .xlsx unless told otherwise ("Recalculation on File
 * Load" for Excel 2007 and newer defaults to "Never recalculate"). OOXMLRecalcMode 0 = always.
 */
const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Creates a private LibreOffice profile in `dir` that always recalculates on load. */
export async function recalculatingProfile(dir: string): Promise<string> {
  await fs.mkdir(path.join(dir, "user"), { recursive: true });
  await fs.writeFile(path.join(dir, "user", "registrymodifications.xcu"), PROFILE);
  return dir;
}

/**
 * Opens each file in LibreOffice (recalculating it) and saves it as .xlsx into `outDir` under the
 * same name. Rejects with LibreOffice's output when it fails or exceeds `timeoutMs`.
 */
export function convertToXlsx(
  soffice: string,
  profile: string,
  files: readonly string[],
  outDir: string,
  timeoutMs: number,
): Promise<void> {
  const args = [
    `-env:UserInstallation=file://${profile}`,
    "--headless",
    "--norestore",
    "--nolockcheck",
    "--convert-to",
    "xlsx:Calc MS Excel 2007 XML",
    "--outdir",
    outDir,
    ...files,
  ];
  return new Promise((resolve, reject) => {
    execFile(soffice, args, { timeout: timeoutMs, killSignal: "SIGKILL" }, (error, stdout, stderr) => {
      if (error) reject(new Error(`soffice failed (${error.message}):\n${stdout}\n${stderr}`));
      else resolve();
    });
  });
}

/** The pdftotext program (poppler-utils) on PATH, or null. */
export function findPdftotext(env: NodeJS.ProcessEnv = process.env): string | null {
  return findProgram("pdftotext", env);
}

/** Converts each file to PDF into `outDir` (same base name), as LibreOffice prints it. */
export function convertToPdf(soffice: string, profile: string, files: readonly string[], outDir: string, timeoutMs: number): Promise<void> {
  const args = [
    `-env:UserInstallation=file://${profile}`,
    "--headless",
    "--norestore",
    "--nolockcheck",
    "--convert-to",
    "pdf",
    "--outdir",
    outDir,
    ...files,
  ];
  return new Promise((resolve, reject) => {
    execFile(soffice, args, { timeout: timeoutMs, killSignal: "SIGKILL" }, (error, stdout, stderr) => {
      if (error) reject(new Error(`soffice failed (${error.message}):\n${stdout}\n${stderr}`));
      else resolve();
    });
  });
}

/** The footer of a printed page and the zoom it was printed at. */
export interface PrintedFooter {
  readonly text: string;
  readonly scale: number;
}

/** The footer's font size in points (the workbook's Calibri 11). */
const FOOTER_POINTS = 11;

/**
 * The footer of every page of a PDF (its lowest line of words) and the scale the page was printed
 * at: LibreOffice shrinks the footer with the sheet when it fits a sheet to pages, so the height of
 * the footer's words over 11 points is the zoom (checked against sheets whose zoom is known: a
 * sheet narrower than the page prints its footer at 11 points).
 */
export function pdfFooters(pdftotext: string, pdf: string): Promise<PrintedFooter[]> {
  return new Promise((resolve, reject) => {
    execFile(pdftotext, ["-bbox", pdf, "-"], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => {
      if (error) return reject(error);
      const pages = stdout.split("<page ").slice(1);
      resolve(
        pages.map((page) => {
          const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
            (m) => ({
              x: Number(m[1]),
              top: Number(m[2]),
              bottom: Number(m[3]),
              text: m[4]
                .replace(/&amp;/g, "&")
                .replace(/&lt;/g, "<")
                .replace(/&gt;/g, ">")
                .replace(/&quot;/g, '"')
                .replace(/&apos;/g, "'"),
            }),
          );
          if (words.length === 0) return { text: "", scale: 0 };
          const lowest = Math.max(...words.map((w) => w.top));
          const line = words.filter((w) => Math.abs(w.top - lowest) < 1).sort((a, b) => a.x - b.x);
          const height = line.reduce((sum, w) => sum + w.bottom - w.top, 0) / line.length;
          return { text: line.map((w) => w.text).join(" "), scale: height / FOOTER_POINTS };
        }),
      );
    });
  });
}
