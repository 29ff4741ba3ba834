import { css } from 'lit';
import type { ActivityEntry } from '../api/activity-source.js';
import type { Translator } from '../core/translate.js';
import { rowOf, wordsStamp } from './marker.js';
import type { ActivityRow } from './rows.js';
import { data, list, pieces, timeNode } from './sentence.js';
import { entryIp, SIGN_IN_TYPES, signInGroups, type SignInGroup } from './sign-in-groups.js';

// The marks of sign-in rows (a kind of mark of marks.ts): where each came from, and failed
// sign-ins told as one story on the newest row of their group, the others folded into it until
// the reader shows them, with the sign-in that followed.

/** Groups the reader has shown, by key: kept across the list's re-renders (the clock re-shows rows). */
const shownGroups = new Set<string>();
/** Rows this mark folded (it unfolds only those). */
const folded = new WeakSet<HTMLLIElement>();
/** What each box shows, so a row shown again is written only when that changed. */
const drawn = new WeakMap<HTMLElement, { entry: ActivityEntry; page: readonly ActivityEntry[]; locale: string; open: boolean }>();

/** More logins or addresses than this are counted, not listed. */
const LISTED = 3;

/** Marks a sign-in row (see `Marker` in marks.ts). */
function mark(box: HTMLElement, li: HTMLLIElement, row: ActivityRow, page: readonly ActivityEntry[], t: Translator): void {
  const entry = row.entry;
  const place = signInGroups(page).get(entry.id);
  const open = !!place && shownGroups.has(place.group.key);
  fold(li, !!place && !place.head && !open);
  const before = drawn.get(box);
  if (before && before.entry === entry && before.page === page && before.locale === wordsStamp(t) && before.open === open) return;
  drawn.set(box, { entry, page, locale: wordsStamp(t), open });
  box.replaceChildren();
  if (!SIGN_IN_TYPES.has(entry.type)) return;
  const from = whereFrom(entry, t);
  if (from) box.append(from);
  if (place?.head) box.append(story(place.group, li, t, open));
}

function fold(li: HTMLLIElement, hide: boolean): void {
  if (hide) {
    li.hidden = true;
    folded.add(li);
  } else if (folded.has(li)) {
    li.hidden = false;
    folded.delete(li);
  }
}

/** "From 203.0.113.7 · Singapore", as far as the entry knows; nothing for a local address without a country. */
function whereFrom(entry: ActivityEntry, t: Translator): HTMLElement | undefined {
  const ip = entryIp(entry);
  const country = countryName(entry, t.locale);
  if (!ip && !country) return undefined;
  const p = paragraph('sign-in-place');
  p.part.add('sign-in-place');
  if (ip && country) {
    const { params, fill } = pieces({ ip: data(ip), country: data(country) });
    // {ip}: the address a sign-in came from; {country}: its country, as the server located it.
    p.append(fill(t.t('From {ip} · {country}', params)));
  } else if (ip) {
    const { params, fill } = pieces({ ip: data(ip) });
    // {ip}: the address a sign-in came from.
    p.append(fill(t.t('From {ip}', params)));
  } else {
    const { params, fill } = pieces({ country: data(country) });
    // {country}: the country a sign-in came from, as the server located it.
    p.append(fill(t.t('From {country}', params)));
  }
  return p;
}

/**
 * The entry's country: the name the server gives, or the reader's name of its code. None for
 * Matomo's "unknown" (`xx`, "Unknown": a local address).
 */
function countryName(entry: ActivityEntry, locale: string): string {
  const code = typeof entry.country === 'string' ? entry.country.trim().toLowerCase() : '';
  const name = typeof entry.countryName === 'string' ? entry.countryName.trim() : '';
  if (code === 'xx' || name.toLowerCase() === 'unknown') return '';
  if (name) return name;
  if (!/^[a-z]{2}$/.test(code)) return '';
  try {
    return regionNames(locale).of(code.toUpperCase()) ?? '';
  } catch {
    return '';
  }
}

/** The locale's names of regions: made once per locale, not per row. */
const regions = new Map<string, Intl.DisplayNames>();

