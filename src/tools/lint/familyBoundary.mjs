// ESLint rule: code outside a template family (src/templates/<family>/) imports the family through
// its index.ts, never a file inside it, so each family's index is its whole public surface.
import path from "node:path";

const TEMPLATES = `${path.sep}src${path.sep}templates${path.sep}`;

/** The family folder a file lies in ("kit", "impactMap", …), or undefined outside any family. */
function familyOf(file) {
  const at = file.lastIndexOf(TEMPLATES);
  if (at < 0) return undefined;
  const rest = file.slice(at + TEMPLATES.length).split(path.sep);
  return rest.length > 1 ? rest[0] : undefined;
}

/** @type {import("eslint").Rule.RuleModule} */
export const familyBoundary = {
  meta: {
    type: "problem",
    docs: { description: "Import a template family through its index.ts from outside the family." },
    messages: { inside: "Import '{{family}}' through src/templates/{{family}} (its index.ts), not '{{source}}' inside it." },
    schema: [],
  },
  create(context) {
    const file = path.resolve(context.filename);
    const mine = familyOf(file);
    function check(node) {
      const source = node.source && node.source.type === "Literal" ? node.source.value : undefined;
      if (typeof source !== "string" || !source.startsWith(".")) return;
      const target = path.resolve(path.dirname(file), source);
      const family = familyOf(target);
      if (!family || family === mine) return;
      const inside = path.relative(target.slice(0, target.lastIndexOf(TEMPLATES) + TEMPLATES.length) + family, target);
      if (inside === "" || inside === "index") return;
      context.report({ node: node.source, messageId: "inside", data: { family, source } });
    }
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};
