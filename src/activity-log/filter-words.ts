import { FILTERS, oneType, type ActivityFilters, type FilterKey } from './filters.js';
import type { Translator } from '../core/translate.js';
import { describeObjectKey } from './object-key.js';
import { siteNames } from './site-options.js';
import { typeNames } from './type-sets.js';

// The empty state's words for the filters the scan applies, registered (as `scanWords`) when the
// scan's code arrives (entry-tests.ts): a website, an IP, several activity types, an object's history.

/** The words of each filter the scan applies, by filter. */
export const SCAN_WORDS = new Map<FilterKey, (f: ActivityFilters, t: Translator) => string>();

const oneTypeWords = FILTERS.find((filter) => filter.key === 'activityType')!.describe!;
// One type is named as the table names it; {list}: the activities chosen, by type or set ("Sign-ins, Goals").
SCAN_WORDS.set('activityType', (f, t) => (oneType(f.activityType) ? oneTypeWords(f, t) : t.t('Activities: {list}', { list: typeNames(f.activityType, t) })));
// {site}: a website's name, or its id while the name is not known.
SCAN_WORDS.set('site', (f, t) => t.t('Website: {site}', { site: siteNames.get(f.site) ?? f.site }));
// {ip}: an IP address or range as given.
SCAN_WORDS.set('ip', (f, t) => t.t('IP: {ip}', { ip: f.ip.trim() }));
// An object's history: "History of goal 1 (website 3)"; a key that names no object, as given.
SCAN_WORDS.set('object', (f, t) => describeObjectKey(f.object, t) || t.t('History of {object}', { object: f.object }));
