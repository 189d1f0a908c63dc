import packageJson from "../../package.json";
import { EXIT, runCli } from "./run";

/** The trainers' command line: `npm run templates -- --lang sv --out kurs.xlsx` (see --help). */
runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  now: new Date(),
  version: packageJson.version,
}).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = EXIT.notWritten;
  },
);