function regionNames(locale: string): Intl.DisplayNames {
  let names = regions.get(locale);
  if (!names) regions.set(locale, (names = new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' })));
  return names;
}

/** The group's story, its following sign-in and the toggle that shows or folds its other rows. */
function story(group: SignInGroup, li: HTMLLIElement, t: Translator, open: boolean): HTMLElement {
  const box = document.createElement('div');
  box.className = 'sign-in-group';
  box.part.add('sign-in-group');
  const count = group.entries.length;
  const logins = group.logins.length <= LISTED ? list(group.logins.map(data), t.locale) : words(t.plural(group.logins.length, { one: '{count} login', other: '{count} logins' }));
  // A failure without an address is one of the addresses, said in words.
  const ips = group.ips.map((ip) => (ip ? data(ip) : words(t.t('an unknown address'))));
  const addresses = ips.length <= LISTED ? list(ips, t.locale) : words(t.plural(ips.length, { one: '{count} address', other: '{count} addresses' }));
  const p = paragraph('sign-in-story');
  if (group.newest && group.oldest) {
    const withDay = !sameDay(group.newest, group.oldest);
    const { params, fill } = pieces({ logins, addresses, from: timeNode(group.oldest, t.locale, withDay), to: timeNode(group.newest, t.locale, withDay) });
    // {logins}: the login tried, a list of them or their number ("5 logins"); {addresses}: where from, likewise; {from}, {to}: the times of the first and last.
    p.append(fill(t.plural(count, { one: '{count} failed sign-in for {logins} from {addresses} between {from} and {to}.', other: '{count} failed sign-ins for {logins} from {addresses} between {from} and {to}.' }, params)));
  } else {
    const { params, fill } = pieces({ logins, addresses });
    // {logins}: the login tried, a list of them or their number ("5 logins"); {addresses}: where from, likewise.
    p.append(fill(t.plural(count, { one: '{count} failed sign-in for {logins} from {addresses}.', other: '{count} failed sign-ins for {logins} from {addresses}.' }, params)));
  }
  box.append(p);
  if (group.then) box.append(following(group, group.then, li, t));
  const toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.className = 'small';
  toggle.part.add('sign-in-toggle');
  const label = (isOpen: boolean) => {
    toggle.setAttribute('aria-expanded', String(isOpen));
    toggle.textContent = isOpen
      ? t.plural(count, { one: 'Hide the {count} sign-in', other: 'Hide the {count} sign-ins' })
      : t.plural(count, { one: 'Show the {count} sign-in', other: 'Show the {count} sign-ins' });
  };
  label(open);
  toggle.addEventListener('click', () => {
    const isOpen = !shownGroups.has(group.key);
    if (isOpen) shownGroups.add(group.key);
    else shownGroups.delete(group.key);
    for (const entry of group.entries.slice(1)) {
      const member = rowOf(li, entry.id);
      if (member) fold(member, !isOpen);
    }
    label(isOpen);
  });
  box.append(toggle);
  return box;
}

/** "Then admin signed in at 02:16 from 192.0.2.66.", whether that is suspicious, and a button to that row. */
function following(group: SignInGroup, then: ActivityEntry, li: HTMLLIElement, t: Translator): HTMLElement {
  const p = paragraph('sign-in-then');
  const ip = entryIp(then);
  const time = timeNode(then.datetime!, t.locale, !sameDay(then.datetime!, group.newest!));
  if (ip) {
    const { params, fill } = pieces({ login: data(then.userLogin), time, ip: data(ip) });
    // {login}: who signed in; {time}: when; {ip}: the address they signed in from.
    p.append(fill(t.t('Then {login} signed in at {time} from {ip}.', params)));
  } else {
    const { params, fill } = pieces({ login: data(then.userLogin), time });
    // {login}: who signed in; {time}: when.
    p.append(fill(t.t('Then {login} signed in at {time}.', params)));
  }
  if (group.suspicious) {
    const warning = document.createElement('strong');
    warning.className = 'suspicious';
    warning.textContent =
      group.suspicious === 'other-address'
        ? t.t('Suspicious: signed in from another address right after the failures.')
        : t.t('Suspicious: signed in from the same address right after many failures (a guessed password?).');
    p.append(' ', warning);
  }
  const go = document.createElement('button');
  go.type = 'button';
  go.className = 'small';
  go.part.add('sign-in-go');
  go.textContent = t.t('Go to that sign-in');
  go.addEventListener('click', () => rowOf(li, then.id)?.focus());
  p.append(' ', go);
  return p;
}

function paragraph(className: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = className;
  return p;
}

const words = (text: string) => document.createTextNode(text);

/** Whether two instants fall on the same day in the browser's time zone. */
function sameDay(a: Date, b: Date): boolean {
  return a.toDateString() === b.toDateString();
}

/** The sign-in rows' kind of mark. */
export const signInMarks = {
  name: 'sign-ins',
  mark,
  styles: css`
    .marks-sign-ins p {
      margin: 0;
    }
    .marks-sign-ins {
      overflow-wrap: anywhere;
    }
    .sign-in-place {
      color: var(--_fg-muted);
    }
    .sign-in-group {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 0.35em;
      margin-block-start: 0.35em;
      padding: 0.4em 0.6em;
      border-inline-start: 3px solid var(--_warning);
      border-radius: var(--_radius);
      background: var(--_warning-bg);
      color: var(--_fg);
    }
    .sign-in-story {
      font-weight: 600;
    }
    .suspicious {
      color: var(--_danger);
    }
  `,
};
