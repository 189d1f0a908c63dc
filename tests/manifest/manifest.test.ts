/* The real manifest passes the offline validator; broken variants of it fail with a clear message. */
import { repoExpectations } from "../../src/tools/validateManifest";
import { edit, MANIFEST, problemsOf } from "./helpers";

describe("manifest.xml", () => {
  it("passes every offline check", () => {
    expect(problemsOf(MANIFEST)).toBe("");
  });

  it("declares the custom functions in the JavaScript-only runtime, namespace SROI", () => {
    expect(MANIFEST).toContain('<ExtensionPoint xsi:type="CustomFunctions">');
    expect(MANIFEST).toContain('<Set Name="CustomFunctionsRuntime" MinVersion="1.2"/>');
    expect(MANIFEST).not.toMatch(/Name="SharedRuntime"|<Runtimes/);
    expect(MANIFEST).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="SROI">/);
  });

  it("puts a button that opens the task pane in a labelled group on the Home tab", () => {
    expect(MANIFEST).toMatch(/<OfficeTab id="TabHome">\s*<Group id="[^"]+">\s*<Label resid=/);
    expect(MANIFEST).toMatch(/<Action xsi:type="ShowTaskpane">/);
  });
});

describe("validator on broken variants of manifest.xml", () => {
  it("reports a resid that names no resource", () => {
    const out = problemsOf(edit('<Label resid="Group.Label"/>', '<Label resid="Group.Lable"/>'));
    expect(out).toMatch(/<Label resid="Group.Lable"> does not resolve: no bt:ShortStrings entry has that id/);
  });

  it("reports a resid that names a resource of the wrong kind", () => {
    const out = problemsOf(edit('<LearnMoreUrl resid="Help.Url"/>', '<LearnMoreUrl resid="GetStarted.Title"/>'));
    expect(out).toMatch(/LearnMoreUrl resid="GetStarted.Title"> does not resolve: no bt:Urls entry .*exists in bt:ShortStrings/);
  });

  it("reports elements out of the schema's order, naming what must come first", () => {
    const moved = edit(/ {2}<IconUrl [^\n]*\n/, "", MANIFEST);
    const iconUrl = / {2}<IconUrl [^\n]*\n/.exec(MANIFEST)![0];
    const out = problemsOf(edit("  <DisplayName", iconUrl + "  <DisplayName", moved));
    expect(out).toMatch(/<IconUrl> is out of order in <OfficeApp>: it must come after <DisplayName>/);
  });

  it("reports a required element that is missing", () => {
    const out = problemsOf(edit("<Permissions>ReadWriteDocument</Permissions>", ""));
    expect(out).toMatch(/<OfficeApp> needs <Permissions> before <VersionOverrides>/);
  });

  it("reports an element the schema does not allow there", () => {
    const out = problemsOf(edit('<Hosts>\n    <Host Name="Workbook"/>', '<Hosts>\n    <Host Name="Workbook"/><Runtimes/>'));
    expect(out).toMatch(/unexpected <Runtimes> in <Hosts>/);
  });

  it("reports a second origin", () => {
    const out = problemsOf(
      edit('DefaultValue="https://localhost:3000/functions.js"', 'DefaultValue="https://cdn.example.org/functions.js"'),
    );
    expect(out).toMatch(/bt:Urls "Functions.Script.Url": origin https:\/\/cdn.example.org differs from https:\/\/localhost:3000/);
  });

  it("reports a URL that is not https", () => {
    const out = problemsOf(MANIFEST.replace(/https:\/\/localhost:3000/g, "http://localhost:3000"));
    expect(out).toMatch(/"http:\/\/localhost:3000\/assets\/icon-32.png" must use https/);
  });

  it("reports a user-visible string without its sv-SE override", () => {
    const out = problemsOf(edit('<bt:Override Locale="sv-SE" Value="SROI-verktyg"/>', ""));
    expect(out).toMatch(/bt:ShortStrings "TaskpaneButton.Label" has no sv-SE override/);
  });

  it("reports a display name without its sv-SE override", () => {
    const out = problemsOf(edit('<Override Locale="sv-SE" Value="SROI för Excel"/>', ""));
    expect(out).toMatch(/<DisplayName> has no sv-SE override/);
  });

  it("reports functions metadata without the Swedish metadata file", () => {
    const out = problemsOf(edit('<bt:Override Locale="sv-SE" Value="https://localhost:3000/functions-sv.json"/>', ""));
    expect(out).toMatch(/the functions metadata needs a sv-SE override/);
  });

  it("reports a namespace other than SROI", () => {
    const out = problemsOf(
      edit('<bt:String id="Functions.Namespace" DefaultValue="SROI">', '<bt:String id="Functions.Namespace" DefaultValue="CONTOSO">'),
    );
    expect(out).toMatch(/the functions namespace must be "SROI" in every language, found CONTOSO, SROI/);
  });

  it("reports the shared runtime", () => {
    const out = problemsOf(
      edit(
        '<Set Name="CustomFunctionsRuntime" MinVersion="1.2"/>',
        '<Set Name="CustomFunctionsRuntime" MinVersion="1.2"/><Set Name="SharedRuntime" MinVersion="1.1"/>',
      ),
    );
    expect(out).toMatch(/SharedRuntime is not used/);
  });

  it("reports a resource id defined twice and one never used", () => {
    const twice = edit("</bt:Images>", '<bt:Image id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-16.png"/></bt:Images>');
    expect(problemsOf(twice)).toMatch(/id "Icon.16x16" is defined twice in bt:Images/);
    const unused = edit("</bt:Images>", '<bt:Image id="Icon.64x64" DefaultValue="https://localhost:3000/assets/icon-64.png"/></bt:Images>');
    expect(problemsOf(unused)).toMatch(/bt:Images entry "Icon.64x64" is never referenced/);
  });

  it("reports a short string longer than the schema's 125 characters", () => {
    const out = problemsOf(edit('DefaultValue="SROI tools"', `DefaultValue="${"x".repeat(126)}"`));
    expect(out).toMatch(/DefaultValue of "TaskpaneButton.Label" has 126 characters; bt:ShortStrings allows 125/);
  });

  it("reports an icon list without the mandatory 80 px image", () => {
    const out = problemsOf(edit(/\s*<bt:Image size="80" resid="Icon.80x80"\/>/, ""));
    expect(out).toMatch(/<Icon> lacks the required size\(s\) 80/);
  });

  it("reports an icon file of the wrong pixel size", () => {
    const out = problemsOf(
      edit(
        'id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"',
        'id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-64.png"',
      ),
    );
    expect(out).toMatch(/bt:Image "Icon.80x80": \/assets\/icon-64.png is 64×64 px, expected 80×80/);
  });

  it("reports an asset that does not exist and one that is not a PNG", () => {
    const missing = edit('assets/icon-32.png"/>\n  <HighRes', 'assets/icon-33.png"/>\n  <HighRes');
    expect(problemsOf(missing)).toMatch(/<IconUrl>: \/assets\/icon-33.png does not exist in assets\//);
    const notPng = { ...repoExpectations(), readAsset: () => new TextEncoder().encode("GIF89a and more bytes than a header") };
    expect(problemsOf(MANIFEST, notPng)).toMatch(/<IconUrl>: \/assets\/icon-32.png is not a PNG file/);
  });

  it("reports XML that is not well-formed, with its line", () => {
    const out = problemsOf(edit("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadWriteDocument</Permission>"));
    const line = MANIFEST.slice(0, MANIFEST.indexOf("<Permissions>")).split("\n").length;
    expect(out).toBe(
      `m:${line}: not well-formed XML: line ${line}, column 33: </Permission> does not match <Permissions> opened at line ${line}`,
    );
  });

  it("reports a root element that is not an OfficeApp task pane add-in", () => {
    expect(problemsOf(edit('xsi:type="TaskPaneApp"', 'xsi:type="MailApp"'))).toMatch(
      /<OfficeApp> needs xsi:type TaskPaneApp \(found "MailApp"\)/,
    );
    expect(problemsOf("<Other/>")).toMatch(/the root element must be <OfficeApp/);
  });

  it("reports an Id that is not a GUID and a button that opens another page", () => {
    expect(problemsOf(edit(/<Id>[^<]+<\/Id>/, "<Id>sroi</Id>"))).toMatch(/<Id> must be a GUID, found "sroi"/);
    const other = edit(
      'id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"',
      'id="Taskpane.Url" DefaultValue="https://localhost:3000/other.html"',
    );
    expect(problemsOf(other)).toMatch(/the button opens https:\/\/localhost:3000\/other.html, but the add-in's task pane/);
  });
});
