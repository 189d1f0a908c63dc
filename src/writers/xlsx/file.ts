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
export type WriteProblem = "exists" | "isFolder" | "nameTooLong" | "noDirectory" | "notWritable";

/** The longest file name (one path component) common file systems take, in UTF-8 bytes. */
const MAX_NAME_BYTES = 255;

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

/**
 * What would stop writing `file` (checked before the work of building it), or null. A folder by
 * that name is never replaced, not even with `overwrite`.
 */
export async function writeProblem(file: string, overwrite: boolean): Promise<WriteProblem | null> {
  const target = path.resolve(file);
  if (Buffer.byteLength(path.basename(target)) > MAX_NAME_BYTES) return "nameTooLong";
  const stat = await fs.stat(path.dirname(target)).catch(() => null);
  if (!stat || !stat.isDirectory()) return "noDirectory";
  const existing = await fs.stat(target).catch(() => null);
  if (existing?.isDirectory()) return "isFolder";
  if (!overwrite && (await exists(file))) return "exists";
  return null;
}

/**
 * The temporary file beside the target: a short name of its own (a long target name plus a
 * suffix would pass the file system's limit), which says whose it is: `.sroi-<pid>-<hex>.tmp`.
 */
const TEMPORARY = /^\.sroi-(\d+)-[0-9a-f]{8}\.tmp$/;
/** The pattern of earlier versions: `.<name>.xlsx.<pid>.<hex>.tmp`. */
const OLD_TEMPORARY = /^\..+\.xlsx\.(\d+)\.[0-9a-f]{8}\.tmp$/i;

function temporaryName(): string {
  return `.sroi-${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return code(error) === "EPERM"; // it exists, owned by someone else
  }
}

/** How old a temporary file must be before another run takes it for a leftover (a write takes about a second). */
const STALE_AFTER_MS = 60_000;

/**
 * Removes temporary files of ours that a killed run left in `directory`: plain files named by our
 * pattern, older than a minute, whose process is gone. Anything else, and any failure, is left alone.
 */
async function removeStaleTemporaries(directory: string, now = Date.now()): Promise<string[]> {
  const names = await fs.readdir(directory).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const match = TEMPORARY.exec(name) ?? OLD_TEMPORARY.exec(name);
    if (!match || isRunning(Number(match[1]))) continue;
    const file = path.join(directory, name);
    const stat = await fs.lstat(file).catch(() => null);
    if (!stat?.isFile() || now - stat.mtimeMs < STALE_AFTER_MS) continue;
    if (
      await fs.rm(file).then(
        () => true,
        () => false,
      )
    )
      removed.push(name);
  }
  return removed;
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
  await removeStaleTemporaries(path.dirname(target));
  const temporary = path.join(path.dirname(target), temporaryName());
  try {
    await fs.writeFile(temporary, bytes, { flag: "wx" });
    await place(temporary, target, overwrite);
  } catch (error) {
    if (error instanceof WriteFileError) throw error;
    if (code(error) === "ENAMETOOLONG") throw new WriteFileError("nameTooLong", file, error);
    if (code(error) === "EISDIR") throw new WriteFileError("isFolder", file, error);
    throw new WriteFileError("notWritable", file, error);
  } finally {
    // Clean-up never hides the error that brought us here (nor fails a write that worked).
    await fs.rm(temporary, { force: true }).catch(() => undefined);
  }
}
