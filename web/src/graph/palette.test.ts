import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { contrast, deltaE, dichromacy, labSeen, over } from "../test-support/colour";
import { canvasColours, graphStyle, kindStyles } from "./style";

/** WCAG 2.x AA for normal-size text; every text on the page is held to it, large text included. */
const aa = 4.5;

const css = (file: string) => readFileSync(fileURLToPath(new URL(file, import.meta.url)), "utf8");

/** The page's stylesheets' rules: selector and declarations, `var(--x)` resolved from `:root`. */
function rules(): { selector: string; color?: string; background?: string }[] {
  const text = [css("../styles.css"), css("./canvas.css")].join("\n").replace(/\/\*[\s\S]*?\*\//g, "");
  const variables = new Map([...text.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]?.trim()]));
  const value = (raw: string | undefined) =>
    raw?.trim().replace(/var\((--[\w-]+)\)/, (_, name: string) => variables.get(name) ?? name);
  return [...text.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, selector = "", body = ""]) => {
    const declared = (property: string) =>
      value(new RegExp(`(?:^|;)\\s*${property}:\\s*([^;]+)`).exec(body)?.[1]);
    const color = declared("color");
    const background = declared("background(?:-color)?");
    return {
      selector: selector.trim(),
      ...(color ? { color } : {}),
      ...(background ? { background } : {}),
    };
  });
}

const hex = (value: string | undefined) => (value && /^#[0-9a-f]{3,8}$/i.test(value) ? value : undefined);

describe("the page's text", () => {
  it("has at least WCAG AA contrast (4.5:1) wherever a rule sets both its colour and its background", () => {
    const weak = rules().flatMap(({ selector, color, background }) => {
      const fg = hex(color);
      const bg = hex(background);
      if (!fg || !bg) return [];
      const ratio = contrast(over(fg, "#ffffff"), over(bg, "#ffffff"));
      return ratio < aa ? [`${selector}: ${fg} on ${bg} is ${ratio.toFixed(2)}:1`] : [];
    });
    expect(weak).toEqual([]);
  });

  it("has at least WCAG AA contrast in every text colour on every light background the page paints", () => {
    const all = rules();
    const backgrounds = [...new Set(all.flatMap(({ background }) => hex(background) ?? []))]
      .map((bg) => ({ bg, rgb: over(bg, "#ffffff") }))
      .filter(({ rgb }) => contrast(rgb, [255, 255, 255]) < 2);
    // Text on a dark background (the header, the selected tab) sets its own light colour with it: the test above.
    const inks = [...new Set(all.flatMap(({ color }) => hex(color) ?? []))].filter(
      (fg) => contrast(over(fg, "#ffffff"), [255, 255, 255]) >= 2,
    );
    expect(backgrounds.length).toBeGreaterThan(3);
    expect(inks).toEqual(expect.arrayContaining(["#1d232b", "#5b6470", "#c62828"]));
    const weak = inks.flatMap((fg) =>
      backgrounds.flatMap(({ bg, rgb }) => {
        const ratio = contrast(over(fg, "#ffffff"), rgb);
        return ratio < aa ? [`${fg} on ${bg} is ${ratio.toFixed(2)}:1`] : [];
      }),
    );
    expect(weak).toEqual([]);
  });

  it("on the canvas, every label colour has at least WCAG AA contrast on its label background over the canvas", () => {
    const blocks = graphStyle(1) as { selector: string; style: Record<string, unknown> }[];
    const weak = blocks.flatMap(({ selector, style: values }) => {
      const color = hex(String(values.color ?? ""));
      if (!color) return [];
      const behind = hex(String(values["text-background-color"] ?? "")) ?? canvasColours.background;
      const ratio = contrast(over(color, canvasColours.background), over(behind, canvasColours.background));
      return ratio < aa ? [`${selector}: ${color} on ${behind} is ${ratio.toFixed(2)}:1`] : [];
    });
    expect(blocks.filter(({ style }) => "color" in style).length).toBeGreaterThanOrEqual(3);
    expect(weak).toEqual([]);
  });
});

describe("the kind colours", () => {
  const visions = { "normal vision": undefined, ...dichromacy };
  for (const [vision, matrix] of Object.entries(visions)) {
    it(`stay plainly apart (ΔE76 at least 15 for every pair) with ${vision}`, () => {
      const kinds = Object.entries(kindStyles).map(([kind, { color }]) => ({
        kind,
        lab: labSeen(color, matrix),
      }));
      const close = kinds.flatMap((a, i) =>
        kinds.slice(i + 1).flatMap((b) => {
          const difference = deltaE(a.lab, b.lab);
          return difference < 15 ? [`${a.kind} / ${b.kind}: ΔE ${difference.toFixed(1)}`] : [];
        }),
      );
      expect(close).toEqual([]);
    });
  }
});
