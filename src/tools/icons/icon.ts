/* The add-in icon, drawn as vector shapes in a unit square and rasterised with 4×4 supersampling:
 * a teal rounded tile with three rising bars, the tallest one in amber (value that grows). */

type Rgb = readonly [number, number, number];

/** A filled shape: `inside(x, y)` for a point of the unit square (y grows downwards). */
interface Shape {
  colour: Rgb;
  inside: (x: number, y: number) => boolean;
}

const TEAL: Rgb = [15, 118, 110];
const WHITE: Rgb = [255, 255, 255];
const AMBER: Rgb = [251, 191, 36];

function roundedSquare(inset: number, radius: number): (x: number, y: number) => boolean {
  const lo = inset + radius;
  const hi = 1 - inset - radius;
  return (x, y) => {
    if (x < inset || x > 1 - inset || y < inset || y > 1 - inset) return false;
    const dx = x < lo ? lo - x : x > hi ? x - hi : 0;
    const dy = y < lo ? lo - y : y > hi ? y - hi : 0;
    return dx * dx + dy * dy <= radius * radius;
  };
}

function bar(left: number, width: number, top: number, bottom: number): (x: number, y: number) => boolean {
  return (x, y) => x >= left && x <= left + width && y >= top && y <= bottom;
}

const BASELINE = 0.78;
const BAR_WIDTH = 0.17;

/** Back to front: what the icon is made of. */
const ICON_SHAPES: readonly Shape[] = [
  { colour: TEAL, inside: roundedSquare(0.02, 0.2) },
  { colour: WHITE, inside: bar(0.19, BAR_WIDTH, 0.56, BASELINE) },
  { colour: WHITE, inside: bar(0.415, BAR_WIDTH, 0.42, BASELINE) },
  { colour: AMBER, inside: bar(0.64, BAR_WIDTH, 0.22, BASELINE) },
];

const SAMPLES = 4;

/**
 * Rasterises the icon at `size × size` pixels.
 * @returns RGBA bytes, row by row, straight (not premultiplied) alpha
 */
export function drawIcon(size: number, shapes: readonly Shape[] = ICON_SHAPES): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          let top: Rgb | undefined;
          for (const shape of shapes) if (shape.inside(x, y)) top = shape.colour;
          if (top) {
            r += top[0];
            g += top[1];
            b += top[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
        out[i + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
      }
    }
  }
  return out;
}
