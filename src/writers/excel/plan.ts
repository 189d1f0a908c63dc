import { TEMPLATES, planSheets, templateById } from "../../templates";
import type { SheetSpec, TemplateId, TemplateOptions } from "../../templates/kit";
import { NameRegistry, referencedSheets, renameInFormula, rewriteFormulas } from "./uniqueNames";

/**
 * What one action writes, cut into batches of one template each (one sync per batch). Pure:
 * reads only the names already in the workbook.
 */

/** Names already in the workbook, read in the existence check. */
export interface ExistingNames {
  readonly sheets: readonly string[];
  /** Table names and defined names (one namespace in Excel). */
  readonly tablesAndNames: readonly string[];
}

export interface TemplateBatch {
  readonly templateId: TemplateId;
  readonly sheets: readonly SheetSpec[];
}

/**
 * The sheets of the chosen templates with free sheet, table and defined names, grouped per
 * template (a sheet shared by templates, like the lists sheet, goes with the first that has it)
 * and ordered so a template comes after the templates whose sheets its formulas refer to.
 * Throws TemplateOptionsError (from planSheets) for unusable options.
 */
export function planBatches(ids: readonly TemplateId[], options: TemplateOptions, existing: ExistingNames): TemplateBatch[] {
  const chosen = TEMPLATES.filter((t) => ids.includes(t.id)).map((t) => t.id);
  for (const id of ids) templateById(id);
  const specs = freeTableAndDefinedNames(planSheets(chosen, options, existing.sheets), existing.tablesAndNames);
  const claimed = new Set<SheetSpec>();
  const batches = chosen.map((templateId) => {
    const keys = templateById(templateId).sheetKeys;
    const sheets = specs.filter((s) => keys.includes(s.key) && !claimed.has(s));
    sheets.forEach((s) => claimed.add(s));
    return { templateId, sheets };
  });
  const rest = specs.filter((s) => !claimed.has(s));
  if (rest.length > 0 && batches.length > 0) batches[0] = { ...batches[0], sheets: [...rest, ...batches[0].sheets] };
  return orderByReferences(batches.filter((b) => b.sheets.length > 0));
}

/** Gives every table and defined name a name free in the workbook; renamed defined names are followed in formulas. */
export function freeTableAndDefinedNames(specs: readonly SheetSpec[], taken: readonly string[]): SheetSpec[] {
  const registry = new NameRegistry(taken);
  const renames: [string, string][] = [];
  let result: SheetSpec[] = specs.map((spec) => ({
    ...spec,
    tables: spec.tables.map((t) => ({ ...t, name: registry.claim(t.name) })),
    names: spec.names.map((n) => {
      const name = registry.claim(n.name);
      if (name !== n.name) renames.push([n.name, name]);
      return { ...n, name };
    }),
  }));
  for (const [from, to] of renames) {
    result = result.map((spec) => rewriteFormulas(spec, (f) => renameInFormula(f, from, to)));
  }
  return result;
}

/** Every formula-like text of a sheet: cells, list sources, conditional rules, names. */
function formulasOf(spec: SheetSpec): string[] {
  const cells = spec.grid.flatMap((row) => row.map((c) => c?.formula).filter((f): f is string => f !== undefined));
  const lists = spec.validations.flatMap((v) => (v.rule.type === "list" && "source" in v.rule ? [v.rule.source] : []));
  const rules = spec.conditionalFormats.flatMap((f) => (f.type === "formula" ? [f.formula] : []));
  return [...cells, ...lists, ...rules, ...spec.names.map((n) => n.refersTo)];
}

/**
 * Orders batches so each comes after the batches making the sheets it refers to (Excel would
 * otherwise read a reference to a sheet that does not exist yet as an external link). Stable;
 * a cycle keeps the original order for the batches in it.
 */
export function orderByReferences(batches: readonly TemplateBatch[]): TemplateBatch[] {
  const owner = new Map<string, number>();
  batches.forEach((b, i) => b.sheets.forEach((s) => owner.set(s.name.toLowerCase(), i)));
  const needs = batches.map((b, i) => {
    const refs = b.sheets.flatMap(formulasOf).flatMap(referencedSheets);
    return new Set(refs.map((r) => owner.get(r.toLowerCase())).filter((o): o is number => o !== undefined && o !== i));
  });
  const ordered: number[] = [];
  const placed = new Set<number>();
  while (ordered.length < batches.length) {
    const ready = batches.findIndex((_, i) => !placed.has(i) && [...needs[i]].every((n) => placed.has(n)));
    const next = ready >= 0 ? ready : batches.findIndex((_, i) => !placed.has(i));
    ordered.push(next);
    placed.add(next);
  }
  return ordered.map((i) => batches[i]);
}
