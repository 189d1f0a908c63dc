/* The development certificates `npm start` serves https://localhost:3000 with: where they live,
 * whether they are usable, and how to make them (office-addin-dev-certs, which uses mkcert). */
import { X509Certificate, createPrivateKey } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

/** The three files office-addin-dev-certs writes, and webpack.config.js reads. */
const CERT_FILE_NAMES = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" } as const;

/** Paths of the certificate files in `dir` (default ~/.office-addin-dev-certs). */
export function certPaths(dir = join(homedir(), ".office-addin-dev-certs")) {
  return {
    dir,
    ca: join(dir, CERT_FILE_NAMES.ca),
    cert: join(dir, CERT_FILE_NAMES.cert),
    key: join(dir, CERT_FILE_NAMES.key),
  };
}

/** What is wrong with the certificate files, if anything. */
export type CertState =
  | { state: "ok"; validTo: Date }
  | { state: "missing"; files: string[] }
  | { state: "expired"; validTo: Date }
  | { state: "invalid"; reason: string };

/**
 * Checks the files without changing anything: all three exist, the localhost certificate parses,
 * is valid at `now`, covers `localhost`, was issued by the CA and matches the key.
 */
export function inspectCertificates(dir?: string, now = new Date()): CertState {
  const paths = certPaths(dir);
  const files = [paths.ca, paths.cert, paths.key].filter((f) => !existsSync(f));
  if (files.length > 0) return { state: "missing", files };
  try {
    const cert = new X509Certificate(readFileSync(paths.cert));
    const ca = new X509Certificate(readFileSync(paths.ca));
    const key = createPrivateKey(readFileSync(paths.key));
    const validTo = new Date(cert.validTo);
    if (new Date(cert.validFrom) > now) return { state: "invalid", reason: `${paths.cert} is not valid before ${cert.validFrom}` };
    if (validTo <= now) return { state: "expired", validTo };
    if (!cert.checkHost("localhost")) return { state: "invalid", reason: `${paths.cert} does not cover localhost` };
    if (!cert.checkIssued(ca) || !cert.verify(ca.publicKey))
      return { state: "invalid", reason: `${paths.cert} was not issued by ${paths.ca}` };
    if (!cert.checkPrivateKey(key)) return { state: "invalid", reason: `${paths.key} does not belong to ${paths.cert}` };
    return { state: "ok", validTo };
  } catch (err) {
    return { state: "invalid", reason: `cannot read the certificate files: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** A one-line description of a certificate state for the console. */
export function describeCertState(s: CertState): string {
  switch (s.state) {
    case "ok":
      return `the development certificate is valid until ${s.validTo.toISOString().slice(0, 10)}`;
    case "missing":
      return `no development certificate yet (missing: ${s.files.join(", ")})`;
    case "expired":
      return `the development certificate expired on ${s.validTo.toISOString().slice(0, 10)}`;
    case "invalid":
      return `the development certificate is unusable: ${s.reason}`;
  }
}

/** How long generated certificates stay valid, in days (office-addin-dev-certs' default). */
export const CERT_DAYS = 30;

/**
 * Writes a new CA and localhost certificate into `dir` without touching any certificate store
 * (no sudo). Only the three certificate files are replaced.
 */
export async function generateCertificateFiles(dir?: string, days = CERT_DAYS): Promise<void> {
  const paths = certPaths(dir);
  // generateCertificates writes nothing when ca.crt exists, so clear the old set first.
  for (const file of [paths.ca, paths.cert, paths.key]) rmSync(file, { force: true });
  const { generateCertificates } = await import("office-addin-dev-certs");
  await generateCertificates(paths.ca, paths.cert, paths.key, days);
}

/** Generates the files and installs the CA into the system store (Windows, macOS; may prompt). */
export async function installCertificates(days = CERT_DAYS): Promise<void> {
  const { ensureCertificatesAreInstalled } = await import("office-addin-dev-certs");
  await ensureCertificatesAreInstalled(days);
}
