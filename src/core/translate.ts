import { loadTranslations, translations } from '../i18n/on-demand.js';
import { registry } from '../i18n/registry.js';
import type { ParamArgs, ParamValue, PluralArgs, PluralForms, Text } from '../i18n/types.js';
import { numberFormat } from './format.js';

/**
 * What turns English messages into words in one locale: the `Localize` controller of an element,
 * or `english` where there is none (a data source, a developer's message). A message is its
 * English text, a literal: the catalogue is extracted from these calls (`npm run messages`).
 */
export interface Translator {
  /** The locale the words, numbers and dates are in (BCP 47). */
  readonly locale: string;
  /** The message whose English is `text`, with its params filled in (`{name}`). */
  t<S extends string>(text: S, ...params: ParamArgs<S>): string;
  /** A message whose English says two things (`'Open'` the verb, `'Open'` the state): `context` tells them apart for translators. */
  tc<S extends string>(context: string, text: S, ...params: ParamArgs<S>): string;
  /** A message that depends on `count` (its `{count}`): English gives `one` and `other`, each language its own plural forms. */
  plural<One extends string, Other extends string>(count: number, forms: PluralForms<One, Other>, ...params: PluralArgs<One | Other>): string;
  /** A message given as a `Text` (an error's `text`); a plain string (a server's own words) as it is. */
  text(message: Text | string): string;
}

type Params = Readonly<Record<string, ParamValue>>;

/**
 * The message whose English is `key` (with `one`, a plural message whose `other` is `key`; with
 * `context`, the message `key@context`) in `locale`, with `{name}` placeholders filled from
 * `params`: numbers formatted for the locale, lists joined with `Intl.ListFormat`, messages
 * translated in turn. A plural message picks its form by `params.count`, with the plural rules
 * of the language it was found in.
 *
 * Until the code for other languages is here (i18n/on-demand.ts), the words are the English
 * given. Then they are found along the locale's chain (what the page registered, the shipped
 * languages fetched, English), and a message found in a language written the other way (an
 * English fallback on an Arabic page) is isolated (U+2068…U+2069), so its punctuation stays where
 * it belongs.
 */
export function translate(locale: string, key: string, params?: Params, one?: string, context?: string): string {
  const code = translations();
  const found = code ? code.lookup(locale, key, one, context) : { message: one ? { one, other: key } : key, tag: 'en' };
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
  return translate(locale, text.key, text.params, text.one, text.context);
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
    t: (text, ...[params]) => translate(locale, text, params),
    tc: (context, text, ...[params]) => translate(locale, text, params, undefined, context),
    plural: (count, forms, ...[params]) => translate(locale, forms.other, { ...params, count }, forms.one),
    text: (message) => (typeof message === 'string' ? message : translate(locale, message.key, message.params, message.one, message.context)),
  };
}

/**
 * English, with what the page registered for `en`: the words of an element that has no
 * translator, and every error's `message` (for developers and logs).
 */
export const english: Translator = translator('en');
