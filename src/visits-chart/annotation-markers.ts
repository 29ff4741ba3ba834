/*
 * The annotation markers of <visits-chart>, drawn on the chart's own canvas in the band it keeps
 * under its x axis (`ANNOTATION_BAND`): a pill per annotated period with its count (★ before it
 * when starred) and a notch pointing up at the period on the axis, as the marker button looks (its
 * styles in annotations.ts). Drawing them costs a few canvas calls; a button per marker cost the
 * style, layout and paint of dozens of elements in the chart's first frame, and a canvas of their
 * own the setting up and compositing of a second canvas. The one focusable marker (the active
 * one) stays a button over its pill.
 */

import type { Chart } from 'chart.js';
import type { ChartColors } from './chart-data.js';

/** A marker to draw: its key, where it stands along the plot (0–1, already mirrored right to left), its text, and whether it is starred. */
export interface MarkerSpec {
  key: string;
  along: number;
  text: string;
  starred: boolean;
}

/** A marker as drawn: its centre and width in CSS pixels from the plot's left edge. */
export interface DrawnMarker extends MarkerSpec {
  x: number;
  width: number;
}

/** The colours and font of the markers. */
export interface MarkerColors {
  border: string;
  /** The border of a starred marker, and of the one under the pointer. */
  accent: string;
  background: string;
  text: string;
  font: string;
}

/**
 * The geometry, in CSS pixels, shared with the marker button's styles: the notch is NOTCH pixels
 * high from the band's top edge, the pill TOP pixels under it, HEIGHT high with a BORDER, at least
 * MIN_WIDTH wide, PADDING on either side of its text. The button's row is the band less the notch.
 */
export const MARKER_GEOMETRY = { notch: 4, top: 2, height: 20, border: 2, minWidth: 20, padding: 4, fontSize: 11 } as const;

/** The band the chart keeps under its x axis for the markers, in CSS pixels: the notch, then the button's row of 24 px. */
export const ANNOTATION_BAND = MARKER_GEOMETRY.notch + 24;

/** The markers' colours and font: the chart's text and background (the markers belong to its axis), and the widget's accent. */
export function markerColors(colors: Pick<ChartColors, 'text' | 'background' | 'accent' | 'font'>): MarkerColors {
  return { border: colors.text, accent: colors.accent, background: colors.background, text: colors.text, font: `600 ${MARKER_GEOMETRY.fontSize}px ${colors.font}` };
}

/** The markers as last drawn on each chart, and their colours (the SVG export draws them again, export-svg.ts). */
const drawnOn = new WeakMap<Chart, { markers: readonly DrawnMarker[]; colors: MarkerColors }>();

/** Where the band under `chart`'s x axis starts, in CSS pixels from the canvas's top; undefined while the chart keeps none. */
function bandTop(chart: Chart): number | undefined {
  const top = chart.scales.x?.bottom ?? chart.height;
  return chart.chartArea && chart.height - top >= ANNOTATION_BAND ? top : undefined;
}

/** The markers last drawn in `chart`'s band, and where the band starts, while the chart keeps one. */
export function markersDrawnOn(chart: Chart): { markers: readonly DrawnMarker[]; colors: MarkerColors; top: number } | undefined {
  const top = bandTop(chart);
  const drawn = drawnOn.get(chart);
  return top === undefined || !drawn ? undefined : { ...drawn, top };
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
 * Draws `markers` in the band under `chart`'s x axis, along its plot, the marker `hover` (a key,
 * or '') bordered as a hovered button is, after clearing the band (the chart draws nothing there).
 * Returns where each was drawn, for `markerAt`; nothing when the chart keeps no band.
 */
export function drawMarkers(chart: Chart, markers: readonly MarkerSpec[], colors: MarkerColors, hover = ''): DrawnMarker[] {
  const { notch, top, height, border, minWidth, padding } = MARKER_GEOMETRY;
  const band = bandTop(chart);
  if (band === undefined) return [];
  const { ctx, chartArea } = chart;
  const ratio = chart.currentDevicePixelRatio;
  ctx.save();
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, band, chart.width, chart.height - band);
  ctx.font = colors.font;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineWidth = border;
  const y = band + notch + top;
  const width = chartArea.right - chartArea.left;
  const drawn: DrawnMarker[] = [];
  for (const marker of markers) {
    const x = marker.along * width;
    const at = chartArea.left + x;
    const pill = Math.max(minWidth, Math.ceil(textWidth(ctx, colors.font, marker.text)) + 2 * (padding + border));
    const edge = marker.key === hover || marker.starred ? colors.accent : colors.border;
    // The notch: a triangle from the pill's top edge up to the axis.
    ctx.fillStyle = edge;
    ctx.beginPath();
    ctx.moveTo(at - 4, y);
    ctx.lineTo(at, y - notch);
    ctx.lineTo(at + 4, y);
    ctx.fill();
    // The pill, its border drawn inside its box as a button's is.
    ctx.beginPath();
    ctx.roundRect(at - pill / 2 + border / 2, y + border / 2, pill - border, height - border, (height - border) / 2);
    ctx.fillStyle = colors.background;
    ctx.fill();
    ctx.strokeStyle = edge;
    ctx.stroke();
    ctx.fillStyle = colors.text;
    ctx.fillText(marker.text, at, y + height / 2);
    drawn.push({ ...marker, x, width: pill });
  }
  ctx.restore();
  drawnOn.set(chart, { markers: drawn, colors });
  return drawn;
}

/** The key of the marker drawn at `x` CSS pixels from the plot's left edge (the one drawn last where they overlap), or ''. */
export function markerAt(drawn: readonly DrawnMarker[], x: number): string {
  for (let i = drawn.length - 1; i >= 0; i--) {
    const marker = drawn[i]!;
    if (Math.abs(x - marker.x) <= marker.width / 2) return marker.key;
  }
  return '';
}
