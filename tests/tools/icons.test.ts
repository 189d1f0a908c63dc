/* The PNG encoder, its header reader, and the committed icons made from the vector drawing. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { inflateSync } from "node:zlib";
import { drawIcon } from "../../src/tools/icons/icon";
import { ICON_SIZES, iconFileName } from "../../src/tools/icons/makeIcons";
import { crc32, encodePng, readPngSize } from "../../src/tools/icons/png";

/** Decodes the PNGs encodePng writes (RGBA, 8 bit, filter None): an independent reading of the bytes. */
function decodeSimplePng(file: Buffer): { width: number; height: number; rgba: Uint8Array } {
  let at = 8;
  const idat: Buffer[] = [];
  let width = 0;
  let height = 0;
  while (at < file.length) {
    const length = file.readUInt32BE(at);
    const type = file.toString("ascii", at + 4, at + 8);
    const data = file.subarray(at + 8, at + 8 + length);
    expect(file.readUInt32BE(at + 8 + length)).toBe(crc32(file.subarray(at + 4, at + 8 + length)));
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([...data.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
    }
    if (type === "IDAT") idat.push(data);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width * 4 + 1)]).toBe(0);
    rgba.set(raw.subarray(y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1)), y * width * 4);
  }
  return { width, height, rgba };
}

describe("crc32", () => {
  it("gives the standard check value for '123456789'", () => {
    // The CRC-32 check value from the catalogue of CRC parameters (CRC-32/ISO-HDLC): 0xCBF43926.
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });
});

describe("encodePng", () => {
  it("round-trips a 2×1 image through an independent decoder", () => {
    const pixels = new Uint8Array([255, 0, 0, 255, 0, 0, 255, 128]);
    const decoded = decodeSimplePng(encodePng(2, 1, pixels));
    expect(decoded).toEqual({ width: 2, height: 1, rgba: pixels });
  });

  it("refuses a pixel buffer of the wrong length", () => {
    expect(() => encodePng(2, 2, new Uint8Array(15))).toThrow("expected 16 bytes of RGBA, got 15");
  });
});

describe("readPngSize", () => {
  it("reads width and height from the header", () => {
    expect(readPngSize(encodePng(3, 5, new Uint8Array(60)))).toEqual({ width: 3, height: 5 });
  });

  it("returns undefined for bytes that are not a PNG", () => {
    expect(readPngSize(new TextEncoder().encode("GIF89a, not a png at all"))).toBeUndefined();
    expect(readPngSize(new Uint8Array(4))).toBeUndefined();
  });
});

describe("drawIcon", () => {
  const size = 80;
  const icon = drawIcon(size);
  const pixel = (x: number, y: number) => [...icon.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)];

  it("leaves the rounded corners transparent", () => {
    expect(pixel(0, 0)[3]).toBe(0);
    expect(pixel(size - 1, size - 1)[3]).toBe(0);
  });

  it("paints the tile teal, the small bars white and the tall bar amber", () => {
    expect(pixel(40, 70)).toEqual([15, 118, 110, 255]); // below the bars' baseline (0.78 × 80 = 62.4)
    expect(pixel(22, 55)).toEqual([255, 255, 255, 255]); // first bar spans x 15.2–28.8, y 44.8–62.4
    expect(pixel(58, 25)).toEqual([251, 191, 36, 255]); // tall bar spans x 51.2–64.8, y 17.6–62.4
  });
});

describe("committed icons", () => {
  it.each(ICON_SIZES)("assets/icon-%i.png holds exactly what the drawing gives at that size", (size) => {
    const file = readFileSync(resolve(__dirname, "../../assets", iconFileName(size)));
    const decoded = decodeSimplePng(file);
    expect([decoded.width, decoded.height]).toEqual([size, size]);
    expect(Buffer.from(decoded.rgba).equals(Buffer.from(drawIcon(size)))).toBe(true);
  });
});
