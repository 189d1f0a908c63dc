/* Small helpers for reading a parsed manifest: namespaces, child lookup, problems. */
import type { XmlElement } from "./xml";

/** The namespaces of an XML add-in manifest (task pane flavour). */
export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

/** One finding of the validator; `line` points into manifest.xml when known. */
export interface Problem {
  message: string;
  line?: number;
}

/** A problem located at an element's start tag. */
export function problemAt(el: XmlElement, message: string): Problem {
  return { message, line: el.line };
}

/** The value of the element's `xsi:type` attribute, whatever prefix the file binds to XSI. */
export function xsiType(el: XmlElement, root: XmlElement): string | undefined {
  const prefix =
    Object.entries(root.attrs)
      .find(([k, v]) => k.startsWith("xmlns:") && v === NS.xsi)?.[0]
      .slice(6) ?? "xsi";
  return el.attrs[`${prefix}:type`];
}

/** Element children with the given local name (and namespace, when given). */
export function childrenNamed(el: XmlElement, local: string, ns?: string): XmlElement[] {
  return el.children.filter((c) => c.local === local && (ns === undefined || c.ns === ns));
}

/** The first child with the given local name, or undefined. */
export function child(el: XmlElement | undefined, local: string, ns?: string): XmlElement | undefined {
  return el ? childrenNamed(el, local, ns)[0] : undefined;
}

/** Follows a path of local names from `el`, taking the first match at each step. */
export function path(el: XmlElement | undefined, ...locals: string[]): XmlElement | undefined {
  return locals.reduce<XmlElement | undefined>((at, local) => child(at, local), el);
}

/** Every element below `el` (depth first, document order), with its parent. */
export function* descendants(el: XmlElement): Generator<{ el: XmlElement; parent: XmlElement }> {
  for (const c of el.children) {
    yield { el: c, parent: el };
    yield* descendants(c);
  }
}

/** The text content of a leaf element, trimmed. */
export function textOf(el: XmlElement | undefined): string {
  return el ? el.text.trim() : "";
}
