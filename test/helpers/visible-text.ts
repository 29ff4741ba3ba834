/*
 * What a reader sees or hears of an element, and which of it did not come from the catalogue: in
 * the pseudo-locale (en-XA) every message reads ⟦…⟧, so letters outside those markers are words
 * that bypassed the catalogue, unless they are server data the test names. Plain DOM code with no
 * imports: the tests import it, and the Storybook smoke check (scripts/storybook-smoke.mjs) runs
 * it in each story's page.
 *
 * Two kinds of text are not ours to translate, and the markup says so:
 * - Server data (logins, Matomo's descriptions, site names, URLs, notes) and names that are the
 *   same in every language ("CSV") sit in elements marked `translate="no"`, HTML's own mark for
 *   text not to be translated (browser translators respect it too): their text and their
 *   translatable attributes (title, aria-label, placeholder, alt…) are left out, down to a
 *   descendant marked `translate="yes"`. Only an element whose whole text is such data is marked.
 * - Dates and times `Intl` writes in the reader's locale ("2 days ago", "Sunday, December 6, 2026
 *   at 5:20 PM") sit in `<time datetime="…">` elements: their text is left out (not their
 *   attributes). A `<time>` without `datetime` holds no machine-readable time: its text counts.
 */

/** The attributes that give an element an accessible name or description, or text on screen. */
const SPOKEN_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'title', 'placeholder', 'alt'];

/** Elements whose text content is not shown as text, or is code (a textarea's or a code block's is code the user copies; their attributes still count). */
const SILENT = new Set(['style', 'script', 'template', 'textarea', 'noscript', 'code']);

export interface SeenText {
  /** Where it was found: the element's tag and part (or the attribute's name). */
  where: string;
  text: string;
}

function label(el: Element, attribute?: string): string {
  const part = el.getAttribute('part');
  return `<${el.localName}${part ? ` part="${part}"` : ''}>${attribute ? ` [${attribute}]` : ''}`;
}

/**
 * Every string a reader can see or hear in `root`, open shadow roots included: text (option
 * texts, live regions and visually hidden text among it), accessible names and descriptions,
 * titles, placeholders, alt texts, and the value of input buttons. The text of snippets of code
 * (textarea, code) and styles is left out, and what a frame shows (another document); so are what
 * is marked `translate="no"` and the text of `<time datetime>` elements (see above).
 */
export function seenTexts(root: Node): SeenText[] {
  const found: SeenText[] = [];
  // `translating`: whether the text met here is to be translated (`translate` is inherited, as in
  // HTML; a shadow root's children inherit from its host).
  const visit = (node: Node, translating: boolean): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (text && translating && !(parent && (SILENT.has(parent.localName) || isIntlTime(parent)))) found.push({ where: parent ? label(parent) : '#text', text });
      return;
    }
    const texts = Array.from(node.childNodes).filter((child) => child.nodeType === Node.TEXT_NODE);
    if (node instanceof Element) {
      const own = node.getAttribute('translate')?.trim().toLowerCase();
      if (own === 'no') translating = false;
      else if (own === 'yes' || own === '') translating = true;
      if (translating) {
        for (const name of SPOKEN_ATTRIBUTES) {
          const value = node.getAttribute(name)?.trim();
          if (value) found.push({ where: label(node, name), text: value });
        }
        if (node instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(node.type) && node.value.trim()) {
          found.push({ where: label(node, 'value'), text: node.value.trim() });
        }
      }
      if (node.shadowRoot) visit(node.shadowRoot, translating);
      if (SILENT.has(node.localName)) return;
    }
    // The text of a node is read as one, around its elements (after its own `translate` is known): a
    // message may hold a login or a time between its words ("⟦14 failed sign-ins for <bdi>admin</bdi>
    // between <time>…</time>…⟧"), its markers then span them.
    if (texts.length > 1 && translating && !(node instanceof Element && isIntlTime(node))) {
      const text = texts.map((child) => child.textContent?.trim() ?? '').filter(Boolean).join(' ');
      if (text) found.push({ where: node instanceof Element ? label(node) : '#text', text });
    }
    for (const child of Array.from(node.childNodes)) if (texts.length < 2 || child.nodeType !== Node.TEXT_NODE) visit(child, translating);
  };
  const marked = root instanceof Element ? root.closest('[translate]') : null;
  visit(root, marked?.getAttribute('translate')?.trim().toLowerCase() !== 'no');
  return found;
}

/** A `<time>` with a machine-readable `datetime`: its text is a date or time `Intl` wrote. */
const isIntlTime = (el: Element): boolean => el.localName === 'time' && el.hasAttribute('datetime');

/** `text` without what is inside ⟦…⟧ (markers may nest: a message inside another's param). */
export function unmarked(text: string): string {
  let depth = 0;
  let out = '';
  for (const c of text) {
    if (c === '⟦') depth++;
    else if (c === '⟧') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += c;
  }
  return out;
}

/** Server data a test expects on screen: exact strings, or patterns (dates, numbers with words). */
export type Allowed = ReadonlyArray<string | RegExp>;

/**
 * The strings of `root` that bypassed the catalogue: letters left outside the ⟦…⟧ markers once
 * the `allowed` server data is taken out. Empty when every word came from the catalogue.
 */
export function bypasses(root: Node, allowed: Allowed = []): SeenText[] {
  return seenTexts(root).filter(({ text }) => {
    let rest = unmarked(text);
    for (const a of allowed) rest = typeof a === 'string' ? rest.split(a).join(' ') : rest.replace(new RegExp(a.source, a.flags.includes('g') ? a.flags : `${a.flags}g`), ' ');
    return /\p{L}/u.test(rest);
  });
}
