import { OPTIONS } from "./args";

/**
 * `npm run templates --lang sv --out kurs.xlsx` (without `--`) gives the options to npm, not to
 * us: npm takes each unknown `--name` as a flag of its own, exports it as npm_config_<name>=true,
 * and passes only the values on ("sv", "kurs.xlsx"). Seen from here: we run under npm
 * (npm_lifecycle_event is set), no argument starts with "-", and there are arguments or npm
 * flags named like our options.
 */
export function swallowedByNpm(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): string[] | null {
  if (env.npm_lifecycle_event === undefined || argv.some((a) => a.startsWith("-"))) return null;
  const taken = Object.keys(OPTIONS).filter((name) => env[`npm_config_${name.slice(2).replace(/-/g, "_")}`] !== undefined);
  return argv.length > 0 || taken.length > 0 ? taken : null;
}
