import { css } from 'lit';
import type { ActivityEntry } from '../api/activity-source.js';
import { clampNumber, OVERWRITE_WINDOW_RANGE } from '../core/numbers.js';
import type { Translator } from '../core/translate.js';
import { FilterEditEvent } from './filter-edit-event.js';
import { rowOf, wordsStamp, type Marker } from './marker.js';
import { KIND_WORDS } from './object-key.js';
import { entryObjects, type ObjectRef } from './objects.js';
import { DATA, withData } from './sentence.js';
import { clip } from './text.js';

// Two marks about the objects an entry names (objects.ts): a button per object that opens its
// history (the `object` filter), and overwrites: a change to an object made by one user shortly
// after another user's change to it, marked on both rows and linking them. Overwrites are found
// among the entries of the page shown: in an object's history every change to it is on the pages.

/** The overwrite window in minutes, from `overwrite-window` as it was set: 1 to 10,080, 60 when it is no number. */
export const overwriteWindow = (minutes: unknown): number => clampNumber(minutes, OVERWRITE_WINDOW_RANGE, 60);

/** The most characters of a name or login a mark shows. */
const MAX_NAME = 60;

/** Activities that change something (add, change, remove, update…), by their type's name: not sign-ins, not a report sent. */
const CHANGE = /Add|Chang|Creat|Delet|Remov|Updat|Set|Invit|Configur|Enabl|Disabl|Edit|Renam|Invalidat/;

/** One side of an overwrite: the other change, and the minutes between the two. */
export interface OverwriteLink {
  other: ActivityEntry;
  minutes: number;
}

/** What a change has to do with overwrites: the change it overwrote (`after`), the change that overwrote it (`later`). */
export interface Overwrites {
  after?: OverwriteLink;
  later?: OverwriteLink;
}

/** Overwrites by entry, per page and window (minutes): found once per page, however often its rows are shown. */
const found = new WeakMap<readonly ActivityEntry[], Map<number, Map<ActivityEntry, Overwrites>>>();

/** What each box was last written for, and in which words (`wordsStamp`). */
const written = new WeakMap<HTMLElement, { what: unknown; words: string }>();

/**
 * Whether `box` already shows `what` in the words of `t` (showing a row again writes nothing);
 * if not, notes that it is about to. A mark written before its language's file arrived is
 * written again then.
 */
function shown(box: HTMLElement, what: unknown, t: Translator): boolean {
  const words = wordsStamp(t);
  const before = written.get(box);
  if (before && before.what === what && before.words === words) return true;
  written.set(box, { what, words });
  return false;
}

/** Whether `entry` changes something, and who, when and what: its subject, the first object it names. */
function change(entry: ActivityEntry): { subject: string; login: string; at: number } | undefined {
  const login = typeof entry.userLogin === 'string' ? entry.userLogin.trim() : '';
  const at = entry.datetime?.getTime();
  if (!login || at === undefined || Number.isNaN(at) || typeof entry.type !== 'string' || !CHANGE.test(entry.type.slice(entry.type.indexOf('/') + 1))) return undefined;
  const subject = entryObjects(entry)[0];
  return subject && { subject: subject.key, login, at };
}

/**
 * The overwrites among `page`: a change to an object by one user less than `window` minutes after
 * the change before it to the same object, made by another user. Each change is compared with the
 * one just before it on its object only: a change after one's own is not an overwrite, and two
 * users taking turns mark each turn.
 */
export function overwrites(page: readonly ActivityEntry[], window: number): Map<ActivityEntry, Overwrites> {
  let byWindow = found.get(page);
  if (!byWindow) found.set(page, (byWindow = new Map()));
  let marks = byWindow.get(window);
  if (marks) return marks;
  marks = new Map();
  const changes = page.flatMap((entry) => {
    const c = change(entry);
    return c ? [{ entry, ...c }] : [];
  });
  changes.sort((a, b) => a.at - b.at);
  const last = new Map<string, (typeof changes)[number]>();
  for (const c of changes) {
    const before = last.get(c.subject);
    last.set(c.subject, c);
    if (!before || before.login === c.login || c.at - before.at >= window * 60_000) continue;
    const minutes = Math.max(1, Math.floor((c.at - before.at) / 60_000));
    marks.set(c.entry, { ...marks.get(c.entry), after: { other: before.entry, minutes } });
    marks.set(before.entry, { ...marks.get(before.entry), later: { other: c.entry, minutes } });
  }
  byWindow.set(window, marks);
  return marks;
}

