import { svg, type SVGTemplateResult } from 'lit';
import type { ActivityIconName } from './activity-types.js';

// 16×16 outline icons drawn with currentColor (paths of our own): the types' icons, and the buttons'.
const paths: Record<ActivityIconName, SVGTemplateResult> = {
  user: svg`<circle cx="8" cy="5.5" r="2.75"/><path d="M2.75 14c.4-2.9 2.6-4.5 5.25-4.5s4.85 1.6 5.25 4.5"/>`,
  key: svg`<circle cx="5" cy="8" r="2.75"/><path d="M7.75 8h6M11.5 8v2.5M13.75 8v2"/>`,
  'sign-in': svg`<path d="M9.5 2.5h3.25v11H9.5M2.25 8h7.5M7 5.25 9.75 8 7 10.75"/>`,
  'sign-out': svg`<path d="M6.5 2.5H3.25v11H6.5M6.25 8h7.5M11 5.25 13.75 8 11 10.75"/>`,
  site: svg`<circle cx="8" cy="8" r="5.75"/><path d="M2.25 8h11.5M8 2.25c1.6 1.6 2.4 3.5 2.4 5.75S9.6 12.15 8 13.75M8 2.25C6.4 3.85 5.6 5.75 5.6 8s.8 4.15 2.4 5.75"/>`,
  goal: svg`<circle cx="8" cy="8" r="5.75"/><circle cx="8" cy="8" r="3"/><circle cx="8" cy="8" r=".6"/>`,
  segment: svg`<path d="M2.25 3.25h11.5L9.5 8.5v4.25l-3 1.25V8.5z"/>`,
  report: svg`<rect x="2.75" y="2.25" width="10.5" height="11.5" rx="1"/><path d="M5.5 11V8.5M8 11V5.5M10.5 11V7"/>`,
  privacy: svg`<path d="M8 1.75 13 3.75v4c0 3-2.1 5.3-5 6.5-2.9-1.2-5-3.5-5-6.5v-4z"/><path d="m5.75 8 1.6 1.6 2.9-3"/>`,
  plugin: svg`<path d="M5.5 2.25v3M10.5 2.25v3M3.75 5.25h8.5v2.5a4.25 4.25 0 0 1-8.5 0zM8 12v2"/>`,
  note: svg`<path d="M3.25 2.25h7l2.5 2.5v9H3.25z"/><path d="M5.5 7h5M5.5 9.5h5M5.5 12h3"/>`,
  alert: svg`<path d="M8 2.25 14 13.25H2z"/><path d="M8 6.5v3.25M8 11.5v.25"/>`,
  puzzle: svg`<path d="M3 5.5h2.5a1.5 1.5 0 1 1 3 0H11v2.5a1.5 1.5 0 1 1 0 3v2.5H3z"/>`,
};

/** An icon: 16×16, drawn with currentColor, hidden from assistive technologies (its button or label names it). */
const icon = (content: SVGTemplateResult): SVGTemplateResult =>
  svg`<svg class="icon" viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${content}</svg>`;

/** The icons of the widget's own buttons. */
export const REFRESH = icon(svg`<path d="M13.25 8A5.25 5.25 0 1 1 11.7 4.3M13.25 2.5v3.25H10" />`);
export const DOWNLOAD = icon(svg`<path d="M8 2.25v8M4.75 7 8 10.25 11.25 7M2.75 13.25h10.5" />`);

const wrapped = new Map<string, SVGTemplateResult>();

/** A built-in icon, or undefined for a name that is not one. One template per icon, reused by every row. */
export function builtInIcon(name: string): SVGTemplateResult | undefined {
  let found = wrapped.get(name);
  if (!found) {
    const path = (paths as Record<string, SVGTemplateResult | undefined>)[name];
    if (!path) return undefined;
    found = icon(path);
    wrapped.set(name, found);
  }
  return found;
}
