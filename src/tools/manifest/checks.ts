/* The offline manifest validator: parses manifest.xml and runs every check. Pure apart from the
 * injected asset reader, so tests can feed broken variants. */
import { checkReferences, checkResourceEntries, checkTranslations, indexResources } from "./resources";
import { NS, child, childrenNamed, descendants, path, problemAt, textOf, xsiType, type Problem } from "./query";
import { checkStructure } from "./schema";
import { checkAssets, checkOrigins, type AssetReader } from "./urls";
import { parseXml, XmlSyntaxError, type XmlElement } from "./xml";

/** What the manifest must promise beyond the schema. */
export interface ManifestExpectations {
  /** The custom-functions namespace, e.g. "SROI". */
  namespace: string;
  /** The locale every user-visible string must be translated into, e.g. "sv-SE". */
  translationLocale: string;
  /** Reads a file served under a URL path (for /assets/...). */
  readAsset: AssetReader;
}

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;
const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];

/** Id, version, locale, permissions, host and requirement sets of the add-in itself. */
function checkIdentity(root: XmlElement): Problem[] {
  const problems: Problem[] = [];
  const need = (ok: boolean, el: XmlElement | undefined, message: string) => {
    if (!ok) problems.push(el ? problemAt(el, message) : { message });
  };
  const id = child(root, "Id");
  need(GUID.test(textOf(id)), id, `<Id> must be a GUID, found "${textOf(id)}"`);
  const version = child(root, "Version");
  need(VERSION.test(textOf(version)), version, `<Version> must look like 1.2.3.4, found "${textOf(version)}"`);
  const locale = child(root, "DefaultLocale");
  need(textOf(locale) === "en-US", locale, `<DefaultLocale> must be en-US (the default language), found "${textOf(locale)}"`);
  const provider = child(root, "ProviderName");
  need(textOf(provider).length > 0 && textOf(provider).length <= 125, provider, "<ProviderName> must have 1 to 125 characters");
  for (const [name, max] of [
    ["DisplayName", 125],
    ["Description", 250],
  ] as const) {
    const el = child(root, name);
    const values = el ? [el.attrs.DefaultValue ?? "", ...el.children.map((o) => o.attrs.Value ?? "")] : [];
    for (const v of values)
      need(v.length > 0 && v.length <= max, el, `<${name}> values must have 1 to ${max} characters, found ${v.length}`);
  }
  const permissions = child(root, "Permissions");
  need(PERMISSIONS.includes(textOf(permissions)), permissions, `<Permissions> must be one of ${PERMISSIONS.join(", ")}`);
  const hosts = childrenNamed(child(root, "Hosts") ?? root, "Host", NS.app).map((h) => h.attrs.Name);
  need(
    hosts.length === 1 && hosts[0] === "Workbook",
    child(root, "Hosts"),
    `<Hosts> must list exactly one <Host Name="Workbook"/>, found ${hosts.join(", ") || "none"}`,
  );
  const sets = childrenNamed(path(root, "Requirements", "Sets") ?? root, "Set", NS.app);
  const cfr = sets.find((s) => s.attrs.Name === "CustomFunctionsRuntime");
  need(cfr !== undefined, path(root, "Requirements"), "<Requirements> must require the CustomFunctionsRuntime set");
  for (const { el } of descendants(root)) {
    if (el.local === "Set" && el.attrs.Name === "SharedRuntime") {
      problems.push(problemAt(el, "SharedRuntime is not used: the functions run in the JavaScript-only runtime"));
    }
  }
  return problems;
}

