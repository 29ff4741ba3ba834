import { FILTERS, oneType, scanWords } from './filters.js';
import { describeObjectKey } from './object-key.js';
import { siteNames } from './site-options.js';
import { typeNames } from './type-sets.js';

// The empty state's words for the filters the scan applies, registered when the scan's code
// arrives (entry-tests.ts imports this file): a website, an IP, several activity types, an object's history.

const oneTypeWords = FILTERS.find((filter) => filter.key === 'activityType')!.describe!;
// One type is named as the table names it; {list}: the activities chosen, by type or set ("Sign-ins, Goals").
scanWords.set('activityType', (f, t) => (oneType(f.activityType) ? oneTypeWords(f, t) : t.t('Activities: {list}', { list: typeNames(f.activityType, t) })));
// {site}: a website's name, or its id while the name is not known.
scanWords.set('site', (f, t) => t.t('Website: {site}', { site: siteNames.get(f.site) ?? f.site }));
// {ip}: an IP address or range as given.
scanWords.set('ip', (f, t) => t.t('IP: {ip}', { ip: f.ip.trim() }));
// An object's history: "History of goal 1 (website 3)"; a key that names no object, as given.
scanWords.set('object', (f, t) => describeObjectKey(f.object, t) || t.t('History of {object}', { object: f.object }));
