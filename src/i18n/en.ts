import { core } from './en/core.js';
import { api } from './en/api.js';
import { matomo } from './en/matomo.js';
import { matomoActivities } from './en/matomo-activities.js';
import { matomoVisits } from './en/matomo-visits.js';
import { matomoSegments } from './en/matomo-segments.js';
import { matomoSignIn } from './en/matomo-sign-in.js';
import { rocketchat } from './en/rocketchat.js';
import { rocketchatSave } from './en/rocketchat-save.js';
import { twoFactor } from './en/two-factor.js';
import { embed } from './en/embed.js';
import { widgetNames } from './en/widget-names.js';
import { embedPage } from './en/embed-page.js';
import { share } from './en/share.js';

/**
 * Every English message of the library, by key: the reference each language translates, and
 * where the message types come from (`MessageKey`, each message's parameters). The code that
 * shows a message imports only the English part it needs (`en/*.ts`), so the words of a part
 * loaded on demand (the Share panel, the saving code) stay out of the widgets' first view; this
 * file joins them for the types, the catalogue test and the pseudo-locale.
 *
 * Conventions, for every part and every language:
 * - Keys are namespaced by area: `core.*`, `api.*`, `embed.*`, `activityLog.*`, `visitsChart.*`,
 *   `settings.*`; one key, one whole sentence or label (never a fragment glued to another).
 * - Placeholders are `{name}`; numbers given as params are formatted for the reader's locale,
 *   lists (arrays) joined with `Intl.ListFormat`, and a param may be another message.
 * - A message that depends on a number is an object keyed by `Intl.PluralRules` categories, with
 *   `{count}`: English has `one` and `other`; each language has exactly the categories
 *   `new Intl.PluralRules(tag).resolvedOptions().pluralCategories` gives (Arabic six, Japanese one).
 * - Server data (logins, site names, what a server said) goes in a param, never in a key.
 * - A comment above a key says what its params are, when the name does not.
 */
export const en = {
  ...core,
  ...api,
  ...matomo,
  ...matomoActivities,
  ...matomoVisits,
  ...matomoSegments,
  ...matomoSignIn,
  ...rocketchat,
  ...rocketchatSave,
  ...twoFactor,
  ...embed,
  ...widgetNames,
  ...embedPage,
  ...share,
};
