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
 * translated in turn. A plural message picks its form by `params.count`.
 *
 * Until the code for other languages is here (i18n/on-demand.ts), the words are the English
 * given (English plural rules: `one` for exactly 1). Then that code finds them (`say`: what the
 * page registered, the shipped languages fetched, English), with the plural rules of the
 * language they are in, isolated when that language is written the other way.
 */
export function translate(locale: string, key: string, params?: Params, one?: string, context?: string): string {
  const code = translations();
  const message = code ? code.say(locale, key, params?.count as number | undefined, one, context) : one && params?.count === 1 ? one : key;
  return params ? message.replace(/\{(\w+)\}/g, (all, name: string) => (Object.hasOwn(params, name) ? shown(locale, params[name]!) : all)) : message;
}

function shown(locale: string, value: ParamValue): string {
  if (typeof value === 'number') return numberFormat(locale).format(value);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return new Intl.ListFormat(locale).format(value);
  return translator(locale).text(value as Text);
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

/**
 * The four ways to say a message, in the `locale` of whatever extends it: a fixed one
 * (`translator(locale)`), or an element's (`Localize`).
 */
export abstract class Translation implements Translator {
  abstract readonly locale: string;

  t<S extends string>(text: S, ...params: ParamArgs<S>): string {
    return translate(this.locale, text, params[0]);
  }

  tc<S extends string>(context: string, text: S, ...params: ParamArgs<S>): string {
    return translate(this.locale, text, params[0], undefined, context);
  }

  plural<One extends string, Other extends string>(count: number, forms: PluralForms<One, Other>, ...params: PluralArgs<One | Other>): string {
    return translate(this.locale, forms.other, { ...params[0], count }, forms.one);
  }

  text(message: Text | string): string {
    return typeof message === 'string' ? message : translate(this.locale, message.key, message.params, message.one, message.context);
  }
}

class FixedTranslation extends Translation {
  constructor(readonly locale: string) {
    super();
  }
}

/** A translator for a fixed locale. */
export function translator(locale: string): Translator {
  return new FixedTranslation(locale);
}

/**
 * English, with what the page registered for `en`: the words of an element that has no
 * translator, and every error's `message` (for developers and logs).
 */
export const english: Translator = translator('en');
