import { render } from 'lit';
import type { ActivityEntry } from '../api/activity-source.js';
import { english, type Translator } from '../core/translate.js';
import { toRow, type ActivityRow } from './rows.js';
import { builtInIcon } from './icons.js';
import { currentTimeZone, relativeTime } from './time.js';

// The rows of the list as DOM, built by hand: each row is one clone of a static row, its text set
// as text. A row keeps its element while its entry stays on the page (live updates, the clock,
// focus moves), so focus and hover survive re-renders; only what changed is written. Lit renders
// the widget around it and takes the list as one node.

/** Draws a row's avatar picture over its initials, or takes it away (with `gravatar`: see gravatar.ts). */
export type DrawPicture = (avatar: HTMLElement, row: ActivityRow) => void;

/**
 * Marks a row with what on-demand code reads across the page (marks.ts: grouped sign-ins, security
 * marks, object histories, overwrites): it writes into the row's element, which it may hide (a row
 * folded into a group). Called whenever the row is shown, with the page's entries.
 */
export type MarkRow = (li: HTMLLIElement, row: ActivityRow, page: readonly ActivityEntry[], t: Translator, s: RowsState) => void;

/** What the rows show besides their entries. */
export interface RowsState {
  /** The row in the tab order. */
  activeKey: string;
  newIds: ReadonlySet<string>;
  now: number;
  locale: string;
  /** The widget's words (its `localize`), in `locale` (default English). */
  t?: Translator | undefined;
  /** Whether the list is being replaced (`aria-busy`). */
  pending: boolean;
  /** Draws the avatars' pictures (with `gravatar`, once their code is here); without it, rows show initials only. */
  picture?: DrawPicture | undefined;
  /** Changes whenever the pictures `picture` draws may have changed. */
  pictures: string;
  /** Marks the rows (see `MarkRow`), once its code is here. */
  mark?: MarkRow | undefined;
  /** Minutes within which another user's change to the same object is marked as overwriting it (`overwrite-window`, as set: the marks clamp it). */
  overwriteWindow?: number | undefined;
}

interface RowNode {
  row: ActivityRow | undefined;
  li: HTMLLIElement;
  avatar: HTMLElement;
  initials: Text;
  who: HTMLElement;
  whoNote: HTMLElement;
  description: HTMLElement;
  badge: HTMLElement;
  meta: HTMLElement;
  type: HTMLElement;
  typeLabel: HTMLElement;
  group: Text;
  time: HTMLTimeElement;
  exact: HTMLElement;
  icon: ActivityRow['type']['icon'] | undefined;
  details: string;
}

let prototype: HTMLLIElement | undefined;

/** An element with a class and, when given, a `part`. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', part = ''): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (part) e.setAttribute('part', part);
  return e;
}

/**
 * The static row (no data: the text is set on each clone), built with DOM calls rather than from
 * markup, so it needs no HTML string: a page that enforces Trusted Types allows none.
 */
function rowPrototype(): HTMLLIElement {
  if (!prototype) {
    const li = (prototype = element('li', 'row', 'row'));
    li.tabIndex = -1;
    // Text that is not ours to translate (server data, Intl's dates) is marked so: `translate="no"`, `<time>`.
    const avatar = element('span', 'avatar', 'avatar');
    avatar.setAttribute('aria-hidden', 'true');
    avatar.translate = false; // initials of a login
    avatar.append(' ');
    const badge = element('span', 'badge');
    badge.hidden = true;
    badge.append(' ');
    const line = element('p', 'line');
    // A login (or "unknown user") and the server's description (or, without one, the type's name): the reader's words as they come.
    const who = element('span', 'who', 'user');
    const description = element('span', 'description', 'description');
    who.translate = description.translate = false;
    line.append(who, ' ', element('span', 'who-note'), ' ', description, ' ', badge);
    const type = element('span', 'type', 'type');
    type.append(element('span', 'visually-hidden'), ' ');
    const meta = element('p', 'meta');
    meta.append(type);
    const what = element('div', 'what');
    what.append(line, meta);
    const when = element('span', 'when', 'time');
    // Intl's words for when: the time since, and the exact time with its zone.
    when.translate = false;
    when.append(element('time'), element('span', 'exact'));
    li.append(avatar, what, when);
  }
  return prototype.cloneNode(true) as HTMLLIElement;
}

