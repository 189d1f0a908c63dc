/* URLs of the manifest: all https, all on one origin; the icons they name exist in assets/ with
 * the pixel size the manifest claims. */
import { readPngSize } from "../icons/png";
import { childrenNamed, descendants, NS, path, problemAt, type Problem } from "./query";
import { indexResources } from "./resources";
import type { XmlElement } from "./xml";

/** A URL value found in the manifest and where. */
interface UrlUse {
  url: string;
  el: XmlElement;
  what: string;
}

const TOP_LEVEL_URLS = ["IconUrl", "HighResolutionIconUrl", "SupportUrl"];

/** Every URL value of the manifest: top-level URLs, DefaultSettings, bt:Images, bt:Urls, with overrides. */
function collectUrls(root: XmlElement): UrlUse[] {
  const holders: [XmlElement, string][] = [];
  for (const name of TOP_LEVEL_URLS) {
    const el = path(root, name);
    if (el) holders.push([el, `<${name}>`]);
  }
  const source = path(root, "DefaultSettings", "SourceLocation");
  if (source) holders.push([source, "<DefaultSettings><SourceLocation>"]);
  const resources = path(root, "VersionOverrides", "Resources");
  for (const kind of ["Images", "Urls"]) {
    const collection = resources ? childrenNamed(resources, kind, NS.bt)[0] : undefined;
    for (const el of collection?.children ?? []) holders.push([el, `bt:${kind} "${el.attrs.id}"`]);
  }
  const uses: UrlUse[] = [];
  for (const [el, what] of holders) {
    if (el.attrs.DefaultValue !== undefined) uses.push({ url: el.attrs.DefaultValue, el, what });
    for (const o of el.children.filter((c) => c.local === "Override")) {
      uses.push({ url: o.attrs.Value ?? "", el: o, what: `${what} (${o.attrs.Locale} override)` });
    }
  }
  return uses;
}

/** Every URL parses, uses https, and all share the origin of the first one. */
export function checkOrigins(root: XmlElement): Problem[] {
  const problems: Problem[] = [];
  let first: { origin: string; what: string } | undefined;
  for (const { url, el, what } of collectUrls(root)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(problemAt(el, `${what}: "${url}" is not an absolute URL`));
      continue;
    }
    if (parsed.protocol !== "https:") problems.push(problemAt(el, `${what}: "${url}" must use https`));
    if (parsed.username || parsed.password) problems.push(problemAt(el, `${what}: "${url}" must not carry credentials`));
    if (!first) first = { origin: parsed.origin, what };
    else if (parsed.origin !== first.origin) {
      problems.push(
        problemAt(el, `${what}: origin ${parsed.origin} differs from ${first.origin} (${first.what}); serve everything from one origin`),
      );
    }
  }
  return problems;
}

/** Reads a file the dev server would serve at a URL path, or undefined when there is none. */
export type AssetReader = (urlPath: string) => Uint8Array | undefined;

/** The icon sizes the schema makes mandatory in every icon list. */
const REQUIRED_ICON_SIZES = [16, 32, 80];
const TOP_LEVEL_ICON_SIZE: Record<string, number> = { IconUrl: 32, HighResolutionIconUrl: 64 };

/**
 * URLs under /assets/ name files that exist; icons are PNGs of the size the manifest claims:
 * IconUrl 32 px, HighResolutionIconUrl 64 px, and each `<bt:Image size="N">` N px; every icon list
 * has the sizes 16, 32 and 80.
 */
export function checkAssets(root: XmlElement, readAsset: AssetReader): Problem[] {
  const problems: Problem[] = [];
  const fileAt = (url: string): { path: string; bytes?: Uint8Array } | undefined => {
    try {
      const p = new URL(url).pathname;
      return p.startsWith("/assets/") ? { path: p, bytes: readAsset(p) } : undefined;
    } catch {
      return undefined; // reported by checkOrigins
    }
  };
  for (const { url, el, what } of collectUrls(root)) {
    const file = fileAt(url);
    if (file && !file.bytes) problems.push(problemAt(el, `${what}: ${file.path} does not exist in assets/`));
  }
  const checkIcon = (url: string, size: number, el: XmlElement, what: string) => {
    const file = fileAt(url);
    if (!file?.bytes) return;
    const png = readPngSize(file.bytes);
    if (!png) problems.push(problemAt(el, `${what}: ${file.path} is not a PNG file`));
    else if (png.width !== size || png.height !== size) {
      problems.push(problemAt(el, `${what}: ${file.path} is ${png.width}×${png.height} px, expected ${size}×${size}`));
    }
  };
  for (const [name, size] of Object.entries(TOP_LEVEL_ICON_SIZE)) {
    const el = path(root, name);
    if (el?.attrs.DefaultValue) checkIcon(el.attrs.DefaultValue, size, el, `<${name}>`);
  }
  const images = indexResources(root).Images;
  for (const { el } of descendants(root)) {
    if (el.local !== "Icon" || el.ns !== NS.ov) continue;
    const sizes = el.children.map((img) => Number(img.attrs.size));
    const absent = REQUIRED_ICON_SIZES.filter((s) => !sizes.includes(s));
    if (absent.length) problems.push(problemAt(el, `<Icon> lacks the required size(s) ${absent.join(", ")}`));
    for (const img of el.children) {
      const resource = images.get(img.attrs.resid);
      if (resource?.attrs.DefaultValue)
        checkIcon(resource.attrs.DefaultValue, Number(img.attrs.size), img, `bt:Image "${img.attrs.resid}"`);
    }
  }
  return problems;
}

/** Every URL (without query or fragment) names a file the build emitted; `exists` answers per URL path. */
export function checkBuildOutputs(root: XmlElement, exists: (urlPath: string) => boolean): Problem[] {
  const problems: Problem[] = [];
  for (const { url, el, what } of collectUrls(root)) {
    let p: string;
    try {
      p = new URL(url).pathname;
    } catch {
      continue; // reported by checkOrigins
    }
    if (!exists(p)) problems.push(problemAt(el, `${what}: the build output has no file for ${p}`));
  }
  return problems;
}
