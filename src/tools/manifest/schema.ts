/* The content model of the part of the add-in manifest schema this add-in uses, written down from
 * [MS-OWEMXML] (OfficeAppManifestV1_1, TaskPaneAppVersionOverridesV1_0, OfficeAppBasicTypesV1_0):
 * for each type, its child elements in the order the XSD's <xs:sequence> requires, with counts.
 * Anything outside this subset is reported as unexpected, so a new element means extending this
 * table deliberately. */
import { NS, problemAt, xsiType, type Problem } from "./query";
import type { XmlElement } from "./xml";

type Ns = keyof typeof NS;
/** The type of a child: a named model, one chosen by the child's xsi:type, or a leaf (no children). */
type ChildType = string | { byXsiType: Record<string, string> } | undefined;

interface Particle {
  ns: Ns;
  name: string;
  min: number;
  max: number;
  type?: ChildType;
}

const one = (ns: Ns, name: string, type?: ChildType): Particle => ({ ns, name, min: 1, max: 1, type });
const opt = (ns: Ns, name: string, type?: ChildType): Particle => ({ ns, name, min: 0, max: 1, type });
const many = (ns: Ns, name: string, min: number, type?: ChildType): Particle => ({ ns, name, min, max: Infinity, type });

/** Sequences by type name. */
export const MODELS: Record<string, readonly Particle[]> = {
  TaskPaneApp: [
    one("app", "Id"),
    opt("app", "AlternateId"),
    one("app", "Version"),
    one("app", "ProviderName"),
    one("app", "DefaultLocale"),
    one("app", "DisplayName", "LocaleAware"),
    one("app", "Description", "LocaleAware"),
    opt("app", "IconUrl", "LocaleAware"),
    opt("app", "HighResolutionIconUrl", "LocaleAware"),
    opt("app", "SupportUrl", "LocaleAware"),
    opt("app", "AppDomains", "AppDomains"),
    opt("app", "Hosts", "AppHosts"),
    opt("app", "Requirements", "AppRequirements"),
    one("app", "DefaultSettings", "DefaultSettings"),
    one("app", "Permissions"),
    opt("ov", "VersionOverrides", { byXsiType: { VersionOverridesV1_0: "VersionOverridesV1_0" } }),
  ],
  LocaleAware: [many("app", "Override", 0)],
  AppDomains: [many("app", "AppDomain", 1)],
  AppHosts: [many("app", "Host", 1)],
  AppRequirements: [opt("app", "Sets", "AppSets"), opt("app", "Methods", "AppMethods")],
  AppSets: [many("app", "Set", 1)],
  AppMethods: [many("app", "Method", 1)],
  DefaultSettings: [one("app", "SourceLocation", "LocaleAware")],

  VersionOverridesV1_0: [
    opt("ov", "Description"),
    opt("ov", "Requirements", "BtRequirements"),
    opt("ov", "Hosts", "OvHosts"),
    opt("ov", "Resources", "Resources"),
  ],
  BtRequirements: [one("bt", "Sets", "BtSets")],
  BtSets: [many("bt", "Set", 1)],
  OvHosts: [many("ov", "Host", 1, { byXsiType: { Workbook: "Workbook" } })],
  Workbook: [opt("ov", "AllFormFactors", "AllFormFactors"), opt("ov", "DesktopFormFactor", "FormFactor")],
  AllFormFactors: [one("ov", "ExtensionPoint", { byXsiType: { CustomFunctions: "CustomFunctions" } })],
  CustomFunctions: [one("ov", "Script", "Source"), one("ov", "Page", "Source"), opt("ov", "Metadata", "Source"), opt("ov", "Namespace")],
  Source: [one("ov", "SourceLocation")],
  FormFactor: [
    opt("ov", "GetStarted", "GetStarted"),
    opt("ov", "FunctionFile"),
    many("ov", "ExtensionPoint", 1, { byXsiType: { PrimaryCommandSurface: "PrimaryCommandSurface" } }),
  ],
  GetStarted: [one("ov", "Title"), one("ov", "Description"), one("ov", "LearnMoreUrl")],
  PrimaryCommandSurface: [many("ov", "OfficeTab", 0, "Tab"), many("ov", "CustomTab", 0, "CustomTab")],
  Tab: [many("ov", "Group", 1, "Group")],
  CustomTab: [many("ov", "Group", 1, "Group"), one("ov", "Label")],
  Group: [one("ov", "Label"), one("ov", "Icon", "IconList"), many("ov", "Control", 1, { byXsiType: { Button: "Button" } })],
  Button: [
    one("ov", "Label"),
    one("ov", "Supertip", "Supertip"),
    one("ov", "Icon", "IconList"),
    one("ov", "Action", { byXsiType: { ShowTaskpane: "ShowTaskpane" } }),
  ],
  Supertip: [one("ov", "Title"), one("ov", "Description")],
  IconList: [many("bt", "Image", 1)],
  ShowTaskpane: [opt("ov", "TaskpaneId"), one("ov", "SourceLocation"), opt("ov", "Title")],
  Resources: [
    opt("bt", "Images", "Images"),
    opt("bt", "Urls", "Urls"),
    opt("bt", "ShortStrings", "ShortStrings"),
    opt("bt", "LongStrings", "LongStrings"),
  ],
  Images: [many("bt", "Image", 0, "BtLocaleAware")],
  Urls: [many("bt", "Url", 0, "BtLocaleAware")],
  ShortStrings: [many("bt", "String", 0, "BtLocaleAware")],
  LongStrings: [many("bt", "String", 0, "BtLocaleAware")],
  BtLocaleAware: [many("bt", "Override", 0)],
};

