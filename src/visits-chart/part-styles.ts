import type { CSSResult } from 'lit';

/**
 * Adds the styles of a part loaded on demand (the table view, the custom range form) to the tree
 * `node` renders into: the widget's shadow root, which the widget's own elements share. Each
 * style sheet is added once, after those already there.
 */
export function addPartStyles(node: Node, styles: CSSResult): void {
  const root = node.getRootNode() as Partial<DocumentOrShadowRoot>;
  const sheet = styles.styleSheet;
  if (!sheet || !root.adoptedStyleSheets || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
