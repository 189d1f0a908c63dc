/* The lint config enforces the developers' guide: no eval or HTML strings, Office.js only in
 * src/functions and src/writers/excel. Snippets are linted as if they lived at the given paths. */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");

interface Case {
  filePath: string;
  code: string;
}

/** Lints every case in one child process (ESLint loads its .mjs config through ESM) and returns the rule ids hit. */
function ruleIds(cases: Case[]): string[][] {
  const script = `
    import { ESLint } from "eslint";
    import tseslint from "typescript-eslint";
    // The snippets are not files of the TypeScript project, so the type-aware rules are set aside.
    const eslint = new ESLint({ cwd: process.cwd(), overrideConfigFile: "src/tools/eslint.config.mjs", overrideConfig: tseslint.configs.disableTypeChecked });
    const cases = JSON.parse(process.env.CASES);
    const out = [];
    for (const c of cases) {
      const [result] = await eslint.lintText(c.code, { filePath: c.filePath });
      out.push(result.messages.map((m) => m.ruleId ?? "parse: " + m.message));
    }
    console.log(JSON.stringify(out));`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: ROOT,
    env: { ...process.env, CASES: JSON.stringify(cases) },
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

const cases: [string, Case, string[]][] = [
  ["eval", { filePath: "src/core/x.ts", code: "export const f = (s: string) => eval(s);\n" }, ["no-eval"]],
  ["new Function", { filePath: "src/core/x.ts", code: 'export const f = new Function("return 1");\n' }, ["no-new-func"]],
  [
    "innerHTML",
    { filePath: "src/taskpane/x.ts", code: 'export function f(el: HTMLElement) {\n  el.innerHTML = "<b>x</b>";\n}\n' },
    ["no-restricted-properties"],
  ],
  [
    "dangerouslySetInnerHTML",
    { filePath: "src/taskpane/X.tsx", code: 'export const X = () => <div dangerouslySetInnerHTML={{ __html: "x" }} />;\n' },
    ["no-restricted-syntax"],
  ],
  [
    "Excel in the taskpane",
    { filePath: "src/taskpane/x.ts", code: "export const run = () => Excel.run(async () => undefined);\n" },
    ["no-restricted-globals"],
  ],
  [
    "Office declared as a global in the core",
    { filePath: "src/core/x.ts", code: "/* global Office */\nexport const ready = () => Office.onReady();\n" },
    ["no-restricted-globals"],
  ],
  [
    "Excel in the Excel writer",
    { filePath: "src/writers/excel/x.ts", code: "/* global Excel */\nexport const run = () => Excel.run(async () => undefined);\n" },
    [],
  ],
  [
    "CustomFunctions in the functions",
    {
      filePath: "src/functions/x.ts",
      code: '/* global CustomFunctions */\nexport const e = () => new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, "m");\n',
    },
    [],
  ],
  [
    "a file inside another template family",
    { filePath: "src/templates/impactMap/x.ts", code: 'import { COST } from "../costSheet/costLayout";\nexport const c = COST;\n' },
    ["sroi/family-boundary"],
  ],
  [
    "a template family's file from the taskpane",
    { filePath: "src/taskpane/x.ts", code: 'export { read } from "../templates/impactMap/read/impactRead";\n' },
    ["sroi/family-boundary"],
  ],
  [
    "another family through its index",
    { filePath: "src/templates/impactMap/x.ts", code: 'import { COST } from "../costSheet";\nexport const c = COST;\n' },
    [],
  ],
  [
    "a file of its own family",
    { filePath: "src/templates/impactMap/read/x.ts", code: 'import { C } from "../impactColumns";\nexport const c = C;\n' },
    [],
  ],
  [
    "an effect that leaves out a callback it calls",
    {
      filePath: "src/taskpane/X.tsx",
      code: 'import { useEffect } from "react";\nexport function X({ n, done }: { n: number; done: () => void }) {\n  useEffect(() => {\n    if (n > 0) done();\n  }, [n]);\n  return null;\n}\n',
    },
    ["react-hooks/exhaustive-deps"],
  ],
  [
    "a plain CommonJS config file",
    { filePath: "tools.config.js", code: 'const path = require("path");\nmodule.exports = { dir: path.join(__dirname, "x") };\n' },
    [],
  ],
];

describe("eslint.config.mjs", () => {
  const results = ruleIds(cases.map(([, c]) => c));

  it.each(cases.map(([name, c, expected], i) => [name, c.filePath, expected, i] as const))("%s (%s) → %j", (_name, _path, expected, i) => {
    expect(results[i]).toEqual(expected);
  });
});