const label = (p: Particle) => (p.ns === "bt" ? `bt:${p.name}` : p.name);
const matches = (el: XmlElement, p: Particle) => el.local === p.name && el.ns === NS[p.ns];

/** Checks that `el`'s children follow the sequence `particles`: order, counts, nothing extra. */
export function checkSequence(el: XmlElement, particles: readonly Particle[]): Problem[] {
  const problems: Problem[] = [];
  const indices = el.children.map((c) => particles.findIndex((p) => matches(c, p)));
  /** Present but misplaced: reported once as out of order, not again as missing. */
  const misplaced = new Set<Particle>();
  /** Required particles in [from, to) that have not occurred enough, counting `count` for `from`. */
  const unmet = (from: number, to: number, count: number) =>
    particles.slice(from, to).filter((p, i) => (i === 0 ? count : 0) < p.min && !misplaced.has(p));
  let current = 0;
  let count = 0;
  el.children.forEach((c, i) => {
    const idx = indices[i];
    if (idx < 0) {
      const allowed = particles.map(label).join(", ") || "no child elements";
      problems.push(problemAt(c, `unexpected <${c.name}> in <${el.name}>; allowed, in this order: ${allowed}`));
    } else if (idx < current) {
      misplaced.add(particles[idx]);
      problems.push(problemAt(c, `<${c.name}> is out of order in <${el.name}>: it must come before <${label(particles[current])}>`));
    } else if (idx === current) {
      count += 1;
      if (count > particles[idx].max)
        problems.push(problemAt(c, `<${c.name}> may appear only ${particles[idx].max} time(s) in <${el.name}>`));
    } else {
      const skipped = unmet(current, idx, count);
      const later = skipped.find((p) => indices.slice(i + 1).some((j) => particles[j] === p));
      if (later) {
        // A required element that belongs before this one still follows: this one is misplaced.
        misplaced.add(particles[idx]);
        problems.push(problemAt(c, `<${c.name}> is out of order in <${el.name}>: it must come after <${label(later)}>`));
        return;
      }
      for (const p of skipped) problems.push(problemAt(c, `<${el.name}> needs <${label(p)}> before <${c.name}>`));
      current = idx;
      count = 1;
    }
  });
  for (const p of unmet(current, particles.length, count)) {
    problems.push(problemAt(el, `<${el.name}> needs <${label(p)}>${count > 0 && p === particles[current] ? ` (at least ${p.min})` : ""}`));
  }
  return problems;
}

function resolveType(el: XmlElement, type: ChildType, root: XmlElement): { name?: string; problem?: Problem } {
  if (type === undefined || typeof type === "string") return { name: type };
  const given = xsiType(el, root);
  const name = given === undefined ? undefined : type.byXsiType[given];
  if (name) return { name };
  const known = Object.keys(type.byXsiType).join(", ");
  return { problem: problemAt(el, `<${el.name}> needs xsi:type ${known}${given ? ` (found "${given}")` : ""}`) };
}

/** Walks the manifest from the root and checks every element against {@link MODELS}. */
export function checkStructure(root: XmlElement): Problem[] {
  if (root.local !== "OfficeApp" || root.ns !== NS.app) {
    return [problemAt(root, `the root element must be <OfficeApp xmlns="${NS.app}">`)];
  }
  const rootType = resolveType(root, { byXsiType: { TaskPaneApp: "TaskPaneApp" } }, root);
  if (rootType.problem) return [rootType.problem];
  const problems: Problem[] = [];
  const visit = (el: XmlElement, typeName: string | undefined) => {
    if (typeName === undefined) {
      for (const c of el.children) problems.push(problemAt(c, `<${el.name}> takes no child elements, found <${c.name}>`));
      return;
    }
    const particles = MODELS[typeName];
    problems.push(...checkSequence(el, particles));
    for (const c of el.children) {
      const p = particles.find((q) => matches(c, q));
      if (!p) continue;
      const t = resolveType(c, p.type, root);
      if (t.problem) problems.push(t.problem);
      else visit(c, t.name);
    }
  };
  visit(root, rootType.name);
  return problems;
}