function buildRow(): RowNode {
  const li = rowPrototype();
  // Walked from node to node: cheaper than collections of children.
  const next = (e: Element) => e.nextElementSibling as HTMLElement;
  const avatar = li.firstElementChild as HTMLElement;
  const what = next(avatar);
  const when = next(what);
  const line = what.firstElementChild as HTMLElement;
  const meta = next(line);
  const who = line.firstElementChild as HTMLElement;
  const whoNote = next(who);
  const description = next(whoNote);
  const badge = next(description);
  const type = meta.firstChild as HTMLElement;
  return {
    row: undefined,
    li,
    avatar,
    initials: avatar.firstChild as Text,
    who,
    whoNote,
    description,
    badge,
    meta,
    type,
    typeLabel: type.firstChild as HTMLElement,
    group: type.lastChild as Text,
    time: when.firstChild as HTMLTimeElement,
    exact: when.lastChild as HTMLElement,
    icon: undefined,
    details: '',
  };
}

const setText = (node: Node, text: string) => {
  if (node.textContent !== text) node.textContent = text;
};

const iconNodes = new Map<string, Node>();

/**
 * A built-in icon as a node of the row's own, cloned from one rendered copy (without lit's
 * markers). Undefined for a name that is not one.
 */
function iconNode(name: string): Node | undefined {
  let master = iconNodes.get(name);
  if (!master) {
    const template = builtInIcon(name);
    if (!template) return undefined;
    const box = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    render(template, box);
    master = box.querySelector('svg')!;
    const walker = document.createTreeWalker(master, NodeFilter.SHOW_COMMENT);
    const markers: Node[] = [];
    while (walker.nextNode()) markers.push(walker.currentNode);
    for (const marker of markers) marker.parentNode!.removeChild(marker);
    iconNodes.set(name, master);
  }
  return master.cloneNode(true);
}

/** Puts a type's icon before its label: a built-in icon, a text glyph, or a developer's lit template. */
function setIcon(n: RowNode, icon: ActivityRow['type']['icon']): void {
  if (n.icon === icon) return;
  n.icon = icon;
  while (n.type.firstChild !== n.typeLabel) n.type.firstChild!.remove();
  if (typeof icon === 'string') n.type.insertBefore(iconNode(icon) ?? document.createTextNode(icon), n.typeLabel);
  else {
    // A box of its own for each template, so a later icon starts afresh.
    const box = document.createElement('span');
    box.className = 'glyph';
    render(icon, box);
    n.type.insertBefore(box, n.typeLabel);
  }
}

/** Writes a row's entry into its element (only what differs from what it shows). */
function fill(n: RowNode, row: ActivityRow, t: Translator): void {
  n.row = row;
  n.li.dataset.key = row.key;
  n.avatar.className = `avatar c${row.colour}${row.whoNote ? ' system' : ''}`;
  setText(n.initials, row.initials);
  setText(n.who, row.who);
  setText(n.whoNote, row.whoNote);
  setText(n.description, row.shownDescription);
  // A type's label is a message, or the page's words or its id's (with its group: not ours to translate).
  n.type.title = row.typeLabel;
  n.type.translate = typeof row.type.text !== 'string';
  setIcon(n, row.type.icon);
  setText(n.typeLabel, `${row.typeLabel}, `);
  setText(n.group, row.groupLabel);
  if (n.details !== row.detailsText) {
    n.details = row.detailsText;
    while (n.meta.lastChild !== n.type) n.meta.lastChild!.remove();
    for (const d of row.details) {
      const detail = document.createElement('span');
      detail.className = 'detail';
      detail.part.add('details');
      const label = document.createElement('span');
      label.className = 'detail-label';
      label.textContent = t.t('{label}:', d);
      // The server's data, with a few words of ours in the reader's language ("Ziel: Goal 1 (ID 1)"): not for a translator.
      detail.translate = false;
      detail.append(label, ` ${d.value}`);
      n.meta.append(detail);
    }
  }
  if (row.iso) n.time.dateTime = row.iso;
  else n.time.removeAttribute('datetime');
  setText(n.exact, row.exact);
}

