/* The validator's optional passes: build outputs (--dist), xmllint with an XSD (--schema), and the
 * content-model checker on small inputs. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { MODELS, checkSequence } from "../../src/tools/manifest/schema";
import { checkBuildOutputs } from "../../src/tools/manifest/urls";
import { parseXml } from "../../src/tools/manifest/xml";
import { fileForUrlPath, xmllintProblems } from "../../src/tools/validateManifest";
import { edit, MANIFEST, REPO } from "./helpers";

const messages = (xml: string, model: string) => checkSequence(parseXml(xml), MODELS[model]).map((p) => p.message);
const BT = 'xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0"';
const OV = 'xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides"';

describe("checkSequence", () => {
  it("accepts children in order with optional ones left out", () => {
    expect(messages(`<Resources ${OV} ${BT}><bt:Images/><bt:LongStrings/></Resources>`, "Resources")).toEqual([]);
  });

  it("names the element a misplaced child must follow", () => {
    expect(messages(`<GetStarted ${OV}><Description/><Title/><LearnMoreUrl/></GetStarted>`, "GetStarted")).toEqual([
      "<Description> is out of order in <GetStarted>: it must come after <Title>",
    ]);
  });

  it("reports an optional element placed after a later one", () => {
    expect(messages(`<Resources ${OV} ${BT}><bt:Urls/><bt:Images/></Resources>`, "Resources")).toEqual([
      "<bt:Images> is out of order in <Resources>: it must come before <bt:Urls>",
    ]);
  });

  it("reports missing required children, repeats and strangers", () => {
    expect(messages(`<GetStarted ${OV}><Title/><Title/><Extra/></GetStarted>`, "GetStarted")).toEqual([
      "<Title> may appear only 1 time(s) in <GetStarted>",
      "unexpected <Extra> in <GetStarted>; allowed, in this order: Title, Description, LearnMoreUrl",
      "<GetStarted> needs <Description>",
      "<GetStarted> needs <LearnMoreUrl>",
    ]);
  });

  it("treats an element in the wrong namespace as a stranger", () => {
    expect(messages(`<GetStarted ${OV}><Title xmlns="urn:other"/><Description/><LearnMoreUrl/></GetStarted>`, "GetStarted")[0]).toMatch(
      /^unexpected <Title> in <GetStarted>/,
    );
  });
});

describe("fileForUrlPath", () => {
  it("maps URL paths into the folder and refuses to leave it", () => {
    expect(fileForUrlPath("/srv/dist", "/assets/icon-16.png")).toBe(resolve("/srv/dist/assets/icon-16.png"));
    expect(fileForUrlPath("/srv/dist", "/%2e%2e/secret")).toBeUndefined();
    expect(fileForUrlPath("/srv/dist", "/../secret")).toBeUndefined();
  });
});

describe("checkBuildOutputs", () => {
  it("reports every URL whose file the build did not emit", () => {
    const emitted = new Set([
      "/taskpane.html",
      "/functions.js",
      "/functions.html",
      "/functions.json",
      "/assets/icon-16.png",
      "/assets/icon-32.png",
      "/assets/icon-64.png",
      "/assets/icon-80.png",
      "/assets/help.html",
    ]);
    const out = checkBuildOutputs(parseXml(MANIFEST), (p) => emitted.has(p)).map((p) => p.message);
    expect(out).toEqual(['bt:Urls "Functions.Metadata.Url" (sv-SE override): the build output has no file for /functions-sv.json']);
  });

  const dist = resolve(REPO, process.env.SROI_DIST ?? "dist");
  const built = existsSync(join(dist, "functions.json"));
  const whenBuilt = built || process.env.CI === "true" ? it : it.skip;
  if (!built)
    console.warn(`checkBuildOutputs: no build in ${dist} (run npm run build or set SROI_DIST); the build check is skipped locally`);
  whenBuilt("finds every file the manifest names in the production build", () => {
    const missing = checkBuildOutputs(parseXml(MANIFEST), (p) => {
      const file = fileForUrlPath(dist, p);
      return file !== undefined && existsSync(file);
    });
    expect(missing.map((p) => p.message)).toEqual([]);
  });
});

describe("xmllintProblems", () => {
  const hasXmllint = spawnSync("xmllint", ["--version"]).status === 0;
  const whenXmllint = hasXmllint || process.env.CI === "true" ? it : it.skip;
  if (!hasXmllint) console.warn("xmllint is not installed (Debian: libxml2-utils); the --schema tests are skipped locally");
  const schema = resolve(__dirname, "fixtures/officeapp-head.xsd");

  whenXmllint("passes the real manifest against a schema it satisfies", () => {
    expect(xmllintProblems(resolve(REPO, "manifest.xml"), schema)).toEqual([]);
  });

  whenXmllint("turns xmllint's complaints into problems with line numbers", () => {
    const file = join(mkdtempSync(join(tmpdir(), "sroi-manifest-")), "manifest.xml");
    writeFileSync(file, edit(/<Id>[^<]+<\/Id>/, "<Id>sroi</Id>"));
    const problems = xmllintProblems(file, schema);
    const line = MANIFEST.slice(0, MANIFEST.indexOf("<Id>")).split("\n").length;
    expect(problems).toHaveLength(1);
    expect(problems[0].line).toBe(line);
    expect(problems[0].message).toMatch(/^xsd: .*Id.*'sroi'/);
  });
});
