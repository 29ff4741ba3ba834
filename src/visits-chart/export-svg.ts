import type { Chart } from 'chart.js';
import { MARKER_GEOMETRY, markersDrawnOn } from './annotation-markers.js';
import { linePoints } from './chart-data.js';
import { PREVIOUS_DASH, PROGRESS_DASH, SWATCH, layoutImage, measuringContext, plainText, siteNames, type ImageContent, type ImageLayout, type PlacedText } from './export-image.js';

/*
 * The SVG export of <visits-chart>: a vector drawing of the line chart made from its model (one
 * path per line, broken at the gaps; the comparison dashed; the segment to the period in progress
 * dotted and its point hollow), on the axes and ticks the chart shows (its scales place every
 * point where the canvas has it), with the annotation markers as drawn under the x axis and the
 * title block and legend of the PNG (export-image.ts).
 * Colours are the widget's computed theme; every text is escaped, and the characters XML cannot
 * hold replaced, so the file is well-formed whatever the server names.
 */

/** Text as XML character data or an attribute value. */
export function escapeXml(text: string): string {
  return plainText(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const number = (n: number): string => String(Math.round(n * 10) / 10);

let colorContext: CanvasRenderingContext2D | null | undefined;

/**
 * A CSS colour as SVG 1.1 paint (`#rrggbb`) and its opacity, through the canvas's own reading
 * of the colour (which turns `rgb()`, names, `hsl()`… into `#rrggbb` or `rgba()`). A colour it
 * does not turn into either is kept as it is.
 */
export function svgPaint(color: string): { paint: string; opacity: number } {
  colorContext ??= document.createElement('canvas').getContext('2d');
  if (!colorContext) return { paint: color, opacity: 1 };
  colorContext.fillStyle = '#000000';
  colorContext.fillStyle = color;
  const read = String(colorContext.fillStyle);
  const rgba = /^rgba?\(\s*(\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\s*\)$/.exec(read);
  if (!rgba) return { paint: read, opacity: 1 };
  const hex = rgba
    .slice(1, 4)
    .map((c) => Number(c).toString(16).padStart(2, '0'))
    .join('');
  return { paint: `#${hex}`, opacity: rgba[4] === undefined ? 1 : Number(rgba[4]) };
}

/** `name="paint"` with its opacity when not opaque (`fill`, `stroke`). */
function paintAttributes(name: 'fill' | 'stroke', color: string): string {
  const { paint, opacity } = svgPaint(color);
  return `${name}="${escapeXml(paint)}"${opacity < 1 ? ` ${name}-opacity="${opacity}"` : ''}`;
}

/** Path data for points `[x, y | null]`: a move after each gap, so a missing value leaves the line open. */
export function pathData(points: ReadonlyArray<readonly [number, number | null]>): string {
  let d = '';
  let pen = false;
  for (const [x, y] of points) {
    if (y === null) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${number(x)} ${number(y)}`;
    pen = true;
  }
  return d;
}

/** The chart's lines, axes and ticks as SVG elements, at the chart's own coordinates. */
function chartElements(content: ImageContent): string[] {
  const { chart, colors, model } = content;
  const x = chart.scales.x!;
  const y = chart.scales.y!;
  const area = chart.chartArea;
  const grid = paintAttributes('stroke', colors.grid);
  const tickText = `font-size="12" ${paintAttributes('fill', colors.text)}`;
  const out: string[] = [];
  // The y axis on the side the chart has it (the right, as right-to-left readers may have it).
  const right = y.position === 'right';
  const axisX = right ? area.right : area.left;

  // The y axis's grid lines with their tick marks, the axes' lines, then the tick labels as the chart shows them.
  out.push(`<g class="grid" ${grid} stroke-width="1">`);
  for (const tick of y.ticks) out.push(`<line x1="${number(right ? area.left : area.left - 8)}" x2="${number(right ? area.right + 8 : area.right)}" y1="${number(y.getPixelForValue(tick.value))}" y2="${number(y.getPixelForValue(tick.value))}"/>`);
  out.push(`<line x1="${number(area.left)}" x2="${number(area.right)}" y1="${number(area.bottom)}" y2="${number(area.bottom)}"/>`);
  out.push(`<line x1="${number(axisX)}" x2="${number(axisX)}" y1="${number(area.top)}" y2="${number(area.bottom)}"/>`);
  out.push('</g>');
  const label = (value: unknown) => (Array.isArray(value) ? value.join(' ') : value == null ? '' : String(value));
  out.push(`<g class="y-ticks" ${tickText} text-anchor="${right ? 'start' : 'end'}">`);
  for (const tick of y.ticks) {
    const text = label(tick.label);
    if (text) out.push(`<text x="${number(right ? area.right + 11 : area.left - 11)}" y="${number(y.getPixelForValue(tick.value) + 4)}">${escapeXml(text)}</text>`);
  }
  out.push('</g>');
  out.push(`<g class="x-ticks" ${tickText} text-anchor="middle">`);
  for (const tick of x.ticks) {
    const text = label(tick.label);
    if (text) out.push(`<text x="${number(x.getPixelForValue(tick.value))}" y="${number(area.bottom + 19)}">${escapeXml(text)}</text>`);
  }
  out.push('</g>');

  // One line per site, its comparison dashed; as many points as the chart draws (long lines thinned alike).
  const radius = Number(chart.data.datasets[0]?.pointRadius) || 0;
  const at = (points: ReturnType<typeof linePoints>) => points.map((p) => [x.getPixelForValue(p.x), p.y === null ? null : y.getPixelForValue(p.y)] as const);
  out.push('<g class="lines" fill="none" stroke-linejoin="round" stroke-linecap="round">');
  for (const series of model.series) {
    const color = colors.series[series.colorIndex % colors.series.length]!;
    const stroke = paintAttributes('stroke', color);
    const name = escapeXml(series.name);
    if (series.previous) {
      out.push(`<path class="previous" data-site="${name}" ${stroke} stroke-width="1.5" stroke-dasharray="${PREVIOUS_DASH.join(' ')}" d="${pathData(at(linePoints(series.previous.values)))}"/>`);
    }
    const points = linePoints(series.values);
    const placed = at(points);
    // The segment to the period in progress is dotted: drawn apart from the rest of the line.
    const k = series.partial > 0 ? points.findIndex((p) => p.i === series.partial) : -1;
    const dotted = k > 0 && placed[k]![1] !== null && placed[k - 1]![1] !== null;
    out.push(`<path class="current" data-site="${name}" ${stroke} stroke-width="2" d="${pathData(dotted ? [...placed.slice(0, k), [0, null], ...placed.slice(k)] : placed)}"/>`);
    if (dotted) out.push(`<path class="in-progress" ${stroke} stroke-width="2" stroke-dasharray="${PROGRESS_DASH.join(' ')}" d="${pathData(placed.slice(k - 1, k + 1))}"/>`);
    if (radius > 0) {
      const fill = paintAttributes('fill', color);
      for (const [cx, cy] of placed) if (cy !== null) out.push(`<circle cx="${number(cx)}" cy="${number(cy)}" r="${radius}" ${fill} stroke="none"/>`);
    }
    const partial = series.partial >= 0 ? placed[points.findIndex((p) => p.i === series.partial)] : undefined;
    if (partial && partial[1] !== null) {
      out.push(`<circle class="in-progress" cx="${number(partial[0])}" cy="${number(partial[1])}" r="4" ${paintAttributes('fill', colors.background)} ${stroke} stroke-width="2"/>`);
    }
  }
  out.push('</g>');
  return [...out, ...markerElements(chart)];
}

/** The annotation markers as last drawn in the band under the x axis (annotation-markers.ts), with annotations on. */
function markerElements(chart: Chart): string[] {
  const drawn = markersDrawnOn(chart);
  if (!drawn?.markers.length) return [];
  const { notch, top, height, border, fontSize } = MARKER_GEOMETRY;
  const { colors } = drawn;
  const y = drawn.top + notch + top;
  const out = [`<g class="annotations" font-size="${fontSize}" font-weight="600" text-anchor="middle" stroke-width="${border}">`];
  for (const marker of drawn.markers) {
    const at = chart.chartArea.left + marker.x;
    const edge = marker.starred ? colors.accent : colors.border;
    out.push(
      `<path d="M${number(at - 4)} ${number(y)}L${number(at)} ${number(y - notch)}L${number(at + 4)} ${number(y)}Z" ${paintAttributes('fill', edge)}/>`,
      `<rect x="${number(at - marker.width / 2 + border / 2)}" y="${number(y + border / 2)}" width="${number(marker.width - border)}" height="${height - border}" rx="${(height - border) / 2}" ${paintAttributes('fill', colors.background)} ${paintAttributes('stroke', edge)}/>`,
      // The middle of the pill, as the canvas draws it (a baseline a third of the size under it).
      `<text x="${number(at)}" y="${number(y + height / 2 + fontSize / 3)}" ${paintAttributes('fill', colors.text)}>${escapeXml(marker.text)}</text>`,
    );
  }
  out.push('</g>');
  return out;
}

/** The chart as an SVG document: title block, axes, lines and legend (see the module's comment). */
export function chartToSvg(content: ImageContent, layout: ImageLayout = layoutImage(content, measuringContext())): string {
  const { width, height } = layout;
  // Right to left, a text starts at its x and runs leftwards (SVG's text-anchor start follows direction).
  const direction = layout.dir === 'rtl' ? ' direction="rtl"' : '';
  const family = escapeXml(layout.font);
  // The accessible title: what it shows, for whom, when (the heading's first three lines, as one).
  const title = [content.title, siteNames(content), content.range].filter(Boolean).join(' · ');
  const text = (t: PlacedText) =>
    `<text x="${number(t.x)}" y="${number(t.y)}" font-size="${t.size}"${t.bold ? ' font-weight="600"' : ''} ${paintAttributes('fill', t.color)}>${escapeXml(t.text)}</text>`;
  const legend = layout.legend.map(({ swatch: s, text: t }) => {
    const dash = s.dash.length ? ` stroke-dasharray="${s.dash.join(' ')}"` : '';
    return `<line x1="${number(s.x)}" x2="${number(s.x + SWATCH)}" y1="${number(s.y)}" y2="${number(s.y)}" ${paintAttributes('stroke', s.color)} stroke-width="${s.width}"${dash}/>${text(t)}`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${family}" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${width}" height="${height}" ${paintAttributes('fill', layout.background)}/>`,
    `<g class="heading"${direction}>`,
    ...layout.texts.map(text),
    '</g>',
    `<g class="chart" transform="translate(${layout.chartX} ${layout.chartY})">`,
    ...chartElements(content),
    '</g>',
    `<g class="legend"${direction}>`,
    ...legend,
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}
