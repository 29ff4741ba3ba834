import type { Text } from '../i18n/types.js';
import { checkHttpUrl, collector, issue, jsonSyntaxError, type FieldCheck, type JsonLocator } from './validators.js';
import { clip } from './words.js';

/*
 * Additional Piwik Sites, judged in full: the validator that comes with the setting's row editor
 * (trackers-editor.ts, loaded on demand once Matomo is enabled). Until it is there the setting has
 * its schema entry's quick check (`validateJson`), and a changed value waits for this one before
 * it can be saved.
 */

export interface Tracker {
  trackerURL: unknown;
  siteId: unknown;
}

const TRACKER_KEYS = ['trackerURL', 'siteId'] as const;


/**
 * Additional Piwik Sites: empty, or a JSON array of `{"trackerURL": "https://…/", "siteId": 42}`,
 * read with `JSON.parse` as Rocket.Chat reads it. A syntax error carries its line and column when
 * `locate` is given (pass `parseJsonAt`), else it is `NOT_JSON`; a shape error carries its item
 * and key. What works in Rocket.Chat and Matomo is never an error: a site id in quotes (`"42"`), a
 * protocol-relative tracker URL and keys besides these two are warnings. At most `ISSUES_SHOWN`
 * messages of each kind, then a count.
 */
export function validateAdditionalTrackers(value: string, locate?: JsonLocator): FieldCheck & { trackers?: Tracker[] } {
  if (!value.trim()) return { errors: [], warnings: [] };
  let list: unknown;
  try {
    list = JSON.parse(value);
  } catch {
    return jsonSyntaxError(value, locate);
  }
  if (!Array.isArray(list)) {
    return { errors: [issue(notAList(list))], warnings: [] };
  }
  const errors = collector();
  const warnings = collector();
  const seen = new Map<string, number>();
  list.forEach((item, index) => {
    const n = index + 1;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      errors.add(() => issue(notAnObject(n, item), { item: index }));
      return;
    }
    const record = item as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if ((TRACKER_KEYS as readonly string[]).includes(key)) continue;
      const near = TRACKER_KEYS.find((k) => k.toLowerCase() === key.toLowerCase().replace(/[^a-z]/g, ''));
      // {key}: the key as written in the item; {near}: the key it looks like.
      const text: Text = near
        ? { key: 'Item {item}: the key "{key}" is not used (did you mean "{near}"?).', params: { item: n, key: clip(key), near } }
        : { key: 'Item {item}: the key "{key}" is not used: the chat server reads only "trackerURL" and "siteId".', params: { item: n, key: clip(key) } };
      warnings.add(() => issue(text, { item: index, key }));
    }
    const url = record['trackerURL'];
    const onUrl = { item: index, key: 'trackerURL' };
    if (!('trackerURL' in record)) errors.add(() => issue({ key: 'Item {item}: the key "trackerURL" is missing.', params: { item: n } }, onUrl));
    else if (typeof url !== 'string') errors.add(() => issue({ key: 'Item {item}, "trackerURL": write the address as text in double quotes.', params: { item: n } }, onUrl));
    else {
      const check: { error?: Text; slash?: boolean } = url === '' ? { error: { key: 'Enter the address of the Matomo server.' } } : checkHttpUrl(url);
      // {problem}: what is wrong with the address (a sentence of its own).
      if (check.error) errors.add(() => issue({ key: 'Item {item}, "trackerURL": {problem}', params: { item: n, problem: check.error! } }, onUrl));
      else if (check.slash) errors.add(() => issue({ key: 'Item {item}, "trackerURL": add the trailing slash ({url}): "js/" is appended to it.', params: { item: n, url: `${clip(url)}/` } }, onUrl));
    }
    const site = record['siteId'];
    const onSite = { item: index, key: 'siteId' };
    if (!('siteId' in record)) errors.add(() => issue({ key: 'Item {item}: the key "siteId" is missing.', params: { item: n } }, onSite));
    else if (typeof site === 'string' && /^[1-9]\d*$/.test(site.trim())) {
      // {value}: the site id as written, in quotes; {number}: the same without them.
      warnings.add(() => issue({ key: 'Item {item}, "siteId": "{value}" in quotes works; a number without quotes ({number}) is usual.', params: { item: n, value: clip(site), number: clip(site.trim()) } }, onSite));
    } else if (typeof site !== 'number' || !Number.isSafeInteger(site) || site < 1) {
      errors.add(() => issue({ key: 'Item {item}, "siteId": must be a positive whole number, such as 42.', params: { item: n } }, onSite));
    }
    if (typeof url === 'string' && (typeof site === 'number' || typeof site === 'string')) {
      const key = `${url}|${String(site).trim()}`;
      const first = seen.get(key);
      if (first !== undefined) warnings.add(() => issue({ key: 'Item {item} repeats item {first}: each visit would be counted twice there.', params: { item: n, first: first + 1 } }, { item: index }));
      else seen.set(key, index);
    }
  });
  return {
    errors: errors.done((count) => ({ key: '… and {count} more problems in other items.', one: '… and {count} more problem in other items.', params: { count } })),
    warnings: warnings.done((count) => ({ key: '… and {count} more warnings.', one: '… and {count} more warning.', params: { count } })),
    trackers: list as Tracker[],
  };
}

/** The whole value is JSON, but not a list: what it is instead. */
function notAList(value: unknown): Text {
  // {example}: a JSON example, kept as it is.
  const params = { example: '[{"trackerURL": "https://…/", "siteId": 42}]' };
  if (value === null) return { key: 'The value must be a list in square brackets, {example}, not null.', params };
  if (typeof value === 'object') return { key: 'The value must be a list in square brackets, {example}, not an object.', params };
  if (typeof value === 'string') return { key: 'The value must be a list in square brackets, {example}, not text.', params };
  if (typeof value === 'number') return { key: 'The value must be a list in square brackets, {example}, not a number.', params };
  return { key: 'The value must be a list in square brackets, {example}, not a boolean.', params };
}

/** An item (number `item`) that is not an object: what it is instead. */
function notAnObject(item: number, value: unknown): Text {
  // {example}: a JSON example, kept as it is.
  const params = { item, example: '{"trackerURL": …, "siteId": …}' };
  if (Array.isArray(value)) return { key: 'Item {item} must be an object {example}, not a list.', params };
  if (value === null) return { key: 'Item {item} must be an object {example}, not null.', params };
  if (typeof value === 'string') return { key: 'Item {item} must be an object {example}, not text.', params };
  if (typeof value === 'number') return { key: 'Item {item} must be an object {example}, not a number.', params };
  return { key: 'Item {item} must be an object {example}, not a boolean.', params };
}
