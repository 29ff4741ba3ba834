import type * as Translations from './translations.js';
import type { Messages } from './types.js';

/*
 * The code for languages other than English (translations.ts), loaded once per copy of the
 * library when an element first needs it: a locale that is not English, or words the page
 * registered. An English page never fetches it.
 */

let code: typeof Translations | undefined;
let loading: Promise<typeof Translations> | undefined;

/** The code for other languages, once it has arrived (undefined before: English only). */
export function translations(): typeof Translations | undefined {
  return code;
}

/** Loads the code for other languages (once; a failed load leaves English, with a warning, and is tried again at the next call). */
export function loadTranslations(): Promise<typeof Translations> {
  return (loading ??= import('./translations.js').then(
    (module) => (code = module),
    (error: unknown) => {
      loading = undefined;
      console.warn('dashboard-widgets: the code for other languages did not load; showing English.', error);
      throw error;
    },
  ));
}

/**
 * Adds a language, or changes any of the library's messages in one (`en` included), for every
 * widget on the page, now and later: the widgets that speak it show the new words. Messages are
 * keyed by their English text (a plural message by its English `other` form, with a text per
 * plural category of the language; a message with a context by `text@context`): the typed list
 * of every id is `MessageId`. The first call fetches the code for other languages (one small
 * file, once): the words are in when the promise resolves. A partial catalogue is fine: the
 * other messages keep the shipped words (or English). Call it again to add or change more; a
 * region (`de-CH`) can override its language (`de`) message by message. A value that is not a
 * message is left out; a tag that is not BCP 47 is refused, with a warning.
 *
 * ```js
 * import { registerTranslation } from 'dashboard-widgets/i18n';
 * registerTranslation('sv', { Retry: 'Försök igen', 'Share / embed': 'Dela / bädda in', … });
 * registerTranslation('en', { 'Share / embed': 'Share this view' });
 * ```
 */
export function registerTranslation(tag: string, messages: Partial<Messages>): Promise<void> {
  return loadTranslations().then((translations) => translations.register(tag, messages));
}
