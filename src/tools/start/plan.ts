/* What `npm start` does after the server is up, per platform, and the words it prints. Pure. */
import { CERT_DAYS } from "./certs";

/** How the add-in gets into Excel. */
export type LoadPlan =
  /** Windows or macOS with office-addin-debugging available: sideload into Excel desktop. */
  | "sideload-desktop"
  /** Windows or macOS without it: print the manual desktop steps (and the web ones). */
  | "manual-desktop"
  /** Anywhere else (Linux): Excel on the web only. */
  | "web";

/** Chooses the plan from the platform and whether `office-addin-debugging` resolves. */
export function planLoad(platform: NodeJS.Platform, debuggingAvailable: boolean): LoadPlan {
  if (platform !== "win32" && platform !== "darwin") return "web";
  return debuggingAvailable ? "sideload-desktop" : "manual-desktop";
}

/** The npx executable for the platform (a .cmd shim on Windows). */
export function npxCommand(platform: NodeJS.Platform): string {
  return platform === "win32" ? "npx.cmd" : "npx";
}

/** Facts the instructions mention. */
export interface LoadContext {
  platform: NodeJS.Platform;
  /** Absolute path of manifest.xml. */
  manifest: string;
  /** e.g. https://localhost:3000 */
  origin: string;
  /** Folder of ca.crt. */
  certDir: string;
  /** Whether the CA is known to be in the system store (Windows/macOS install succeeded). */
  caInstalled: boolean;
}

const indent = (lines: string[]) => lines.map((l) => `  ${l}`).join("\n");

/** How to load the add-in in Excel on the web, step by step. */
export function webInstructions(ctx: LoadContext): string {
  return [
    "Load the add-in into Excel on the web:",
    indent([
      `1. Keep this window open: Excel loads the add-in from ${ctx.origin} while you use it.`,
      `2. In the browser you use for Excel, open ${ctx.origin}/taskpane.html once. It must open without a`,
      "   certificate warning; if it warns, trust the certificate first (see below).",
      "3. Open a workbook in Excel on the web (office.com, then Excel).",
      "4. Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in",
      "   (older layouts: Insert > Office Add-ins > Upload My Add-in).",
      `5. Choose ${ctx.manifest} and select Upload.`,
      "6. The SROI group appears on the Home tab; type =SROI. in a cell to use the functions.",
    ]),
  ].join("\n");
}

/** How to sideload into Excel desktop by hand when office-addin-debugging is not installed. */
export function manualDesktopInstructions(ctx: LoadContext): string {
  const steps =
    ctx.platform === "darwin"
      ? [
          "1. Quit Excel.",
          `2. Copy ${ctx.manifest} into ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef`,
          "   (create the wef folder if it does not exist).",
          "3. Start Excel, open a workbook, then Home > Add-ins and pick SROI for Excel under Developer Add-ins.",
        ]
      : [
          "1. Share a folder on this computer (folder Properties > Sharing) and copy manifest.xml into it:",
          `   ${ctx.manifest}`,
          "2. Excel > File > Options > Trust Center > Trust Center Settings > Trusted Add-in Catalogs:",
          "   add the share's network path (\\\\computer\\share), tick Show in Menu, OK, and restart Excel.",
          "3. Home > Add-ins > More Add-ins > SHARED FOLDER > SROI for Excel > Add.",
        ];
  return [
    "office-addin-debugging is not installed, so the add-in is not sideloaded automatically.",
    "To let npm start sideload it, run once: npm install --no-save office-addin-debugging",
    "Or load it into Excel desktop by hand:",
    indent(steps),
  ].join("\n");
}

/** How to make the browser (or Excel) trust the development certificate authority. */
export function certificateInstructions(ctx: LoadContext): string {
  const ca = `${ctx.certDir}/ca.crt`;
  if (ctx.caInstalled)
    return `The development certificate authority is installed; certificates last ${CERT_DAYS} days and npm start renews them.`;
  const byPlatform: Record<string, string[]> = {
    win32: [
      `Windows: double-click ${ca}, Install Certificate > Current User >`,
      "  Place all certificates in: Trusted Root Certification Authorities. Restart Excel and the browser.",
    ],
    darwin: [
      `macOS: security add-trusted-cert -d -r trustRoot -k ~/Library/Keychains/login.keychain-db '${ca}'`,
      "  (or open it in Keychain Access and set Trust to Always Trust). Restart Excel and the browser.",
    ],
  };
  const browsers = [
    `Chrome, Chromium, Edge: Settings > Privacy and security > Security > Manage certificates >`,
    `  Authorities > Import ${ca}, tick "Trust this certificate for identifying websites".`,
    `  Or with NSS tools (Debian: libnss3-tools):`,
    `  certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Office Add-in Dev CA" -i '${ca}'`,
    `Firefox: Settings > Privacy & Security > Certificates > View Certificates > Authorities > Import ${ca},`,
    `  tick "Trust this CA to identify websites".`,
  ];
  return [
    `Trust the development certificate authority once (${CERT_DAYS}-day certificates; after npm start renews`,
    "them, import the new ca.crt again):",
    indent([...(byPlatform[ctx.platform] ?? []), ...browsers]),
  ].join("\n");
}

/** Everything printed once the server is up, for the chosen plan. */
export function readyMessage(plan: LoadPlan, ctx: LoadContext): string {
  const parts = [`SROI for Excel is served at ${ctx.origin}. Press Ctrl+C to stop.`];
  if (plan === "sideload-desktop") parts.push("Excel desktop opens with the add-in sideloaded; it unregisters when you stop.");
  if (plan === "manual-desktop") parts.push(manualDesktopInstructions(ctx));
  parts.push(webInstructions(ctx), certificateInstructions(ctx));
  return parts.join("\n\n");
}
