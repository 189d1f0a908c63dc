/* The pure parts of `npm start`: the load plan per platform, the instructions it prints, and how it
 * judges the development certificate files. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { certPaths, describeCertState, generateCertificateFiles, inspectCertificates } from "../../src/tools/start/certs";
import {
  certificateInstructions,
  manualDesktopInstructions,
  planLoad,
  readyMessage,
  webInstructions,
  type LoadContext,
} from "../../src/tools/start/plan";

const ctx = (platform: NodeJS.Platform, caInstalled = false): LoadContext => ({
  platform,
  manifest: "/home/ada/sroi/manifest.xml",
  origin: "https://localhost:3000",
  certDir: "/home/ada/.office-addin-dev-certs",
  caInstalled,
});

describe("planLoad", () => {
  it.each([
    ["win32", true, "sideload-desktop"],
    ["darwin", true, "sideload-desktop"],
    ["win32", false, "manual-desktop"],
    ["darwin", false, "manual-desktop"],
    ["linux", true, "web"],
    ["linux", false, "web"],
    ["freebsd", false, "web"],
  ] as const)("on %s with office-addin-debugging %s: %s", (platform, available, plan) => {
    expect(planLoad(platform, available)).toBe(plan);
  });
});

describe("instructions", () => {
  it("walk through uploading the manifest to Excel on the web", () => {
    const text = webInstructions(ctx("linux"));
    expect(text).toContain("Upload My Add-in");
    expect(text).toContain("Choose /home/ada/sroi/manifest.xml");
    expect(text).toContain("open https://localhost:3000/taskpane.html once");
    expect(text).toContain("Keep this window open");
  });

  it("explain the shared folder catalog on Windows and the wef folder on macOS", () => {
    expect(manualDesktopInstructions(ctx("win32"))).toContain("Trusted Add-in Catalogs");
    expect(manualDesktopInstructions(ctx("darwin"))).toContain("~/Library/Containers/com.microsoft.Excel/Data/Documents/wef");
  });

  it("tell how to trust the CA file, or say it is already installed", () => {
    const linux = certificateInstructions(ctx("linux"));
    expect(linux).toContain("Import /home/ada/.office-addin-dev-certs/ca.crt");
    expect(linux).toContain("certutil -d sql:$HOME/.pki/nssdb");
    expect(linux).not.toContain("Windows:");
    expect(certificateInstructions(ctx("win32"))).toContain("Trusted Root Certification Authorities");
    expect(certificateInstructions(ctx("darwin", true))).toMatch(/^The development certificate authority is installed/);
  });

  it("put the web steps on every platform and the manual desktop steps only where they apply", () => {
    expect(readyMessage("web", ctx("linux"))).not.toContain("SHARED FOLDER");
    expect(readyMessage("manual-desktop", ctx("win32"))).toContain("SHARED FOLDER");
    expect(readyMessage("sideload-desktop", ctx("win32", true))).toContain("Excel desktop opens with the add-in sideloaded");
    for (const plan of ["web", "manual-desktop", "sideload-desktop"] as const) {
      expect(readyMessage(plan, ctx("darwin"))).toContain("Upload My Add-in");
    }
  });
});

describe("inspectCertificates", () => {
  const fresh = () => mkdtempSync(join(tmpdir(), "sroi-certs-"));

  it("reports missing files by name", () => {
    const dir = fresh();
    writeFileSync(join(dir, "ca.crt"), "");
    const state = inspectCertificates(dir);
    expect(state).toEqual({ state: "missing", files: [join(dir, "localhost.crt"), join(dir, "localhost.key")] });
    expect(describeCertState(state)).toMatch(/^no development certificate yet \(missing: /);
  });

  it("reports files that are not certificates", () => {
    const dir = fresh();
    for (const f of ["ca.crt", "localhost.crt", "localhost.key"]) writeFileSync(join(dir, f), "not a certificate");
    expect(inspectCertificates(dir).state).toBe("invalid");
  });

  describe("on generated certificates", () => {
    const dir = fresh();
    beforeAll(() => generateCertificateFiles(dir, 2), 60_000);

    it("accepts them while valid and for localhost", () => {
      const state = inspectCertificates(dir);
      expect(state.state).toBe("ok");
    });

    it("calls them expired after their last day", () => {
      const inThreeDays = new Date(Date.now() + 3 * 24 * 3600 * 1000);
      expect(inspectCertificates(dir, inThreeDays).state).toBe("expired");
    });

    it("rejects a key that belongs to another certificate", async () => {
      const other = fresh();
      await generateCertificateFiles(other, 2);
      writeFileSync(certPaths(dir).key, readFileSync(certPaths(other).key));
      expect(inspectCertificates(dir)).toEqual({
        state: "invalid",
        reason: `${certPaths(dir).key} does not belong to ${certPaths(dir).cert}`,
      });
    }, 60_000);
  });
});
