import { clip } from './text.js';
import { currentTimeZone } from './time.js';

// A sentence of ours with pieces that are not ours to translate: logins, addresses, names and
// country names from the server (`translate="no"`, isolated so a right-to-left override in one
// stays in it), and times from Intl (`<time datetime>`). The message is translated with a marker in
// each placeholder; the markers are then replaced by the pieces, wherever the language puts them:
// by nodes in the rows built by hand (`pieces`, `withData`), or by a lit template that puts the
// data between the words `around` gives.

/** The longest text of the server's shown in a sentence. */
const MAX = 100;

/** A placeholder's marker: characters of the private use area, which no message contains. */
const marker = (i: number) => `\uE000${i}\uE001`;
const MARKERS = /\uE000(\d+)\uE001/;

/**
 * The params that put `pieces` in a message (each a marker), and `fill`, which turns the
 * translated message into nodes: its words as text, each marker as its piece.
 */
export function pieces<K extends string>(nodes: Record<K, Node>): { params: Record<K, string>; fill(message: string): DocumentFragment } {
  const names = Object.keys(nodes) as K[];
  const params = {} as Record<K, string>;
  names.forEach((name, i) => (params[name] = marker(i)));
  return {
    params,
    fill(message) {
      const fragment = document.createDocumentFragment();
      // split() with a group gives text, index, text, index, … text.
      message.split(MARKERS).forEach((part, i) => {
        if (i % 2 === 0) {
          if (part) fragment.append(part);
        } else {
          const name = names[Number(part)];
          // A translation that names a piece twice shows it twice.
          if (name !== undefined) fragment.append(nodes[name].cloneNode(true));
        }
      });
      return fragment;
    },
  };
}

/** The marker of a message's one piece of server data (the one `pieces` gives its first piece). */
export const DATA = marker(0);

/** The words of `message` (translated with `DATA` in one placeholder) before and after the data, for a template that puts the data between them. */
export function around(message: string): [before: string, after: string] {
  const at = message.indexOf(DATA);
  return at < 0 ? [message, ''] : [message.slice(0, at), message.slice(at + DATA.length)];
}

/** `message` (translated with `DATA` in one placeholder) as nodes, the data a `<span translate="no">` holding `text`. */
export function withData(message: string, text: string): DocumentFragment {
  const span = document.createElement('span');
  span.translate = false;
  span.textContent = text;
  return pieces({ data: span }).fill(message);
}

/** A text of the server's: clipped, isolated, not for a translator. */
export function data(text: string): HTMLElement {
  const bdi = document.createElement('bdi');
  bdi.translate = false;
  bdi.textContent = clip(text, MAX);
  return bdi;
}

/** Nodes as a list in `locale` ("admin, root and test"): Intl's words between them (in the reader's language already: not for a translator), each node as it is. */
export function list(nodes: readonly Node[], locale: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  // Intl lists the nodes' indexes; each index then gives its node back.
  for (const part of new Intl.ListFormat(locale, { type: 'conjunction' }).formatToParts(nodes.map((_, i) => String(i)))) {
    if (part.type === 'element') fragment.append(nodes[Number(part.value)]!);
    else {
      const span = document.createElement('span');
      span.translate = false;
      span.textContent = part.value;
      fragment.append(span);
    }
  }
  return fragment;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** An instant as Intl says it in `locale` and the browser's time zone (the time alone, or with its day), in `<time datetime>`. */
export function timeNode(date: Date, locale: string, withDay: boolean): HTMLTimeElement {
  const timeZone = currentTimeZone();
  const key = `${locale}|${timeZone}|${withDay}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, withDay ? { dateStyle: 'medium', timeStyle: 'short', timeZone } : { timeStyle: 'short', timeZone })));
  const time = document.createElement('time');
  time.dateTime = date.toISOString();
  time.textContent = format.format(date);
  return time;
}
