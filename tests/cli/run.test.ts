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

  describe("file names and folders (issue 11 §5)", () => {
    const listing = (): Promise<string[]> => fs.readdir(dir).then((names) => names.sort());

    it("writes a legal file name of 255 bytes (the temporary name stays short) and prints its absolute path", async () => {
      const name = `${"k".repeat(250)}.xlsx`;
      const out = path.join(dir, name);
      const relative = path.relative(process.cwd(), out);
      const { status, stdout, stderr } = await run(["--out", relative, "--templates", "stakeholders", "--lang", "en"]);
      expect({ status, stderr }).toEqual({ status: EXIT.ok, stderr: "" });
      expect(stdout.startsWith(`Wrote ${out}: 1 sheets`)).toBe(true);
      expect(await listing()).toEqual([name]);
    });

    it.each([
      ["256 ASCII bytes", `${"k".repeat(251)}.xlsx`, 256],
      ["Swedish letters of two bytes each", `${"å".repeat(128)}.xlsx`, 261],
    ])("refuses a file name longer than 255 bytes (%s) with a clear message and status 1", async (_what, name, bytes) => {
      const out = path.join(dir, name);
      const { status, stdout, stderr } = await run(["--out", out, "--lang", "en"]);
      expect({ status, stdout }).toEqual({ status: EXIT.notWritten, stdout: "" });
      expect(stderr).toBe(`The file name of ${out} is too long: ${bytes} bytes, at most 255. Choose a shorter name.\n`);
      expect(await listing()).toEqual([]);
    });

    it.each([[[] as string[]], [["--force"]]])("says that --out names a folder, leaving it as it was (extra %j)", async (extra) => {
      const out = path.join(dir, "kurs.xlsx");
      await fs.mkdir(out);
      await fs.writeFile(path.join(out, "inside.txt"), "keep");
      const { status, stderr } = await run(["--out", out, "--lang", "sv", ...extra]);
      expect(status).toBe(EXIT.notWritten);
      expect(stderr).toBe(`${out} är en mapp, inte en fil; den har lämnats orörd (även med --force). Välj ett filnamn som kurs.xlsx.\n`);
      expect(await fs.readdir(out)).toEqual(["inside.txt"]);
      expect(await listing()).toEqual(["kurs.xlsx"]);
    });

    it("removes temporaries a killed run left behind, and nothing else", async () => {
      const gone = 2147483646; // no such process
      const old = new Date(Date.now() - 10 * 60_000);
      const stale = [`.sroi-${gone}-0123abcd.tmp`, `.kurs.xlsx.${gone}.89abcdef.tmp`];
      const kept = [`.sroi-${gone}-fedcba98.tmp`, `.sroi-${process.pid}-00000000.tmp`, ".other.tmp", "notes.txt"];
      for (const name of [...stale, ...kept]) await fs.writeFile(path.join(dir, name), "x");
      for (const name of [...stale, ...kept.slice(1)]) await fs.utimes(path.join(dir, name), old, old);
      // kept[0] is fresh: a run in progress elsewhere may still own it
      const { status } = await run(["--out", path.join(dir, "kurs.xlsx"), "--templates", "stakeholders"]);
      expect(status).toBe(EXIT.ok);
      expect(await listing()).toEqual([...kept, "kurs.xlsx"].sort());
    });
  });

  describe("when npm kept the options because -- was forgotten (issue 12)", () => {
    // What npm 11 hands over for `npm run templates --lang sv --out kurs.xlsx`: the values only,
    // and npm_config_out=true for the flag it took as its own.
    const npm = { npm_lifecycle_event: "templates", npm_config_out: "true", LANG: "C" };

    it("says so, with the command that works, and writes nothing (status 2)", async () => {
      const { status, stdout, stderr } = await run(["sv", "kurs.xlsx"], npm);
      expect({ status, stdout }).toEqual({ status: EXIT.usage, stdout: "" });
      expect(stderr).toBe(
        'npm kept the options for itself because -- was missing after the script name (only "sv", "kurs.xlsx" came through). Put -- before the options, e.g.:\n  npm run templates -- --lang sv --out kurs.xlsx\n',
      );
    });

    it("also when only flags were given (npm run templates --example --force), in Swedish for a Swedish locale", async () => {
      const { status, stderr } = await run([], {
        npm_lifecycle_event: "templates",
        npm_config_example: "true",
        npm_config_force: "true",
        LANG: "sv_SE.UTF-8",
      });
      expect(status).toBe(EXIT.usage);
      expect(stderr).toBe(
        "npm behöll alternativen själv eftersom -- saknades efter skriptnamnet (npm tog --example, --force). Skriv -- före alternativen, t.ex.:\n  npm run templates -- --lang sv --out kurs.xlsx\n",
      );
    });

    it("stays quiet when the options did arrive, or outside npm", async () => {
      expect((await run(["--lang", "fi"], npm)).stderr).toBe('--lang must be sv or en; got "fi".\nRun with --help to see every option.\n');
      expect((await run(["sv"], { LANG: "C" })).stderr).toBe(
        'Unexpected argument "sv": options start with --.\nRun with --help to see every option.\n',
      );
    });
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
        resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr }),
      );
    });
    expect(result).toEqual({ code: 2, stdout: "", stderr: '--lang must be sv or en; got "fi".\nRun with --help to see every option.\n' });
  });
});
