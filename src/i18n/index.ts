/**
 * dashboard-widgets/i18n: the languages of the widgets. Registers no element and loads no
 * language: `registerTranslation` adds a language or changes any message, for every widget on the
 * page (every copy of the library included); the types check the ids (English texts) and each message's form.
 * The script-tag bundles export `registerTranslation` too.
 */
import { LANGUAGES, PSEUDO_LOCALE } from './languages.js';

export { registerTranslation } from './on-demand.js';
export { PSEUDO_LOCALE };
export type { Message, MessageId, Messages, Params, ParamValue, PluralCategory, PluralForms, PluralMessage, Text } from './types.js';

/** The languages the library ships besides English (each fetched on demand, once per page). */
export const SHIPPED_LANGUAGES: readonly string[] = Object.keys(LANGUAGES).filter((tag) => tag !== PSEUDO_LOCALE);
