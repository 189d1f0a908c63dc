/* Resources of VersionOverrides: every resid resolves to a resource of the right kind, ids are
 * unique and short, strings fit their limits, and everything a user reads has a translation. */
import { NS, childrenNamed, descendants, path, problemAt, type Problem } from "./query";
import type { XmlElement } from "./xml";

/** The four resource collections and the limit on their values. */
type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";
const KINDS: readonly ResourceKind[] = ["Images", "Urls", "ShortStrings", "LongStrings"];
const MAX_LENGTH: Record<ResourceKind, number> = { Images: 2048, Urls: 2048, ShortStrings: 125, LongStrings: 250 };
const MAX_ID_LENGTH = 32;

/** Which kind of resource an element with a `resid` refers to, by the element's name. */
const REFERENCE_KIND: Record<string, ResourceKind> = {
  Image: "Images",
  SourceLocation: "Urls",
  LearnMoreUrl: "Urls",
  FunctionFile: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
};

/** Resource elements by kind and id. */
export type ResourceIndex = Record<ResourceKind, Map<string, XmlElement>>;

/** Collects the resources of the manifest's VersionOverrides (empty when there are none). */
export function indexResources(root: XmlElement): ResourceIndex {
  const resources = path(root, "VersionOverrides", "Resources");
  const index = {} as ResourceIndex;
  for (const kind of KINDS) {
    index[kind] = new Map();
    const collection = resources ? childrenNamed(resources, kind, NS.bt)[0] : undefined;
    for (const el of collection?.children ?? []) if (!index[kind].has(el.attrs.id)) index[kind].set(el.attrs.id, el);
  }
  return index;
}

/** Every resid resolves to a resource of the kind the referring element needs; no resource is unused. */
export function checkReferences(root: XmlElement): Problem[] {
  const problems: Problem[] = [];
  const index = indexResources(root);
  const used = new Set<string>();
  // Resource entries carry `id`, references carry `resid`: one pass over the tree finds all references.
  for (const { el } of descendants(root)) {
    const resid = el.attrs.resid;
    if (resid === undefined) continue;
    const kind = REFERENCE_KIND[el.local];
    if (!kind) {
      problems.push(problemAt(el, `<${el.name}> has a resid but the validator does not know which resource kind it refers to`));
    } else if (!index[kind].has(resid)) {
      const elsewhere = KINDS.filter((k) => index[k].has(resid));
      const hint = elsewhere.length ? ` (an id "${resid}" exists in bt:${elsewhere.join(", bt:")})` : "";
      problems.push(problemAt(el, `<${el.name} resid="${resid}"> does not resolve: no bt:${kind} entry has that id${hint}`));
    } else used.add(`${kind}/${resid}`);
  }
  for (const kind of KINDS) {
    for (const [id, el] of index[kind]) {
      if (!used.has(`${kind}/${id}`)) problems.push(problemAt(el, `bt:${kind} entry "${id}" is never referenced; remove it or use it`));
    }
  }
  return problems;
}

/** Ids present, unique within their collection, at most 32 characters; values within length limits. */
export function checkResourceEntries(root: XmlElement): Problem[] {
  const problems: Problem[] = [];
  const resources = path(root, "VersionOverrides", "Resources");
  for (const kind of KINDS) {
    const seen = new Set<string>();
    const collection = resources ? childrenNamed(resources, kind, NS.bt)[0] : undefined;
    for (const el of collection?.children ?? []) {
      const id = el.attrs.id;
      if (!id) problems.push(problemAt(el, `<${el.name}> in bt:${kind} needs an id`));
      else if (id.length > MAX_ID_LENGTH) problems.push(problemAt(el, `id "${id}" is longer than ${MAX_ID_LENGTH} characters`));
      else if (seen.has(id)) problems.push(problemAt(el, `id "${id}" is defined twice in bt:${kind}`));
      if (id) seen.add(id);
      for (const [what, value] of valuesOf(el)) {
        if (!value) problems.push(problemAt(el, `${what} of "${id}" is empty`));
        else if (value.length > MAX_LENGTH[kind]) {
          problems.push(problemAt(el, `${what} of "${id}" has ${value.length} characters; bt:${kind} allows ${MAX_LENGTH[kind]}`));
        }
      }
    }
  }
  return problems;
}

/** The default value and every override value of a locale-aware element, labelled. */
function valuesOf(el: XmlElement): [string, string | undefined][] {
  return [
    ["DefaultValue", el.attrs.DefaultValue],
    ...el.children
      .filter((c) => c.local === "Override")
      .map((o): [string, string | undefined] => [`the ${o.attrs.Locale} override`, o.attrs.Value]),
  ];
}

/**
 * Everything a user reads has exactly one override for `locale` with a non-empty value: the
 * add-in's DisplayName and Description and every bt:String (short and long).
 */
export function checkTranslations(root: XmlElement, locale: string): Problem[] {
  const problems: Problem[] = [];
  const readable: [XmlElement, string][] = [];
  for (const name of ["DisplayName", "Description"]) {
    const el = path(root, name);
    if (el) readable.push([el, `<${name}>`]);
  }
  const resources = path(root, "VersionOverrides", "Resources");
  for (const kind of ["ShortStrings", "LongStrings"] as const) {
    const collection = resources ? childrenNamed(resources, kind, NS.bt)[0] : undefined;
    for (const el of collection?.children ?? []) readable.push([el, `bt:${kind} "${el.attrs.id}"`]);
  }
  for (const [el, what] of readable) {
    const overrides = el.children.filter((c) => c.local === "Override" && c.attrs.Locale === locale);
    if (overrides.length === 0) problems.push(problemAt(el, `${what} has no ${locale} override`));
    else if (overrides.length > 1) problems.push(problemAt(overrides[1], `${what} has more than one ${locale} override`));
    else if (!overrides[0].attrs.Value?.trim()) problems.push(problemAt(overrides[0], `${what} has an empty ${locale} override`));
  }
  return problems;
}
