import { core } from '../i18n/en/core.js';
import { loadTranslations, translations } from '../i18n/on-demand.js';
import { addEnglish, englishMessage, registry } from '../i18n/registry.js';
import type { MessageKey, ParamArgs, ParamValue, Text } from '../i18n/types.js';
import { numberFormat } from './format.js';

// The core's own words (the error box, parts loaded on demand) go wherever anything is translated.
addEnglish(core);

/**
 * What turns keys into words in one locale: the `Localize` controller of an element, or
 * `english` where there is none (a widget not localised yet, a developer's message).
 */
export interface Translator {
  /** The locale the words, numbers and dates are in (BCP 47). */
  readonly locale: string;
  /** The message of `key` with its params filled in (`{name}`), its plural form chosen by `{count}`. */
  t<K extends MessageKey>(key: K, ...params: ParamArgs<K>): string;
  /** A message given as key and params (an error's `text`); a plain string (a server's own words) as it is. */
  text(message: Text | string): string;
}

/**
 * The words of `key` in `locale`, with `{name}` placeholders filled from `params`: numbers
 * formatted for the locale, lists joined with `Intl.ListFormat`, messages translated in turn. A
 * plural message picks its form with the plural rules of the language it was found in. An unknown
 * key shows as itself.
 *
 * Until the code for other languages is here (i18n/on-demand.ts), the words are this copy's
 * English. Then they are found along `chainOf(locale)` (what the page registered, the shipped
 * languages fetched, English), and a message found in a language written the other way (an
 * English fallback on an Arabic page) is isolated (U+2068…U+2069), so its punctuation stays where
 * it belongs.
 */
export function translate(locale: string, key: MessageKey, params?: Readonly<Record<string, ParamValue>>): string {
  const code = translations();
  const source = code ? undefined : englishMessage(key);
  const found = code ? code.lookup(locale, key) : source === undefined ? undefined : { message: source, tag: 'en' };
  if (!found) return key;
  let message = found.message;
  if (typeof message !== 'string') message = message[new Intl.PluralRules(found.tag).select(Number(params?.count))] ?? message.other;
  if (params) message = message.replace(/\{(\w+)\}/g, (all, name: string) => (Object.hasOwn(params, name) ? shown(locale, params[name]!) : all));
  return !code || code.directionOf(found.tag) === code.directionOf(locale) ? message : `\u2068${message}\u2069`;
}

function shown(locale: string, value: ParamValue): string {
  if (typeof value === 'number') return numberFormat(locale).format(value);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return new Intl.ListFormat(locale).format(value);
  const text = value as Text;
  return translate(locale, text.key, text.params);
}

/** English with a region (`en-GB`, `en-150`), spoken without the code for other languages; not the pseudo-locale en-XA. */
const ENGLISH = /^en(-(?!XA)([A-Z]{2}|\d{3}))?$/;

/**
 * Gets `locale`'s words on their way: English is here; another language, or words the page
 * registered, need the code for other languages (fetched once), then the language's file (once
 * per page: every element is told when it arrives). Returns a promise when that code is on its
 * way, settled when it is here (or did not arrive): update then. Called at every update: cheap.
 */
export function prepare(locale: string): Promise<void> | undefined {
  const code = translations();
  if (code) void code.fetchLanguages(code.chainOf(locale));
  else if (!ENGLISH.test(locale) || registry().registered.size) return loadTranslations().then(() => undefined, () => undefined);
  return undefined;
}

/** A translator for a fixed locale. */
export function translator(locale: string): Translator {
  return {
    locale,
    t: (key, ...[params]) => translate(locale, key, params),
    text: (message) => (typeof message === 'string' ? message : translate(locale, message.key, message.params)),
  };
}

/**
 * English, with what the page registered for `en`: the words of an element that has no
 * translator, and every error's `message` (for developers and logs).
 */
export const english: Translator = translator('en');