/** The custom-functions extension point: namespace, script/page/metadata URLs, localized metadata. */
function checkCustomFunctions(root: XmlElement, expect: ManifestExpectations): Problem[] {
  const problems: Problem[] = [];
  const host = path(root, "VersionOverrides", "Hosts", "Host");
  const point = path(host, "AllFormFactors", "ExtensionPoint");
  if (!point || xsiType(point, root) !== "CustomFunctions") {
    return [problemAt(host ?? root, 'the Workbook host needs <AllFormFactors><ExtensionPoint xsi:type="CustomFunctions">')];
  }
  const index = indexResources(root);
  const ns = child(point, "Namespace");
  const nsString = ns ? index.ShortStrings.get(ns.attrs.resid) : undefined;
  if (!ns) problems.push(problemAt(point, `custom functions need <Namespace> (the "${expect.namespace}" prefix)`));
  else if (nsString) {
    const values = [nsString.attrs.DefaultValue, ...nsString.children.map((o) => o.attrs.Value)];
    if (values.some((v) => v !== expect.namespace)) {
      problems.push(
        problemAt(nsString, `the functions namespace must be "${expect.namespace}" in every language, found ${values.join(", ")}`),
      );
    }
  }
  for (const [name, ext] of [
    ["Script", ".js"],
    ["Page", ".html"],
    ["Metadata", ".json"],
  ] as const) {
    const source = path(point, name, "SourceLocation");
    const url = source ? index.Urls.get(source.attrs.resid) : undefined;
    if (!url) continue; // missing element or resid: reported by the structure and reference checks
    for (const v of [url.attrs.DefaultValue, ...url.children.map((o) => o.attrs.Value)]) {
      if (!v?.split(/[?#]/)[0].endsWith(ext))
        problems.push(problemAt(url, `the custom functions ${name} URL must name a ${ext} file, found "${v}"`));
    }
    if (name === "Metadata") {
      const override = url.children.find((o) => o.attrs.Locale === expect.translationLocale);
      if (!override || override.attrs.Value === url.attrs.DefaultValue) {
        problems.push(
          problemAt(url, `the functions metadata needs a ${expect.translationLocale} override pointing to the translated metadata file`),
        );
      }
    }
  }
  return problems;
}

/** Ribbon: the button opens the add-in's task pane; group and control ids are unique. */
function checkRibbon(root: XmlElement): Problem[] {
  const problems: Problem[] = [];
  const taskpane = path(root, "DefaultSettings", "SourceLocation")?.attrs.DefaultValue;
  const urls = indexResources(root).Urls;
  const ids = new Map<string, XmlElement>();
  for (const { el } of descendants(root)) {
    if ((el.local === "Group" || el.local === "Control") && el.ns === NS.ov) {
      const id = el.attrs.id;
      if (!id) problems.push(problemAt(el, `<${el.name}> needs an id`));
      else if (ids.has(id)) problems.push(problemAt(el, `id "${id}" is used by more than one group or control`));
      else ids.set(id, el);
    }
    if (el.local === "Action" && xsiType(el, root) === "ShowTaskpane") {
      const target = urls.get(child(el, "SourceLocation")?.attrs.resid ?? "")?.attrs.DefaultValue;
      if (target !== undefined && target !== taskpane) {
        problems.push(problemAt(el, `the button opens ${target}, but the add-in's task pane (DefaultSettings) is ${taskpane}`));
      }
    }
  }
  return problems;
}

/** Parses and checks a manifest; an empty result means it passed. */
export function validateManifest(source: string, expect: ManifestExpectations): Problem[] {
  let root: XmlElement;
  try {
    root = parseXml(source);
  } catch (err) {
    if (err instanceof XmlSyntaxError) return [{ message: `not well-formed XML: ${err.message}`, line: err.line }];
    throw err;
  }
  const structure = checkStructure(root);
  if (structure.length > 0 && (root.local !== "OfficeApp" || root.ns !== NS.app)) return structure;
  return [
    ...structure,
    ...checkIdentity(root),
    ...checkResourceEntries(root),
    ...checkReferences(root),
    ...checkTranslations(root, expect.translationLocale),
    ...checkOrigins(root),
    ...checkAssets(root, expect.readAsset),
    ...checkCustomFunctions(root, expect),
    ...checkRibbon(root),
  ];
}

/** One line per problem, `file:line: message`, sorted by line. */
export function formatProblems(file: string, problems: readonly Problem[]): string {
  return [...problems]
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
    .map((p) => `${file}${p.line ? `:${p.line}` : ""}: ${p.message}`)
    .join("\n");
}
