/* Writes assets/icon-{16,32,64,80}.png from the vector icon in icon.ts.
 * Run after changing the icon: `npx tsx src/tools/icons/makeIcons.ts`, then commit the PNGs. */
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { drawIcon } from "./icon";
import { encodePng } from "./png";

/** The pixel sizes the manifest references (ribbon 16/32/80, add-in list 32, high-DPI 64). */
export const ICON_SIZES = [16, 32, 64, 80] as const;

/** File name of the icon of a given size, relative to assets/. */
export function iconFileName(size: number): string {
  return `icon-${size}.png`;
}

function main(): void {
  const assets = resolve(__dirname, "../../../assets");
  for (const size of ICON_SIZES) {
    const file = join(assets, iconFileName(size));
    writeFileSync(file, encodePng(size, size, drawIcon(size)));
    console.log(`wrote ${file}`);
  }
}

if (require.main === module) main();