/** A time between two changes in words: minutes, hours from 90 minutes on. */
function delay(minutes: number, t: Translator, later: boolean): string {
  const hours = Math.round(minutes / 60);
  const user = DATA;
  if (minutes < 90) {
    return later
      ? // {user}: the login of who changed it; {count}: minutes.
        t.plural(minutes, { one: '{user} changed this {count} minute later', other: '{user} changed this {count} minutes later' }, { user })
      : // {user}: the login of who had changed it before; {count}: minutes.
        t.plural(minutes, { one: "Changed {count} minute after {user}'s change", other: "Changed {count} minutes after {user}'s change" }, { user });
  }
  return later
    ? // {user}: the login of who changed it; {count}: hours.
      t.plural(hours, { one: '{user} changed this {count} hour later', other: '{user} changed this {count} hours later' }, { user })
    : // {user}: the login of who had changed it before; {count}: hours.
      t.plural(hours, { one: "Changed {count} hour after {user}'s change", other: "Changed {count} hours after {user}'s change" }, { user });
}

/** A button that focuses the row of `other` (which makes it the list's active row). */
function linkTo(li: HTMLLIElement, link: OverwriteLink, later: boolean, t: Translator): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `overwrite ${later ? 'later' : 'after'}`;
  button.append(withData(delay(link.minutes, t, later), clip(link.other.userLogin.trim(), MAX_NAME)));
  button.addEventListener('click', () => rowOf(li, link.other.id)?.focus());
  return button;
}

/** How a mark names an object: its kind and name ("goal “PDF download”"), or its kind and id. */
function objectWords(o: ObjectRef, t: Translator): string {
  const kind = t.text(KIND_WORDS.get(o.kind)!);
  // {kind}: a kind of object ("goal"); {name}: its name.
  return o.name ? t.t('{kind} “{name}”', { kind, name: DATA }) : t.t('{kind} {id}', { kind, id: DATA });
}

/** "History: goal “PDF download” · website “Docs (Kolkata)”": a button per object the entry names, which opens its history. */
export const HISTORY_MARKER: Marker = {
  name: 'history',
  mark(box, li, row, _page, t) {
    if (shown(box, row, t)) return;
    const objects = entryObjects(row.entry);
    box.replaceChildren();
    if (!objects.length) return;
    const label = document.createElement('span');
    label.className = 'marks-label';
    label.textContent = t.t('History:');
    box.append(label, ' ');
    objects.forEach((o, i) => {
      if (i) box.append(' · ');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'history-link';
      const words = objectWords(o, t);
      const shown = clip(o.name || o.id, MAX_NAME);
      button.append(withData(words, shown));
      button.setAttribute('aria-label', t.t('History of {object}', { object: words.replace(DATA, shown) }));
      button.addEventListener('click', () => li.dispatchEvent(new FilterEditEvent({ object: o.key })));
      box.append(button);
    });
  },
  styles: css`
    .marks-label {
      color: var(--_fg-muted);
    }
    .history-link,
    .overwrite {
      /* Text with a name inside, not the widget's icon-and-label buttons (flex would split it). */
      display: inline-block;
      min-height: 24px;
      font: inherit;
      color: inherit;
      background: none;
      border: 0;
      padding: 0.1em 0.2em;
      text-decoration: underline;
      text-underline-offset: 0.15em;
      cursor: pointer;
      text-align: start;
      max-inline-size: 100%;
      overflow-wrap: anywhere;
    }
    .history-link:hover,
    .overwrite:hover {
      text-decoration-thickness: 2px;
    }
  `,
};

/** "Changed 6 minutes after priya.nair's change" and, on that change, "tomasz.nowak changed this 6 minutes later". */
export const OVERWRITE_MARKER: Marker = {
  name: 'overwrite',
  mark(box, li, row, page, t, s) {
    const marks = overwrites(page, overwriteWindow(s.overwriteWindow)).get(row.entry);
    if (shown(box, marks ?? row, t)) return;
    box.replaceChildren();
    if (marks?.after) box.append(linkTo(li, marks.after, false, t));
    if (marks?.later) box.append(linkTo(li, marks.later, true, t));
  },
  styles: css`
    .marks-overwrite .overwrite {
      display: block;
      border-inline-start: 3px solid var(--_warning);
      padding-inline-start: 0.5em;
      margin-block-start: 0.15em;
      text-decoration: none;
      font-weight: 600;
    }
    .marks-overwrite .overwrite:hover {
      text-decoration: underline;
    }
  `,
};
