/** Colour arithmetic for the palette and contrast tests: WCAG 2 contrast, colour-vision simulation, ΔE. */

type Rgb = [number, number, number];

/** `#rgb`, `#rrggbb` or `#rrggbbaa` as 0–255 channels and an alpha from 0 to 1. */
export function parseHex(hex: string): { rgb: Rgb; alpha: number } {
  let digits = hex.replace(/^#/, "");
  if (digits.length === 3 || digits.length === 4) digits = [...digits].map((d) => d + d).join("");
  const channel = (at: number) => Number.parseInt(digits.slice(at, at + 2), 16);
  if (!/^[0-9a-f]{6}([0-9a-f]{2})?$/i.test(digits)) throw new Error(`Not a hex colour: ${hex}`);
  return { rgb: [channel(0), channel(2), channel(4)], alpha: digits.length === 8 ? channel(6) / 255 : 1 };
}

/** A colour with alpha drawn over an opaque one. */
export function over(top: string, bottom: string): Rgb {
  const { rgb, alpha } = parseHex(top);
  const below = parseHex(bottom).rgb;
  return rgb.map((value, i) => value * alpha + (below[i] ?? 0) * (1 - alpha)) as Rgb;
}

const toLinear = (value: number) => {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** WCAG 2 relative luminance. */
export function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map(toLinear) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two opaque colours, from 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Machado, Oliveira and Fernandes (2009) matrices for complete dichromacy, applied to linear RGB. */
export const dichromacy = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
} as const;

type Matrix = readonly (readonly number[])[];

/** A colour's CIE L*a*b* (D65) as a person with the given dichromacy (or normal vision) sees it. */
export function labSeen(hex: string, vision?: Matrix): Rgb {
  const linear = parseHex(hex).rgb.map(toLinear);
  const seen = vision
    ? vision.map((row) =>
        Math.min(
          1,
          Math.max(
            0,
            row.reduce((sum, m, i) => sum + m * (linear[i] ?? 0), 0),
          ),
        ),
      )
    : linear;
  const [r, g, b] = seen as Rgb;
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference: about 2.3 is just noticeable; 15 and more is plainly another colour. */
export function deltaE(a: Rgb, b: Rgb): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}
