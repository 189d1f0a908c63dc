// ESLint 9 flat config: `npm run lint` (eslint --config src/tools/eslint.config.mjs .).
// typescript-eslint's recommended rules for TypeScript (the type-aware set in src), React's rules of
// hooks in the taskpane, the Office add-in rules used directly from
// eslint-plugin-office-addins (its bundled configs force Prettier formatting, which we do not use),
// the security rules of the developers' guide, and the Office.js boundary.
import { fileURLToPath } from "node:url";
import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";
import { familyBoundary } from "./lint/familyBoundary.mjs";

const TS = ["**/*.ts", "**/*.tsx"];
const SRC = ["src/**/*.ts", "src/**/*.tsx"];
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Office.js lives only in src/functions and src/writers/excel. */
const OFFICE_GLOBALS = ["Excel", "Office", "OfficeExtension", "OfficeRuntime", "CustomFunctions"];
const OFFICE_MESSAGE = "Office.js is used only in src/functions and src/writers/excel; pass data or actions in from there.";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "test-artifacts/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended.map((config) => ({ ...config, files: TS })),
  // Type-aware rules (floating promises, unsafe any, unbound methods …) on the product's code.
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: SRC })),
  {
    files: SRC,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: ROOT } },
    // Off: what is turned into text is a cell value (text, number, boolean, blank) or a Decimal,
    // whose own toString is the point; the rule cannot tell them from plain objects.
    rules: { "@typescript-eslint/no-base-to-string": "off" },
  },
  {
    // The rules of hooks and complete effect dependencies (the React Compiler's further rules of
    // eslint-plugin-react-hooks 7 are not switched on: this code is not written for the compiler).
    files: ["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "error" },
  },
  {
    files: TS,
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The plugin's rules at the severities of its recommended config, where Office.js is used
    // (elsewhere, e.g. exceljs code, its load/sync heuristics only produce false alarms).
    files: ["src/functions/**/*.ts", "src/writers/excel/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "office-addins/no-context-sync-in-loop": "warn",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", globals: globals.node },
  },
  {
    // No code from strings, no HTML from strings (developers' guide: no eval, no innerHTML).
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Build DOM nodes or JSX instead of HTML strings." },
        { property: "outerHTML", message: "Build DOM nodes or JSX instead of HTML strings." },
        { property: "insertAdjacentHTML", message: "Build DOM nodes or JSX instead of HTML strings." },
        { object: "document", property: "write", message: "Build DOM nodes or JSX instead of HTML strings." },
        { object: "document", property: "writeln", message: "Build DOM nodes or JSX instead of HTML strings." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Render text as JSX children; no dangerouslySetInnerHTML.",
        },
      ],
    },
  },
  {
    // A template family's folder is reached through its index.ts from outside the family.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    plugins: { sroi: { rules: { "family-boundary": familyBoundary } } },
    rules: { "sroi/family-boundary": "error" },
  },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/functions/**", "src/writers/excel/**"],
    rules: {
      "no-restricted-globals": ["error", ...OFFICE_GLOBALS.map((name) => ({ name, message: OFFICE_MESSAGE }))],
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "@microsoft/office-js", message: OFFICE_MESSAGE },
            { name: "office-addin-mock", message: "office-addin-mock belongs in tests." },
          ],
        },
      ],
    },
  },
);
