/* Shared helpers for the manifest tests: the real manifest, edits on it, and running the checks. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { formatProblems, validateManifest } from "../../src/tools/manifest/checks";
import { repoExpectations } from "../../src/tools/validateManifest";

export const REPO = resolve(__dirname, "../..");
export const MANIFEST = readFileSync(resolve(REPO, "manifest.xml"), "utf8");

/** The real manifest with `from` replaced by `to`; fails loudly when `from` is not in it. */
export function edit(from: string | RegExp, to: string, source = MANIFEST): string {
  const changed = source.replace(from, to);
  if (changed === source) throw new Error(`edit: ${String(from)} not found in the manifest`);
  return changed;
}

/** The problems the validator finds, one message per line (file name "m"). */
export function problemsOf(source: string, expect = repoExpectations()): string {
  return formatProblems("m", validateManifest(source, expect));
}
