import type { Chart } from 'chart.js';
import type { SiteVisits } from '../api/visits-source.js';
import { PROGRESS_DASH, type ChartColors, type ChartPoint } from './chart-data.js';
import { english, type Translator } from '../core/translate.js';
import { translations } from '../i18n/on-demand.js';
import { parsePeriodLabel } from './period-labels.js';
import type { ChartPeriod } from './ranges.js';
import type { ChartModel } from './shape.js';

/*
 * The picture the PNG and SVG exports of <visits-chart> share: a title block (the widget's title,
 * the sites, the range and the comparison) above the chart, its legend below, on the widget's
 * background. `layoutImage` places everything once, measured with the widget's font; the PNG
 * (`composeImage`) paints it on a canvas around the chart's own canvas, the SVG (export-svg.ts)
 * writes it as elements around the lines drawn from the chart's model.
 *
 * Text from the server (site and segment names) is only ever drawn as text: `fillText` on the
 * canvas, escaped character data in the SVG. Its words are in the widget's language (`t`), laid out
 * right to left in a language written that way.
 */

/** The chart as the line chart drew it (see `VisitsLineChart.drawing`). */
export interface ChartDrawing {
  chart: Chart<'line', ChartPoint[]>;
  colors: ChartColors;
}

/** What an image shows: the chart and the words around it. */
export interface ImageContent extends ChartDrawing {
  model: ChartModel;
  /** The widget's title ("Visits over time"). */
  title: string;
  /** The range as the subtitle says it ("Last 30 days, by day", then the segment). */
  range: string;
  /** The comparison drawn, in words (see `comparisonWords`); empty without one. */
  comparison: string;
  /** The dashed line's legend, when it is not the previous period ("Dashed: same period last year"). */
  previousLegend?: string | undefined;
  /** The widget's words (its translator, see `Localize`): the legend's own words, the sites' list, the direction (default: English). */
  t?: Translator | undefined;
}

/** A line of text, its baseline at `y`, starting at `x` (its right end, right to left). */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
  /** Font size in CSS pixels. */
  size: number;
  bold: boolean;
  color: string;
}

/** A legend's line sample, from `x` to `x + SWATCH` at height `y` (left to right as right to left). */
export interface Swatch {
  x: number;
  y: number;
  color: string;
  dash: readonly number[];
  width: number;
}

/** Everything placed, in CSS pixels. */
export interface ImageLayout {
  width: number;
  height: number;
  background: string;
  font: string;
  /** The direction of the words: `rtl` starts each line at the right margin and the legend at the right. */
  dir: 'ltr' | 'rtl';
  /** Where the chart goes, at its own size. */
  chartX: number;
  chartY: number;
  /** The title block's lines. */
  texts: PlacedText[];
  /** The legend's entries: a line sample and its words. */
  legend: Array<{ swatch: Swatch; text: PlacedText }>;
}

const PAD = 16;
const TITLE_SIZE = 16;
const TEXT_SIZE = 13;
const LINE = 19;
/** The width of a legend's line sample, and the room a legend entry's name may take. */
export const SWATCH = 18;
const NAME_WIDTH = 240;
/** The dashes of the comparison's lines and of the segment to the period in progress, as the chart draws them. */
export const PREVIOUS_DASH = [6, 4];
export { PROGRESS_DASH };

/** The canvas font of a size (bold or not) in `family`. */
export const fontOf = (size: number, bold: boolean, family: string): string => `${bold ? '600 ' : ''}${size}px ${family}`;

/**
 * Server text made fit for one line of an image: line breaks and tabs as spaces, and the
 * characters XML 1.0 refuses (C0 controls, lone surrogates, U+FFFE/U+FFFF) as U+FFFD.
 */
