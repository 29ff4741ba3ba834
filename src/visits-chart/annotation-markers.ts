/*
 * The annotation markers of <visits-chart> drawn on one canvas: a pill per annotated period with
 * its count (★ before it when starred) and a notch pointing up at the period on the x axis, as
 * the marker button looks (its styles in annotations.ts). Drawing them costs a few canvas calls;
 * a button per marker cost the style, layout and paint of dozens of elements in the chart's
 * first frame. The one focusable marker (the active one) stays a button over its pill.
 */

import type { ChartColors } from './chart-data.js';

/** A marker to draw: its key, where it stands along the row (0–1, already mirrored right to left), its text, and whether it is starred. */
export interface MarkerSpec {
  key: string;
  along: number;
  text: string;
  starred: boolean;
}

/** A marker as drawn: its centre and width in CSS pixels along the canvas. */
export interface DrawnMarker extends MarkerSpec {
  x: number;
  width: number;
}

/** The colours and font of the markers, read from the styles around them. */
export interface MarkerColors {
  border: string;
  /** The border of a starred marker, and of the one under the pointer. */
  accent: string;
  background: string;
  text: string;
  font: string;
}

/**
 * The geometry, in CSS pixels, shared with the marker button's styles: the canvas starts NOTCH
 * pixels above the row (the notch pokes out of it, as the button's does), the pill is HEIGHT
 * high with a BORDER, at least MIN_WIDTH wide, PADDING on either side of its text.
 */
export const MARKER_GEOMETRY = { notch: 4, top: 2, height: 20, border: 2, minWidth: 20, padding: 4, fontSize: 11 } as const;

/** The canvas's height in CSS pixels: the notch above the row, and the row's 24 px. */
const CANVAS_HEIGHT = MARKER_GEOMETRY.notch + 24;

/** The markers' colours and font: the chart's text and background (the markers belong to its axis), and the widget's accent. */
export function markerColors(colors: Pick<ChartColors, 'text' | 'background' | 'accent' | 'font'>): MarkerColors {
  return { border: colors.text, accent: colors.accent, background: colors.background, text: colors.text, font: `600 ${MARKER_GEOMETRY.fontSize}px ${colors.font}` };
}

/**
 * The same colours read from the computed style of `element` (in the widget), when the chart
 * has not read them in the theme in force: the tokens `readColors` (chart-data.ts) reads, read here
 * rather than through it, which the first view would have to export to this part (its size
 * ceiling has no room left for that).
 */
export function readMarkerColors(element: Element): MarkerColors {
  const style = getComputedStyle(element);
  const get = (name: string) => style.getPropertyValue(name).trim();
  return markerColors({ text: get('--_vc-text'), background: get('--_vc-bg'), accent: get('--_accent'), font: style.fontFamily });
}

/**
 * Widths of texts by font and text: a marker's text is a count (★ before it when starred), so the
 * same few come back. Forgotten when a font arrives (a font on its way measures as its fallback).
 */
const widths = new Map<string, number>();
document.fonts.addEventListener('loadingdone', () => widths.clear());

function textWidth(ctx: CanvasRenderingContext2D, font: string, text: string): number {
  const key = `${font}\n${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    width = ctx.measureText(text).width;
    if (document.fonts.status === 'loaded' && widths.size < 1000) widths.set(key, width);
  }
  return width;
}

/**
 * Draws `markers` on `canvas`, `width` CSS pixels wide (sized here for the screen's pixel
 * ratio), the marker `hover` (a key, or '') bordered as a hovered button is. Returns where each
 * was drawn, for `markerAt`.
 */
export function drawMarkers(canvas: HTMLCanvasElement, markers: readonly MarkerSpec[], width: number, colors: MarkerColors, hover = ''): DrawnMarker[] {
  const { notch, top, height, border, minWidth, padding } = MARKER_GEOMETRY;
  const ratio = globalThis.devicePixelRatio || 1;
  const w = Math.max(0, Math.round(width * ratio));
  const h = Math.round(CANVAS_HEIGHT * ratio);
  // Setting a canvas's size clears it; its context state goes back to the defaults too.
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  // A strip this small is drawn in memory: `willReadFrequently` keeps the browser from setting up a
  // canvas on the graphics processor for it, which took longer than drawing the markers (measured
  // in headless Chromium). Asked the first time only: later calls get the same context.
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return [];
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, CANVAS_HEIGHT);
  ctx.font = colors.font;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineWidth = border;
  const y = notch + top;
  const drawn: DrawnMarker[] = [];
  for (const marker of markers) {
    const x = marker.along * width;
    const pill = Math.max(minWidth, Math.ceil(textWidth(ctx, colors.font, marker.text)) + 2 * (padding + border));
    const edge = marker.key === hover || marker.starred ? colors.accent : colors.border;
    // The notch: a triangle from the pill's top edge up to the axis.
    ctx.fillStyle = edge;
    ctx.beginPath();
    ctx.moveTo(x - 4, y);
    ctx.lineTo(x, y - notch);
    ctx.lineTo(x + 4, y);
    ctx.fill();
    // The pill, its border drawn inside its box as a button's is.
    ctx.beginPath();
    ctx.roundRect(x - pill / 2 + border / 2, y + border / 2, pill - border, height - border, (height - border) / 2);
    ctx.fillStyle = colors.background;
    ctx.fill();
    ctx.strokeStyle = edge;
    ctx.stroke();
    ctx.fillStyle = colors.text;
    ctx.fillText(marker.text, x, y + height / 2);
    drawn.push({ ...marker, x, width: pill });
  }
  return drawn;
}

/** The key of the marker drawn at `x` CSS pixels along the canvas (the one drawn last where they overlap), or ''. */
export function markerAt(drawn: readonly DrawnMarker[], x: number): string {
  for (let i = drawn.length - 1; i >= 0; i--) {
    const marker = drawn[i]!;
    if (Math.abs(x - marker.x) <= marker.width / 2) return marker.key;
  }
  return '';
}