const relativeCache = { now: 0, locale: '', texts: new Map<number, string>() };

/** "3 hours ago", cached per instant until the clock ticks. */
function relative(date: Date, now: number, locale: string): string {
  const cache = relativeCache;
  if (cache.now !== now || cache.locale !== locale) {
    cache.now = now;
    cache.locale = locale;
    cache.texts.clear();
  }
  const t = date.getTime();
  let text = cache.texts.get(t);
  if (text === undefined) cache.texts.set(t, (text = relativeTime(date, now, locale)));
  return text;
}

/**
 * Rows shown at once when a page arrives: up to 100 (the largest page size offered, built well
 * within a frame's work), or a tall screen's worth if that is more; the rest follow in slices.
 */
const firstRows = (): number => Math.max(100, Math.ceil(window.innerHeight / 40));
/**
 * Milliseconds of row building per slice once the first rows are shown: well under the 50 ms of a
 * long task (the page stays responsive), long enough that the frames between slices stay few.
 */
const SLICE_MS = 20;

/**
 * The list of activities: an `<ol>` whose rows this object keeps, one element per entry shown.
 * A long page shows its first screen of rows at once and adds the others in short slices (a
 * thousand entries do not block the page); `complete()` tells when every row is in.
 */
export class RowList {
  readonly element: HTMLOListElement;
  #nodes = new Map<string, RowNode>();
  #entries: readonly ActivityEntry[] = [];
  #rows: Array<ActivityRow | undefined> = [];
  #locale = '';
  #zone = '';
  #state!: RowsState;
  /** Rows [0, built) are in the list, in order. */
  #built = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Rows built in slices, not yet in the list. */
  #later: DocumentFragment | undefined;
  #done: { promise: Promise<void>; resolve: () => void } | undefined;
  /** What the rows in the list show besides their entries, when they were last brought up to date. */
  #shows = '';

  constructor(onFocus: (e: FocusEvent) => void, onKey: (e: KeyboardEvent) => void) {
    const ol = (this.element = document.createElement('ol'));
    ol.className = 'list';
    ol.part.add('list');
    ol.addEventListener('focusin', onFocus);
    ol.addEventListener('keydown', onKey);
  }