export function plainText(text: string): string {
  return text
    .replace(/[\t\n\r]+/g, ' ')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Text with its unclosed isolates (FSI, LRI, RLI) closed, so a cut name cannot reverse what follows it. */
function closeIsolates(text: string): string {
  let open = 0;
  for (const char of text) {
    if (char >= '\u2066' && char <= '\u2068') open++;
    else if (char === '\u2069' && open > 0) open--;
  }
  return text + '\u2069'.repeat(open);
}

/** `text` cut to `max` pixels wide with an ellipsis (whole characters), as measured in `context`'s font. */
export function ellipsise(context: CanvasRenderingContext2D, text: string, max: number): string {
  if (context.measureText(text).width <= max) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  // The longest start that fits with the ellipsis.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (context.measureText(`${chars.slice(0, mid).join('').trimEnd()}…`).width <= max) lo = mid;
    else hi = mid - 1;
  }
  return closeIsolates(`${chars.slice(0, lo).join('').trimEnd()}…`);
}

/** A 2D context to measure text with (a canvas of its own, never shown). */
export function measuringContext(): CanvasRenderingContext2D {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) throw new Error('No 2D canvas context');
  return context;
}

/** The sites shown, listed as the widget's language lists them ("Shop, Blog and Docs"). */
export function siteNames(content: ImageContent): string {
  return new Intl.ListFormat((content.t ?? english).locale).format(content.model.series.map((s) => s.name));
}

/**
 * Places the title block, the chart and the legend. The image is as wide as the chart and a
 * margin each side; names are cut with an ellipsis where they do not fit (a legend entry's at
 * 240 px, a line at the image's width). Right to left, each line starts at the right margin and
 * the legend's entries run from the right, each sample to the right of its words.
 */
export function layoutImage(content: ImageContent, context: CanvasRenderingContext2D = measuringContext()): ImageLayout {
  const { chart, colors, model } = content;
  const t = content.t ?? english;
  // As the widget's elements have it (`Localize.dir`): the language's own once its words are here.
  const dir = translations()?.directionOf(t.locale) ?? 'ltr';
  const rtl = dir === 'rtl';
  const font = colors.font;
  const foreground = getComputedStyle(chart.canvas).color || colors.text;
  const width = Math.round(chart.width) + 2 * PAD;
  const room = width - 2 * PAD;
  const texts: PlacedText[] = [];
  const legend: ImageLayout['legend'] = [];
  let y = PAD;
  const line = (text: string, size: number, bold: boolean, color: string) => {
    context.font = fontOf(size, bold, font);
    texts.push({ text: ellipsise(context, plainText(text), room), x: rtl ? width - PAD : PAD, y: y + Math.round(size * 0.95), size, bold, color });
  };

  const names = siteNames(content);
  for (const [text, size, bold, color] of [
    [content.title, TITLE_SIZE, true, foreground],
    [names, TEXT_SIZE, false, colors.text],
    [content.range, TEXT_SIZE, false, colors.text],
    [content.comparison, TEXT_SIZE, false, colors.text],
  ] as const) {
    if (!text) continue;
    line(text, size, bold, color);
    y += size === TITLE_SIZE ? LINE + 4 : LINE;
  }
  y += PAD / 2;
  const chartY = y;
  y += Math.round(chart.height) + PAD / 2;

  // The legend: each site's line, then the dashed comparison and the period in progress, in rows.
  // A site's name is cut at 240 px; the legend's own words (longer in some languages) take the image's width.
  const entries: Array<{ text: string; color: string; dash: readonly number[]; width: number; max?: number }> = model.series.map((s) => ({
    text: s.name,
    max: NAME_WIDTH,
    color: colors.series[s.colorIndex % colors.series.length]!,
    dash: [],
    width: 2,
  }));
  if (model.series.some((s) => s.previous)) entries.push({ text: content.previousLegend ?? t.t('Dashed: previous period'), color: colors.text, dash: PREVIOUS_DASH, width: 1.5 });
  if (model.series.some((s) => s.partial >= 0)) entries.push({ text: t.t('Dotted, hollow point: in progress'), color: colors.text, dash: PROGRESS_DASH, width: 2 });
  context.font = fontOf(TEXT_SIZE, false, font);
  // `x`: how far the next entry starts from its margin (the left one, or the right one right to left).
  let x = PAD;
  for (const entry of entries) {
    const text = ellipsise(context, plainText(entry.text), Math.min(entry.max ?? Infinity, room - SWATCH - 6));
    const entryWidth = SWATCH + 6 + context.measureText(text).width;
    if (x > PAD && x + entryWidth > width - PAD) {
      x = PAD;
      y += LINE;
    }
    legend.push({
      swatch: { x: rtl ? width - x - SWATCH : x, y: y + LINE / 2, color: entry.color, dash: entry.dash, width: entry.width },
      text: { text, x: rtl ? width - x - SWATCH - 6 : x + SWATCH + 6, y: y + Math.round(TEXT_SIZE * 0.95), size: TEXT_SIZE, bold: false, color: foreground },
    });
    x += entryWidth + 16;
  }
  if (entries.length) y += LINE;
  return { width, height: Math.ceil(y + PAD), background: colors.background, font, dir, chartX: PAD, chartY, texts, legend };
}

