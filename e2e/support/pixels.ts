import type { Page } from "playwright-core";

/** A colour as red, green and blue from 0 to 255. */
export type Rgb = [number, number, number];

/** `#rrggbb` as `[r, g, b]`. */
export function hexToRgb(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/**
 * How many pixels of the page's screen, inside `clip` (page CSS pixels), are within `tolerance` on every channel
 * of one of `colours`: a screenshot, decoded by the page's own image decoder.
 */
export async function pixelsLike(
  page: Page,
  clip: { x: number; y: number; width: number; height: number },
  colours: readonly Rgb[],
  tolerance: number,
): Promise<number> {
  const png = await page.screenshot({ clip });
  return page.evaluate(
    async ({ base64, colours, tolerance }) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const image = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext("2d");
      if (!context) throw new Error("no 2D context to read the screenshot");
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
        if (
          colours.some(
            ([cr, cg, cb]) =>
              Math.abs(r - cr) <= tolerance && Math.abs(g - cg) <= tolerance && Math.abs(b - cb) <= tolerance,
          )
        )
          count++;
      }
      return count;
    },
    { base64: png.toString("base64"), colours, tolerance },
  );
}
