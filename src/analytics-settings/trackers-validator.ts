import { checkHttpUrl, collector, jsonSyntaxError, type FieldCheck, type JsonLocator } from './validators.js';
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

const fail = (message: string): FieldCheck => ({ errors: [{ message }], warnings: [] });

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
    return fail(`The value must be a list in square brackets, [{"trackerURL": "https://…/", "siteId": 42}], not ${kindOf(list)}.`);
  }
  const errors = collector();
  const warnings = collector();
  const seen = new Map<string, number>();
  list.forEach((item, index) => {
    const n = index + 1;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      errors.add(() => ({ item: index, message: `Item ${n} must be an object {"trackerURL": …, "siteId": …}, not ${kindOf(item)}.` }));
      return;
    }
    const record = item as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if ((TRACKER_KEYS as readonly string[]).includes(key)) continue;
      const near = TRACKER_KEYS.find((k) => k.toLowerCase() === key.toLowerCase().replace(/[^a-z]/g, ''));
      warnings.add(() => ({ item: index, key, message: `Item ${n}: the key "${clip(key)}" is not used${near ? ` (did you mean "${near}"?)` : ': the chat server reads only "trackerURL" and "siteId"'}.` }));
    }
    const url = record['trackerURL'];
    if (!('trackerURL' in record)) errors.add(() => ({ item: index, key: 'trackerURL', message: `Item ${n}: the key "trackerURL" is missing.` }));
    else if (typeof url !== 'string') errors.add(() => ({ item: index, key: 'trackerURL', message: `Item ${n}, "trackerURL": write the address as text in double quotes.` }));
    else {
      const check = url === '' ? { error: 'enter the address of the Matomo server.' } : checkHttpUrl(url);
      if (check.error) errors.add(() => ({ item: index, key: 'trackerURL', message: `Item ${n}, "trackerURL": ${lowerFirst(check.error!)}` }));
      else if (check.slash) errors.add(() => ({ item: index, key: 'trackerURL', message: `Item ${n}, "trackerURL": add the trailing slash (${clip(url)}/): "js/" is appended to it.` }));
    }
    const site = record['siteId'];
    if (!('siteId' in record)) errors.add(() => ({ item: index, key: 'siteId', message: `Item ${n}: the key "siteId" is missing.` }));
    else if (typeof site === 'string' && /^[1-9]\d*$/.test(site.trim())) {
      warnings.add(() => ({ item: index, key: 'siteId', message: `Item ${n}, "siteId": "${clip(site)}" in quotes works; a number without quotes (${clip(site.trim())}) is usual.` }));
    } else if (typeof site !== 'number' || !Number.isSafeInteger(site) || site < 1) {
      errors.add(() => ({ item: index, key: 'siteId', message: `Item ${n}, "siteId": must be a positive whole number, such as 42.` }));
    }
    if (typeof url === 'string' && (typeof site === 'number' || typeof site === 'string')) {
      const key = `${url}|${String(site).trim()}`;
      const first = seen.get(key);
      if (first !== undefined) warnings.add(() => ({ item: index, message: `Item ${n} repeats item ${first + 1}: each visit would be counted twice there.` }));
      else seen.set(key, index);
    }
  });
  return { errors: errors.done('problems in other items'), warnings: warnings.done('warnings'), trackers: list as Tracker[] };
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