  /** Shows `entries` in this order, reusing the elements of those already shown. */
  update(entries: readonly ActivityEntry[], s: RowsState): HTMLOListElement {
    const shows = `${s.activeKey}|${s.now}|${s.pending}|${s.newIds.size}|${s.pictures}|${!s.mark}|${s.overwriteWindow}`;
    const same = entries === this.#entries && s.locale === this.#locale && this.#rows.length > 0;
    if (!same) {
      this.#entries = entries;
      this.#locale = s.locale;
      this.#rows = [];
      this.#zone = currentTimeZone();
    }
    this.#state = s;
    this.element.setAttribute('aria-label', (s.t ?? english).t('Activities'));
    // The widget renders for many reasons (a search being typed, a notice); the rows only for theirs.
    if (!same || shows !== this.#shows) this.#sync(Math.min(entries.length, Math.max(this.#built, firstRows())));
    this.#shows = shows;
    this.#continue();
    return this.element;
  }

  /** The rows' text depends on something that changed (a registered type): rebuilt on the next update. */
  invalidate(): void {
    this.#rows = [];
  }

  /** Resolves once every row of the entries last given is in the list. */
  complete(): Promise<void> {
    return this.#done?.promise ?? Promise.resolve();
  }

  /** Whether a mark folded the row of this entry away (into a group shown on another row). */
  hidden(key: string): boolean {
    return !!this.#nodes.get(key)?.li.hidden;
  }

  /** The element of the row of this entry (added now if it was still to come), if the entry is shown. */
  row(key: string): HTMLLIElement | undefined {
    const index = this.#entries.findIndex((e) => e.id === key);
    if (index >= this.#built) this.#extend(index + 1);
    return this.#nodes.get(key)?.li;
  }

  #rowAt(i: number): ActivityRow {
    return (this.#rows[i] ??= toRow(this.#entries[i]!, this.#locale, this.#zone));
  }

  /** Shows rows [0, count): reuses, updates and moves the elements of entries already shown; removes the others. */
  #sync(count: number): void {
    const ol = this.element;
    if (this.#later) ol.append(this.#later);
    this.#later = undefined;
    const previous = this.#nodes;
    this.#nodes = new Map();
    let next: ChildNode | null = ol.firstChild;
    for (let i = 0; i < count; i++) {
      const li = this.#show(i, previous);
      if (li === next) next = next.nextSibling;
      else ol.insertBefore(li, next);
    }
    while (next) {
      const after: ChildNode | null = next.nextSibling;
      next.remove();
      next = after;
    }
    this.#built = count;
  }

  /**
   * Adds rows [built, count) at the end. Built in slices, they wait in a fragment and join the
   * list together (one layout for them all), unless `now` asks for them at once.
   */
  #extend(count: number, now = true): void {
    const fragment = (this.#later ??= document.createDocumentFragment());
    for (let i = this.#built; i < count; i++) fragment.append(this.#show(i, this.#nodes));
    this.#built = count;
    if (now || count === this.#entries.length) {
      this.element.append(fragment);
      this.#later = undefined;
    }
  }

  /** The element of row `i`, up to date (taken from `from` when its entry was shown). */
  #show(i: number, from: Map<string, RowNode>): HTMLLIElement {
    const s = this.#state;
    const t = s.t ?? english;
    const row = this.#rowAt(i);
    // A server that repeats an id still gets every entry shown.
    const id = this.#nodes.has(row.key) ? `${row.key}\u0000${i}` : row.key;
    const n = from.get(id) ?? buildRow();
    this.#nodes.set(id, n);
    if (n.row !== row) fill(n, row, t);
    const isNew = s.newIds.has(row.key);
    n.li.classList.toggle('new', isNew);
    n.badge.hidden = !isNew;
    if (isNew) setText(n.badge.firstChild!, t.t('New'));
    n.li.tabIndex = row.key === s.activeKey ? 0 : -1;
    const date = row.entry.datetime;
    setText(n.time, date ? relative(date, s.now, s.locale) : t.t('time unknown'));
    if (s.picture) s.picture(n.avatar, row);
    else if (n.avatar.lastChild !== n.initials) n.avatar.lastChild!.remove(); // a picture drawn before
    s.mark?.(n.li, row, this.#entries, t, s);
    return n.li;
  }

  /** Adds the rows still to come in slices, between which the page can paint and respond. */
  #continue(): void {
    const total = this.#entries.length;
    const busy = this.#built < total;
    const ariaBusy = String(this.#state.pending || busy);
    if (this.element.getAttribute('aria-busy') !== ariaBusy) this.element.setAttribute('aria-busy', ariaBusy);
    if (!busy) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
      this.#done?.resolve();
      this.#done = undefined;
      return;
    }
    if (!this.#done) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      this.#done = { promise, resolve };
    }
    this.#timer ??= setTimeout(() => {
      this.#timer = undefined;
      const end = performance.now() + SLICE_MS;
      while (this.#built < this.#entries.length && performance.now() < end) this.#extend(Math.min(this.#entries.length, this.#built + 20), false);
      this.#continue();
    });
  }
}
