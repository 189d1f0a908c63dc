import fs from "fs";
import path from "path";
import vm from "vm";
import { REPO } from "./metadata";
import { CustomFunction, stubRuntime } from "./excelStub";

/**
 * The built artifacts (`npm run build`, or a build folder named by SROI_DIST relative to the repo
 * root) and a sandbox that runs dist/functions.js the way Excel's JavaScript-only runtime does.
 */
export const DIST = path.resolve(REPO, process.env.SROI_DIST ?? "dist");
export const BUNDLE = path.join(DIST, "functions.js");
const IS_BUILT = fs.existsSync(BUNDLE);

/**
 * `describe` when the build exists; otherwise a skipped block whose name says why, or, on CI
 * (CI=true, where `npm test` builds first), a failing test.
 */
export function describeBuilt(name: string, body: () => void): void {
  if (IS_BUILT) {
    describe(name, body);
  } else if (process.env.CI === "true") {
    describe(name, () => {
      it("has a build to check", () => {
        throw new Error(`${BUNDLE} is missing: CI must run npm run build before the tests`);
      });
    });
  } else {
    const why = `${name}: skipped, ${BUNDLE} not found (run npm run build, or build elsewhere and set SROI_DIST)`;
    console.warn(why);
    describe.skip(why, body);
  }
}

export function readDist(file: string): string {
  return fs.readFileSync(path.join(DIST, file), "utf8");
}

/** Builtins newer than ECMAScript 2016, absent from the JavaScript-only runtime of older Excel builds. */
const NEWER_THAN_ES2016 = [
  "Array.prototype.flat",
  "Array.prototype.flatMap",
  "Array.prototype.at",
  "Array.prototype.findLast",
  "Object.entries",
  "Object.values",
  "Object.fromEntries",
  "Object.getOwnPropertyDescriptors",
  "Object.hasOwn",
  "String.prototype.padStart",
  "String.prototype.padEnd",
  "String.prototype.trimStart",
  "String.prototype.trimEnd",
  "String.prototype.matchAll",
  "String.prototype.replaceAll",
  "String.prototype.at",
  "Promise.prototype.finally",
  "Promise.allSettled",
  "Promise.any",
];

export interface Sandbox {
  /** Functions registered through CustomFunctions.associate, by id. */
  readonly associations: Map<string, CustomFunction>;
  /** Sets what Office.context.displayLanguage reports inside the sandbox (null: no Office). */
  setDisplayLanguage(locale: string | null): void;
  /** Calls a registered function with the arguments rebuilt as the sandbox's own arrays, as Excel passes them. */
  call(id: string, args: readonly unknown[]): unknown;
}

/** Runs the built functions.js in a fresh context with a stub CustomFunctions and ES2016 builtins only. */
export function loadBundle(): Sandbox {
  const runtime = stubRuntime();
  const context = vm.createContext({ CustomFunctions: runtime });
  const removal = NEWER_THAN_ES2016.map((name) => `delete ${name};`).join("\n");
  vm.runInContext(`${removal}\ndelete globalThis.globalThis;`, context);
  vm.runInContext(fs.readFileSync(BUNDLE, "utf8"), context, { filename: BUNDLE });
  // Arrays made inside the sandbox, so that they have its (ES2016) Array.prototype.
  const sandboxArray = vm.runInContext("(items) => { const a = []; for (const x of items) a.push(x); return a; }", context);
  const inSandbox = (value: unknown): unknown => (Array.isArray(value) ? sandboxArray(value.map(inSandbox)) : value);
  return {
    associations: runtime.associations,
    call(id, args) {
      const fn = runtime.associations.get(id);
      if (!fn) throw new Error(`${id} is not associated`);
      return fn(...(inSandbox(args) as unknown[]));
    },
    setDisplayLanguage(locale) {
      const global = context as Record<string, unknown>;
      if (locale === null) delete global.Office;
      else global.Office = { context: { displayLanguage: locale } };
    },
  };
}
