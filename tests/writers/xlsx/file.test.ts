import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { WriteFileError, writeFileSafely, writeProblem } from "../../../src/writers/xlsx";

describe("writeFileSafely", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "xlsx-file-"));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });
  const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
  const listing = (): Promise<string[]> => fs.readdir(dir).then((names) => names.sort());

  it("writes a new file and leaves no temporary file", async () => {
    const file = path.join(dir, "kurs.xlsx");
    await writeFileSafely(file, bytes("new"), false);
    expect(await fs.readFile(file, "utf8")).toBe("new");
    expect(await listing()).toEqual(["kurs.xlsx"]);
  });

  it("never replaces an existing file without overwrite, and leaves it unchanged", async () => {
    const file = path.join(dir, "kurs.xlsx");
    await fs.writeFile(file, "the trainer's own work");
    await expect(writeFileSafely(file, bytes("new"), false)).rejects.toMatchObject({ problem: "exists" });
    expect(await fs.readFile(file, "utf8")).toBe("the trainer's own work");
    expect(await listing()).toEqual(["kurs.xlsx"]);
  });

  it("replaces an existing file with overwrite", async () => {
    const file = path.join(dir, "kurs.xlsx");
    await fs.writeFile(file, "old");
    await writeFileSafely(file, bytes("new"), true);
    expect(await fs.readFile(file, "utf8")).toBe("new");
    expect(await listing()).toEqual(["kurs.xlsx"]);
  });

  it("reports a missing folder before writing anything", async () => {
    const file = path.join(dir, "missing", "kurs.xlsx");
    expect(await writeProblem(file, false)).toBe("noDirectory");
    await expect(writeFileSafely(file, bytes("x"), false)).rejects.toBeInstanceOf(WriteFileError);
    expect(await listing()).toEqual([]);
  });

  it("leaves the target and the folder as they were when the final step fails", async () => {
    const target = path.join(dir, "kurs.xlsx");
    await fs.mkdir(target); // a folder by that name: the rename onto it fails
    await fs.writeFile(path.join(target, "inside.txt"), "keep");
    // Said before anything is written: a folder is never replaced, not even with overwrite.
    await expect(writeFileSafely(target, bytes("new"), true)).rejects.toMatchObject({ problem: "isFolder" });
    expect(await listing()).toEqual(["kurs.xlsx"]);
    expect(await fs.readFile(path.join(target, "inside.txt"), "utf8")).toBe("keep");
  });
});
