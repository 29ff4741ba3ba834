import type { CSSResult } from 'lit';

/**
 * Adds the styles that come with a part loaded on demand (an export's progress, live updates'
 * states, avatar pictures, the filter bar's controls) to its widget's shadow root, after the
 * widget's own: the first view carries none of them. Once per root.
 */
export function adoptPartStyles(host: object, styles: CSSResult): void {
  const root = (host as { shadowRoot?: ShadowRoot | null }).shadowRoot;
  const sheet = styles.styleSheet;
  if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
