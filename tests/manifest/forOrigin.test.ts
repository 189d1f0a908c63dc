/* The manifest for a real host (ADDIN_ORIGIN=… npm run build → dist/manifest.xml). */
import { checkOrigin, manifestForOrigin, manifestVersion } from "../../src/tools/manifest/forOrigin";
import { MANIFEST, problemsOf } from "./helpers";

describe("manifestForOrigin", () => {
  const built = manifestForOrigin(MANIFEST, "https://sroi.example.org", "2.3.4");

  it("moves every URL to the host's origin and leaves none on the dev server", () => {
    const origins = (xml: string) => [...xml.matchAll(/"(https:\/\/[^"/]+)/g)].map((m) => m[1]);
    const urls = origins(built);
    expect(urls.length).toBe(origins(MANIFEST).length);
    expect(built).not.toContain("localhost");
    expect(new Set(urls)).toEqual(new Set(["https://sroi.example.org"]));
    expect(built).toContain('<bt:Url id="Functions.Metadata.Url" DefaultValue="https://sroi.example.org/functions.json">');
    expect(built).toContain('<SourceLocation DefaultValue="https://sroi.example.org/taskpane.html"/>');
  });

  it("takes the version from package.json as four numbers", () => {
    expect(built).toContain("<Version>2.3.4.0</Version>");
    expect(built.match(/<Version>/g)).toHaveLength(1);
  });

  it("passes the offline validator", () => {
    expect(problemsOf(built)).toBe("");
  });

  it("keeps a port and drops a trailing slash", () => {
    expect(manifestForOrigin(MANIFEST, "https://addins.kommun.se:8443/", "0.1.0")).toContain(
      '"https://addins.kommun.se:8443/taskpane.html"',
    );
  });
});

describe("checkOrigin", () => {
  it.each([
    ["http://sroi.example.org", /only over https/],
    ["https://sroi.example.org/addin", /without a path/],
    ["https://sroi.example.org?x=1", /without a path/],
    ["sroi.example.org", /expected an https origin/],
    ["", /expected an https origin/],
  ])("refuses %j", (origin, message) => {
    expect(() => checkOrigin(origin)).toThrow(message);
  });
});

describe("manifestVersion", () => {
  it.each([
    ["0.1.0", "0.1.0.0"],
    ["10.20.30", "10.20.30.0"],
  ])("%s → %s", (version, expected) => expect(manifestVersion(version)).toBe(expected));

  it("refuses a pre-release version", () => {
    expect(() => manifestVersion("1.0.0-beta.1")).toThrow(/not major.minor.patch/);
  });
});
