import { execFile } from "child_process";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { OPTIONS } from "../../src/cli/args";
import { CliEnvironment, EXIT, runCli } from "../../src/cli/run";
import { TEMPLATES } from "../../src/templates";
import { readWorkbook } from "../writers/xlsx/readBack";

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], env: CliEnvironment["env"] = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const status = await runCli(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env,
    now: new Date("2031-05-04T12:00:00Z"),
    version: "9.8.7",
  });
  return { status, stdout, stderr };
}

describe("runCli", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "xlsx-cli-"));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  describe("--help", () => {
    it("explains every option and lists every template, in English", async () => {
      const { status, stdout, stderr } = await run(["--help"]);
      expect(status).toBe(EXIT.ok);
      expect(stderr).toBe("");
      for (const [name, option] of Object.entries(OPTIONS)) {
        expect(stdout).toMatch(new RegExp(`${option.alias}, ${name}\\b`));
      }
      for (const t of TEMPLATES) expect(stdout).toContain(`${t.id}  `);
      expect(stdout).toContain("npm run templates -- --lang sv --out kurs.xlsx");
      expect(stdout).toContain("default: this year, 2031");
      expect(stdout).toContain("works without the add-in");
    });

    it("is in Swedish with --lang sv, or when the locale is Swedish", async () => {
      const asked = await run(["--lang", "sv", "--help"]);
      const locale = await run(["--help"], { LANG: "sv_SE.UTF-8" });
      for (const { stdout } of [asked, locale]) {
        expect(stdout).toContain("fungerar utan tillägget");
        for (const t of TEMPLATES) expect(stdout).toContain(t.title.sv);
      }
    });
  });

  it("prints the version", async () => {
    expect(await run(["--version"])).toEqual({ status: EXIT.ok, stdout: "9.8.7\n", stderr: "" });
  });

  it("answers bad options on stderr with exit status 2 and writes nothing", async () => {
    const out = path.join(dir, "kurs.xlsx");
    const result = await run(["--out", out, "--years", "0"]);
    expect(result).toEqual({
      status: EXIT.usage,
      stdout: "",
      stderr: "The number of years must be a whole number from 1 to 10; got 0.\nRun with --help to see every option.\n",
    });
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it("writes the workbook with the chosen templates and says so", async () => {
    const out = path.join(dir, "kurs.xlsx");
    const { status, stdout, stderr } = await run(["--lang", "sv", "--out", out, "--templates", "stakeholders"]);
    expect(stderr).toBe("");
    expect(status).toBe(EXIT.ok);
    expect(stdout).toMatch(/^Skrev .*kurs\.xlsx: 1 blad \(Intressentanalys\), \d+ kB\.\n$/);
    const book = await readWorkbook(await fs.readFile(out));
    expect(book.worksheets.map((s) => s.name)).toEqual(["Intressentanalys"]);
    expect(book.title).toBe("SROI-mallar");
  });

  it("never overwrites an existing file without --force, and says what to do", async () => {
    const out = path.join(dir, "kurs.xlsx");
    await fs.writeFile(out, "a trainer's own file");
    const { status, stderr } = await run(["--out", out]);
    expect(status).toBe(EXIT.notWritten);
    expect(stderr).toBe(`${out} already exists and was left unchanged. Choose another name or add --force to replace it.\n`);
    expect(await fs.readFile(out, "utf8")).toBe("a trainer's own file");
    expect(await fs.readdir(dir)).toEqual(["kurs.xlsx"]);
  });

  it("replaces an existing file with --force", async () => {
    const out = path.join(dir, "kurs.xlsx");
    await fs.writeFile(out, "old");
    const { status } = await run(["--out", out, "--force", "--templates", "stakeholders", "--lang", "en"]);
    expect(status).toBe(EXIT.ok);
    const book = await readWorkbook(await fs.readFile(out));
    expect(book.worksheets.map((s) => s.name)).toEqual(["Stakeholder analysis"]);
  });

  it("reports a missing folder with exit status 1", async () => {
    const out = path.join(dir, "nope", "kurs.xlsx");
    const { status, stderr } = await run(["--out", out]);
    expect(status).toBe(EXIT.notWritten);
    expect(stderr).toBe(`The folder of ${out} does not exist.\n`);
  });
});

describe("the command (npm run templates)", () => {
  const root = path.resolve(__dirname, "../..");
  const tsx = path.join(root, "node_modules", ".bin", "tsx");

  it("exits with status 2 and a message on stderr for a bad option", async () => {
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(tsx, ["src/cli/main.ts", "--lang", "fi"], { cwd: root, env: { ...process.env, LANG: "C" } }, (error, stdout, stderr) =>
        resolve({ code: error ? (error as { code?: number }).code ?? null : 0, stdout, stderr }),
      );
    });
    expect(result).toEqual({ code: 2, stdout: "", stderr: '--lang must be sv or en; got "fi".\nRun with --help to see every option.\n' });
  });
});
