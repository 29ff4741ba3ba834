/**
 * The colour helper Chart.js asks for (`new Color(value)`), for the script-tag bundles: they put
 * this module where Chart.js imports `@kurkle/color` (see scripts/cdn-build.mjs).
 *
 * Chart.js uses a colour object for two things in a line chart: the hover colour of a point
 * (`saturate(0.5).darken(0.1).hexString()`) and the animation of a colour (`valid`, `mix()`).
 * The colours the widget hands it come from computed styles, so they are `#hex`, `rgb()` or
 * `rgba()`; those are read here. Any other form (a named colour, `hsl()`, `oklch()`…) is kept as
 * it is: its hover colour is the colour itself, and a change of it is not animated.
 * About 0.9 KB gzip where `@kurkle/color`, which reads every CSS form, takes about 3.9 KB.
 */
type Rgba = [r: number, g: number, b: number, a: number];

const HEX = /^#([\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/i;
const RGB = /^rgba?\(\s*([^)]*)\)$/i;

function parse(value: string): Rgba | null {
  const text = value.trim();
  if (text.toLowerCase() === 'transparent') return [0, 0, 0, 0];
  const hex = HEX.exec(text)?.[1];
  if (hex) {
    const digits = hex.length < 6 ? [...hex].map((d) => d + d) : hex.match(/../g)!;
    const [r, g, b, a = 'ff'] = digits.map((d) => parseInt(d, 16));
    return [r!, g!, b!, Number(a) / 255];
  }
  const args = RGB.exec(text)?.[1]?.split(/\s*[,/]\s*|\s+/);
  if (!args || args.length < 3 || args.length > 4) return null;
  const channel = (arg: string, scale: number): number => (arg.endsWith('%') ? (parseFloat(arg) / 100) * scale : parseFloat(arg));
  const rgba = [channel(args[0]!, 255), channel(args[1]!, 255), channel(args[2]!, 255), args[3] === undefined ? 1 : channel(args[3], 1)];
  return rgba.every(Number.isFinite) ? (rgba as Rgba) : null;
}

const clamp = (n: number, max: number) => Math.min(max, Math.max(0, n));

/** Hue (0–1), saturation and lightness of an RGB colour. */
function toHsl([r, g, b]: Rgba): [number, number, number] {
  const [R, G, B] = [r / 255, g / 255, b / 255];
  const max = Math.max(R, G, B);
  const min = Math.min(R, G, B);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return [0, 0, l];
  const s = d / (1 - Math.abs(2 * l - 1));
  const h = max === R ? ((G - B) / d + 6) % 6 : max === G ? (B - R) / d + 2 : (R - G) / d + 4;
  return [h / 6, s, l];
}

function fromHsl(h: number, s: number, l: number, a: number): Rgba {
  const k = (n: number) => (n + h * 12) % 12;
  const f = (n: number) => l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return [f(0) * 255, f(8) * 255, f(4) * 255, a];
}

export class Color {
  readonly #input: string;
  #rgba: Rgba | null;

  constructor(value: unknown) {
    this.#input = String(value ?? '');
    this.#rgba = typeof value === 'string' ? parse(value) : null;
  }

  /** Whether the colour was read (only then does `mix()` change it). */
  get valid(): boolean {
    return this.#rgba !== null;
  }

  /** Scales the saturation by `1 + ratio`. */
  saturate(ratio: number): this {
    return this.#hsl((h, s, l) => [h, clamp(s * (1 + ratio), 1), l]);
  }

  /** Scales the lightness by `1 - ratio`. */
  darken(ratio: number): this {
    return this.#hsl((h, s, l) => [h, s, clamp(l * (1 - ratio), 1)]);
  }

  /** This colour `weight` of the way, and `other` the rest (straight interpolation of the channels). */
  mix(other: Color, weight = 0.5): this {
    const a = this.#rgba;
    const b = other.#rgba;
    if (a && b) this.#rgba = a.map((v, i) => v * weight + b[i]! * (1 - weight)) as Rgba;
    return this;
  }

  /** `#rrggbb`, or `#rrggbbaa` when not opaque; the original text when it was not read. */
  hexString(): string {
    const c = this.#rgba;
    if (!c) return this.#input;
    const byte = (n: number) => Math.round(clamp(n, 255)).toString(16).padStart(2, '0');
    const alpha = clamp(c[3], 1);
    return `#${byte(c[0])}${byte(c[1])}${byte(c[2])}${alpha < 1 ? byte(alpha * 255) : ''}`;
  }

  #hsl(change: (h: number, s: number, l: number) => [number, number, number]): this {
    const c = this.#rgba;
    if (c) this.#rgba = fromHsl(...change(...toHsl(c)), c[3]);
    return this;
  }
}
