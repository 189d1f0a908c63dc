/* The manifest's XML parser: what it accepts, how it resolves namespaces, and where it reports errors. */
import { parseXml, XmlSyntaxError } from "../../src/tools/manifest/xml";

function errorOf(source: string): XmlSyntaxError {
  try {
    parseXml(source);
  } catch (err) {
    if (err instanceof XmlSyntaxError) return err;
    throw err;
  }
  throw new Error("expected a syntax error");
}

describe("parseXml", () => {
  describe("well-formed input", () => {
    it("reads elements, attributes, text and positions", () => {
      const root = parseXml('<?xml version="1.0"?>\n<a x="1" y=\'two\'>\n  <b>hi</b><c/>\n</a>');
      expect(root.name).toBe("a");
      expect(root.attrs).toEqual({ x: "1", y: "two" });
      expect(root.children.map((c) => c.name)).toEqual(["b", "c"]);
      expect(root.children[0].text).toBe("hi");
      expect([root.line, root.column]).toEqual([2, 1]);
      expect([root.children[1].line, root.children[1].column]).toEqual([3, 12]);
    });

    it("decodes the predefined and numeric entities in text and attributes", () => {
      const root = parseXml('<a t="&lt;&amp;&quot;&#65;&#x42;">&gt; &apos;&#xE4;</a>');
      expect(root.attrs.t).toBe('<&"AB');
      expect(root.text).toBe("> 'ä");
    });

    it("resolves default and prefixed namespaces, inherited by children", () => {
      const root = parseXml('<r xmlns="urn:d" xmlns:p="urn:p"><p:x><y/></p:x></r>');
      const x = root.children[0];
      expect([root.ns, x.local, x.ns, x.children[0].ns]).toEqual(["urn:d", "x", "urn:p", "urn:d"]);
    });

    it("lets a child redeclare the default namespace", () => {
      const root = parseXml('<r xmlns="urn:a"><v xmlns="urn:b"><w/></v></r>');
      expect(root.children[0].children[0].ns).toBe("urn:b");
    });

    it("skips comments and processing instructions, keeps CDATA as text, accepts a BOM", () => {
      const root = parseXml('\uFEFF<?xml version="1.0"?><!-- c --><a><!-- <b/> --><?pi x?><![CDATA[<raw>&]]></a><!-- end -->');
      expect(root.children).toEqual([]);
      expect(root.text).toBe("<raw>&");
    });
  });

  describe("malformed input", () => {
    it.each([
      ["<a><b></a>", 1, 7, "</a> does not match <b> opened at line 1"],
      ["<a>\n  <b>", 2, 3, "<b> is never closed"],
      ["<a x=1/>", 1, 6, "the value of x in <a> must be in quotes"],
      ['<a x="1" x="2"/>', 1, 12, "duplicate attribute x in <a>"],
      ['<a x="<"/>', 1, 7, "'<' is not allowed in the value of x"],
      ["<a>&nbsp;</a>", 1, 4, "unknown entity &nbsp;"],
      ["<a>fish & chips</a>", 1, 9, "'&' must start an entity such as &amp;"],
      ["<a/><b/>", 1, 5, "only one root element is allowed"],
      ["<a/>text", 1, 5, "text after the root element"],
      ["<p:a/>", 1, 1, "namespace prefix 'p' is not declared"],
      ['<a q:x="1"/>', 1, 4, "namespace prefix 'q' is not declared"],
      ["<a><!-- open </a>", 1, 4, "unterminated comment"],
      ["<a><!-- a -- b --></a>", 1, 11, "'--' is not allowed inside a comment"],
      ["<!DOCTYPE a><a/>", 1, 1, "DTDs and declarations are not supported"],
      ['<a/><?xml version="1.0"?>', 1, 5, "the XML declaration must come first in the file"],
      ["", 1, 1, "expected the root element"],
    ])("%j fails at line %i, column %i: %s", (source, line, column, message) => {
      const err = errorOf(source);
      expect([err.line, err.column, err.message]).toEqual([line, column, `line ${line}, column ${column}: ${message}`]);
    });
  });
});