/**
 * The image as a canvas at `ratio` device pixels per CSS pixel: the background, the title block
 * and the legend drawn as text, the chart's canvas in its place.
 */
export function composeImage(content: ImageContent, ratio: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas context');
  const layout = layoutImage(content, context);
  canvas.width = Math.round(layout.width * ratio);
  canvas.height = Math.round(layout.height * ratio);
  context.scale(ratio, ratio);
  context.fillStyle = layout.background;
  context.fillRect(0, 0, layout.width, layout.height);
  const { chart } = content;
  context.drawImage(chart.canvas, layout.chartX, layout.chartY, chart.width, chart.height);
  // Each text starts at its x: from there to the right, or right to left to the left.
  context.direction = layout.dir;
  context.textAlign = 'start';
  for (const t of [...layout.texts, ...layout.legend.map((entry) => entry.text)]) {
    context.font = fontOf(t.size, t.bold, layout.font);
    context.fillStyle = t.color;
    context.fillText(t.text, t.x, t.y);
  }
  for (const { swatch: s } of layout.legend) {
    context.beginPath();
    context.setLineDash(s.dash);
    context.lineWidth = s.width;
    context.strokeStyle = s.color;
    context.moveTo(s.x, s.y);
    context.lineTo(s.x + SWATCH, s.y);
    context.stroke();
  }
  return canvas;
}

/** A canvas as a PNG file's content. */
export function toPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made'))), 'image/png'));
}

/**
 * The comparison drawn, in words: "Compared with March 1 – 31, 2025" when every site's previous
 * range is the same days, else "Compared with the previous period" (sites in different time zones
 * compare different days). Empty without a comparison.
 */
export function comparisonWords(previous: readonly SiteVisits[] | undefined, period: ChartPeriod, t: Translator): string {
  if (!previous?.length) return '';
  const spans = previous.map(({ points }) => {
    const first = points.length ? parsePeriodLabel(points[0]!.label, period) : null;
    const last = points.length ? parsePeriodLabel(points[points.length - 1]!.label, period) : null;
    return first && last ? [first.start, last.end] : null;
  });
  const [span] = spans;
  const same = span && spans.every((s) => s && s[0].getTime() === span[0].getTime() && s[1].getTime() === span[1].getTime());
  // {days}: the days compared with, in words ("March 1 – 31, 2025").
  return same ? t.t('Compared with {days}', { days: daysInWords(span[0], span[1], t.locale) }) : t.t('Compared with the previous period');
}

/** Days from `start` to `end` (local calendar days) in the locale's long form: "March 1 – 31, 2025", "1–31 March 2025". */
export function daysInWords(start: Date, end: Date, locale: string): string {
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(locale, options);
  } catch {
    format = new Intl.DateTimeFormat('en-US', options);
  }
  const utc = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  return format.formatRange(utc(start), utc(end));
}
