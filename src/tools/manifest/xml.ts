/* A small, strict XML parser for manifests: elements, attributes, namespaces, text, comments,
 * CDATA, the XML declaration and processing instructions. No DTDs. Errors carry line:column.
 *
 * Why not a library: saxes (already installed under exceljs) was tried in its place (2026-12). It
 * parses as well, but its messages are worse for someone fixing a manifest by hand: "unexpected
 * close tag." where this says "</a> does not match <b> opened at line 1", "unclosed tag: a" at the
 * end of the file for a bare "&" in text, positions after the fault instead of at its start, and it
 * accepts a DOCTYPE silently. The validator's whole job is those messages, so the parser stays. */

/** An element with resolved namespace and the position of its start tag. */
export interface XmlElement {
  /** The name as written, e.g. `bt:String`. */
  name: string;
  /** The name without prefix, e.g. `String`. */
  local: string;
  /** The namespace URI the prefix (or the default namespace) resolves to; "" for none. */
  ns: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Concatenated character data directly inside this element, entities decoded. */
  text: string;
  line: number;
  column: number;
}

/** Thrown for input that is not well-formed XML. */
export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`line ${line}, column ${column}: ${message}`);
    this.name = "XmlSyntaxError";
  }
}

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const NAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?/;
const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Parses `source` and returns the root element; throws {@link XmlSyntaxError} when malformed. */
export function parseXml(source: string): XmlElement {
  let pos = 0;
  const fail = (message: string, at = pos): never => {
    const before = source.slice(0, at).split("\n");
    throw new XmlSyntaxError(message, before.length, before[before.length - 1].length + 1);
  };
  const position = (at: number) => {
    const before = source.slice(0, at).split("\n");
    return { line: before.length, column: before[before.length - 1].length + 1 };
  };
  const decode = (raw: string, start: number): string =>
    raw.replace(/&([^;&<\s]*);?/g, (match, ref: string, offset: number) => {
      if (!match.endsWith(";")) fail("'&' must start an entity such as &amp;", start + offset);
      if (ref in ENTITIES) return ENTITIES[ref];
      const code = /^#x[0-9a-fA-F]+$/.test(ref) ? parseInt(ref.slice(2), 16) : /^#\d+$/.test(ref) ? Number(ref.slice(1)) : NaN;
      if (!Number.isInteger(code) || code > 0x10ffff) fail(`unknown entity &${ref};`, start + offset);
      return String.fromCodePoint(code);
    });
  const skipMisc = (allowDeclaration: boolean): void => {
    for (;;) {
      const ws = /^\s*/.exec(source.slice(pos))![0];
      pos += ws.length;
      if (source.startsWith("<?xml ", pos) || source.startsWith("<?xml?", pos)) {
        if (!allowDeclaration || pos !== documentStart) fail("the XML declaration must come first in the file");
        pos = endOf("?>", "XML declaration");
      } else if (source.startsWith("<?", pos)) pos = endOf("?>", "processing instruction");
      else if (source.startsWith("<!--", pos)) pos = endOf("-->", "comment");
      else if (source.startsWith("<!", pos)) fail("DTDs and declarations are not supported");
      else return;
      allowDeclaration = false;
    }
  };
  const endOf = (terminator: string, what: string): number => {
    const end = source.indexOf(terminator, pos);
    if (end < 0) fail(`unterminated ${what}`);
    if (what === "comment") {
      const dashes = source.indexOf("--", pos + 4);
      if (dashes < end) fail("'--' is not allowed inside a comment", dashes);
    }
    return end + terminator.length;
  };

  const parseElement = (scope: Map<string, string>): XmlElement => {
    const start = pos;
    pos += 1; // "<"
    const nameMatch = NAME.exec(source.slice(pos));
    if (!nameMatch) fail("expected an element name after '<'");
    const name = nameMatch![0];
    pos += name.length;
    const raw: [string, string, number][] = [];
    for (;;) {
      const ws = /^\s*/.exec(source.slice(pos))![0];
      pos += ws.length;
      if (source.startsWith("/>", pos) || source.startsWith(">", pos)) break;
      if (ws.length === 0) fail(`expected whitespace, '>' or '/>' in <${name}>`);
      const attrStart = pos;
      const attr = NAME.exec(source.slice(pos));
      if (!attr) fail(`malformed attribute in <${name}>`);
      const attrName = attr![0];
      pos += attrName.length;
      const eq = /^\s*=\s*/.exec(source.slice(pos));
      if (!eq) fail(`attribute ${attrName} in <${name}> needs '=' and a quoted value`);
      pos += eq![0].length;
      const quote = source[pos];
      if (quote !== '"' && quote !== "'") fail(`the value of ${attrName} in <${name}> must be in quotes`);
      const end = source.indexOf(quote, pos + 1);
      if (end < 0) fail(`unterminated value of ${attrName}`);
      const value = source.slice(pos + 1, end);
      if (value.includes("<")) fail(`'<' is not allowed in the value of ${attrName}`, pos + 1 + value.indexOf("<"));
      if (raw.some(([n]) => n === attrName)) fail(`duplicate attribute ${attrName} in <${name}>`);
      raw.push([attrName, decode(value, pos + 1), attrStart]);
      pos = end + 1;
    }
    const own = new Map(scope);
    for (const [n, v] of raw) {
      if (n === "xmlns") own.set("", v);
      else if (n.startsWith("xmlns:")) own.set(n.slice(6), v);
    }
    const resolve = (qname: string, isAttr: boolean, at: number): string => {
      const i = qname.indexOf(":");
      if (i < 0) return isAttr ? "" : (own.get("") ?? "");
      const prefix = qname.slice(0, i);
      if (prefix === "xml") return XML_NS;
      const uri = own.get(prefix);
      if (uri === undefined) fail(`namespace prefix '${prefix}' is not declared`, at);
      return uri!;
    };
    const attrs: Record<string, string> = {};
    for (const [n, v, at] of raw) {
      if (n !== "xmlns" && !n.startsWith("xmlns:")) resolve(n, true, at);
      attrs[n] = v;
    }
    const { line, column } = position(start);
    const element: XmlElement = {
      name,
      local: name.includes(":") ? name.slice(name.indexOf(":") + 1) : name,
      ns: resolve(name, false, start),
      attrs,
      children: [],
      text: "",
      line,
      column,
    };
    if (source.startsWith("/>", pos)) {
      pos += 2;
      return element;
    }
    pos += 1; // ">"
    for (;;) {
      if (pos >= source.length) fail(`<${name}> is never closed`, start);
      if (source.startsWith("</", pos)) {
        const close = /^<\/([^\s>]+)\s*>/.exec(source.slice(pos));
        if (!close) fail("malformed end tag");
        if (close![1] !== name) fail(`</${close![1]}> does not match <${name}> opened at line ${line}`);
        pos += close![0].length;
        return element;
      }
      if (source.startsWith("<!--", pos)) pos = endOf("-->", "comment");
      else if (source.startsWith("<![CDATA[", pos)) {
        const end = endOf("]]>", "CDATA section");
        element.text += source.slice(pos + 9, end - 3);
        pos = end;
      } else if (source.startsWith("<?", pos)) pos = endOf("?>", "processing instruction");
      else if (source.startsWith("<", pos)) element.children.push(parseElement(own));
      else {
        const next = source.indexOf("<", pos);
        const chunk = source.slice(pos, next < 0 ? source.length : next);
        element.text += decode(chunk, pos);
        pos += chunk.length;
      }
    }
  };

  if (source.charCodeAt(0) === 0xfeff) pos = 1;
  const documentStart = pos;
  skipMisc(true);
  if (!source.startsWith("<", pos)) fail("expected the root element");
  const root = parseElement(new Map());
  skipMisc(false);
  if (pos < source.length) fail(source.startsWith("<", pos) ? "only one root element is allowed" : "text after the root element");
  return root;
}
