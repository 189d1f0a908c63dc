import { randomBytes } from "crypto";
import { promises as fs } from "fs";
import path from "path";

/**
 * Writing a file so that nothing a user has is lost and a failure leaves nothing half-written:
 * the bytes go to a temporary file next to the target, which then takes the target's name in one
 * step. Without `overwrite` that step is a hard link, which fails if the target appeared in the
 * meantime; with it, a rename replaces the old file only once the new one is complete.
 */

/** Why a file could not be written. */
export type WriteProblem = "exists" | "noDirectory" | "notWritable";

/** A failure to write, with the kind of problem and the path. */
export class WriteFileError extends Error {
  constructor(
    readonly problem: WriteProblem,
    readonly file: string,
    readonly cause?: unknown,
  ) {
    super(`${problem}: ${file}`);
    this.name = "WriteFileError";
  }
}

/** Error codes of file systems without hard links (FAT, some network shares). */
const NO_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV", "EMLINK"]);

function code(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}

/** What would stop writing `file` (checked before the work of building it), or null. */
export async function writeProblem(file: string, overwrite: boolean): Promise<WriteProblem | null> {
  const directory = path.dirname(path.resolve(file));
  const stat = await fs.stat(directory).catch(() => null);
  if (!stat || !stat.isDirectory()) return "noDirectory";
  if (!overwrite && (await exists(file))) return "exists";
  return null;
}

async function place(temporary: string, file: string, overwrite: boolean): Promise<void> {
  if (overwrite) return fs.rename(temporary, file);
  try {
    await fs.link(temporary, file);
  } catch (error) {
    if (code(error) === "EEXIST") throw new WriteFileError("exists", file);
    if (!NO_LINKS.has(code(error) ?? "")) throw error;
    if (await exists(file)) throw new WriteFileError("exists", file);
    await fs.rename(temporary, file);
  }
}

/** Writes `bytes` to `file` completely or not at all; never replaces a file unless `overwrite`. */
export async function writeFileSafely(file: string, bytes: Uint8Array, overwrite: boolean): Promise<void> {
  const problem = await writeProblem(file, overwrite);
  if (problem) throw new WriteFileError(problem, file);
  const target = path.resolve(file);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await fs.writeFile(temporary, bytes, { flag: "wx" });
    await place(temporary, target, overwrite);
  } catch (error) {
    if (error instanceof WriteFileError) throw error;
    throw new WriteFileError("notWritable", file, error);
  } finally {
    await fs.rm(temporary, { force: true });
  }
}
