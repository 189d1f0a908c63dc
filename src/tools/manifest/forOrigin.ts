/* The manifest for a real host: the development manifest with every URL moved from the dev
 * server's origin to the host's, and the version taken from package.json. Used by the build when
 * ADDIN_ORIGIN is set (webpack.config.js writes dist/manifest.xml). */

/** The origin every URL of the development manifest uses. */
export const DEV_ORIGIN = "https://localhost:3000";

/**
 * Checks that `origin` is a bare https origin ("https://host" or "https://host:port", no path,
 * query or trailing slash) and returns it normalised to lower case; throws a message otherwise.
 */
export function checkOrigin(origin: string): string {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    throw new Error(`ADDIN_ORIGIN is "${origin}"; expected an https origin such as https://sroi.example.org`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_ORIGIN is "${origin}"; Office loads add-ins only over https`);
  if (url.origin !== origin.replace(/\/$/, "").toLowerCase() || url.username || url.password) {
    throw new Error(`ADDIN_ORIGIN is "${origin}"; give the origin alone (https://host or https://host:port), without a path`);
  }
  return url.origin;
}

/** "1.2.3" (package.json) → "1.2.3.0" (the manifest's four-part version); pre-release tags are refused. */
export function manifestVersion(packageVersion: string): string {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(packageVersion);
  if (!m) throw new Error(`package.json version "${packageVersion}" is not major.minor.patch; the manifest needs four numbers`);
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

/** The development manifest rewritten for `origin` with `version`; the comment about the dev server goes too. */
export function manifestForOrigin(devManifest: string, origin: string, packageVersion: string): string {
  const host = checkOrigin(origin);
  if (!devManifest.includes(DEV_ORIGIN)) throw new Error(`manifest.xml names no URL on ${DEV_ORIGIN}; nothing to move`);
  return devManifest
    .replace(/<!--[\s\S]*?-->\n/, `<!-- SROI for Excel, built for ${host}: publish dist/ there and deploy this file. -->\n`)
    .split(DEV_ORIGIN)
    .join(host)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(packageVersion)}</Version>`);
}
