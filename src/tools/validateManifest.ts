/* `npm run validate`: checks manifest.xml offline and exits non-zero with one line per problem.
 *   tsx src/tools/validateManifest.ts [manifest.xml] [--dist DIR] [--schema FILE.xsd]
 * --dist DIR     also require every URL to name a file in a build folder (e.g. dist)
 * --schema FILE  also validate with `xmllint --schema FILE` (e.g. the [MS-OWEMXML] XSDs) */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { formatProblems, validateManifest, type ManifestExpectations } from "./manifest/checks";
import type { Problem } from "./manifest/query";
import { checkBuildOutputs } from "./manifest/urls";
import { parseXml } from "./manifest/xml";

const ROOT = resolve(__dirname, "../..");

/** Maps a URL path to a file inside `folder`, refusing paths that escape it. */
export function fileForUrlPath(folder: string, urlPath: string): string | undefined {
  const file = resolve(folder, "." + decodeURIComponent(urlPath));
  return file.startsWith(resolve(folder) + sep) ? file : undefined;
}

function isFile(file: string | undefined): boolean {
  return file !== undefined && existsSync(file) && statSync(file).isFile();
}

/** What this repository's manifest must satisfy; assets are read from `<repo>/assets`. */
export function repoExpectations(repo = ROOT): ManifestExpectations {
  const assets = resolve(repo, "assets");
  return {
    namespace: "SROI",
    translationLocale: "sv-SE",
    readAsset: (urlPath) => {
      if (!urlPath.startsWith("/assets/")) return undefined;
      const file = fileForUrlPath(assets, urlPath.slice("/assets".length));
      return isFile(file) ? readFileSync(file!) : undefined;
    },
  };
}

/** Runs xmllint against an XSD; its complaints become problems. */
export function xmllintProblems(manifest: string, schema: string): Problem[] {
  const run = spawnSync("xmllint", ["--noout", "--schema", schema, manifest], { encoding: "utf8" });
  if (run.error) return [{ message: `xmllint could not run (${run.error.message}); install libxml2-utils` }];
  if (run.status === 0) return [];
  return run.stderr
    .split("\n")
    .filter((l) => l.trim() && !/ fails to validate$/.test(l))
    .map((l) => {
      const m = /^[^:]+:(\d+): (.*)$/.exec(l);
      return m ? { line: Number(m[1]), message: `xsd: ${m[2]}` } : { message: `xsd: ${l}` };
    });
}

function main(argv: string[]): number {
  const args = [...argv];
  const option = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const [, value] = args.splice(i, 2);
    if (!value) throw new Error(`${name} needs a value`);
    return resolve(value);
  };
  const dist = option("--dist");
  const schema = option("--schema");
  const manifest = resolve(args[0] ?? resolve(ROOT, "manifest.xml"));
  const name = relative(process.cwd(), manifest) || manifest;
  const source = readFileSync(manifest, "utf8");
  const problems = validateManifest(source, repoExpectations());
  if (dist && problems.length === 0) {
    problems.push(...checkBuildOutputs(parseXml(source), (urlPath) => isFile(fileForUrlPath(dist, urlPath))));
  }
  if (schema) problems.push(...xmllintProblems(manifest, schema));
  if (problems.length > 0) {
    console.error(formatProblems(name, problems));
    console.error(`\n${name}: ${problems.length} problem(s); the manifest is not valid.`);
    return 1;
  }
  const extras = [dist && `build files in ${relative(process.cwd(), dist) || "."}`, schema && "XSD"].filter(Boolean);
  console.log(
    `${name} passes the offline checks: well-formed XML, element order and required elements, ids and resids, ` +
      `sv-SE translations, one https origin, icon files and sizes, the SROI functions namespace` +
      (extras.length ? `, ${extras.join(", ")}` : "") +
      ".",
  );
  return 0;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 2;
  }
}
