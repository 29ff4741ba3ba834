import type { messages } from './messages.generated.js';

/*
 * Messages are identified by their English text, as gettext and lit-localize do: the code says
 * `t('Page {page} of {pages}', { page, pages })`, and a language file translates that text. No
 * English table ships: the English is in the code that shows it. The list of every message
 * (messages.generated.ts) is extracted from the sources by scripts/check-catalogue.mjs.
 */

/** Every message of the library, as extracted from the sources: its id and its English. */
export type Source = typeof messages;

/**
 * The id of a message in a language file: its English text; for a plural message, its English
 * `other` form; for a message with a context, `text@context` ('Open@verb').
 */
export type MessageId = keyof Source;

/** A plural category of `Intl.PluralRules`. */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** A message that depends on `{count}`: one text per plural category of its language (`other` always). */
export type PluralMessage = { readonly [C in PluralCategory]?: string } & { readonly other: string };

/** One message of a language: a text, or a text per plural category. */
export type Message = string | PluralMessage;

/** A complete language: every message id, each a text, or a plural object where English has one. */
export type Messages = { [K in MessageId]: Source[K] extends PluralForms ? PluralMessage : string };

/** The placeholders (`{name}`) of a text. */
export type Names<S extends string, Found extends string = never> = S extends `${string}{${infer Name}}${infer Rest}` ? Names<Rest, Found | Name> : Found;

/**
 * What a placeholder takes: a text (server data, a name), a number (formatted for the locale),
 * a list (joined with `Intl.ListFormat`), or another message.
 */
export type ParamValue = string | number | readonly string[] | Text;

/** The params of a text's placeholders (`count` is a number). */
export type Params<S extends string> = { readonly [P in Names<S>]: P extends 'count' ? number : ParamValue };

/**
 * The params argument of a message, from its English literal: none when it has no placeholder.
 * A message that is not a literal does not compile (the catalogue could not list it).
 */
export type ParamArgs<S extends string> = string extends S ? [never] : [Names<S>] extends [never] ? [] : [params: Params<S>];

/** The params argument of a plural message, besides its count. */
export type PluralArgs<S extends string> = string extends S ? [never] : [Exclude<Names<S>, 'count'>] extends [never] ? [] : [params: Omit<Params<S>, 'count'>];

/** The English forms of a plural message: `one` and `other` (its id), each with `{count}`. */
export interface PluralForms<One extends string = string, Other extends string = string> {
  readonly one: One;
  readonly other: Other;
}

/** The message a Text of `K` carries, with its params (none when it has no placeholder). */
type WithParams<T, S extends string> = [Names<S>] extends [never] ? T & { readonly params?: undefined } : T & { readonly params: Params<S> };

/** A Text for the message `K` of the catalogue. */
type TextOf<K extends MessageId> = Source[K] extends { readonly one: infer One extends string }
  ? WithParams<{ readonly key: K; readonly one: One; readonly context?: undefined }, (K & string) | One>
  : Source[K] extends { readonly text: infer T extends string; readonly context: infer C extends string }
    ? WithParams<{ readonly key: T; readonly context: C; readonly one?: undefined }, T>
    : WithParams<{ readonly key: K; readonly one?: undefined; readonly context?: undefined }, K & string>;

/**
 * A message to show later, in the reader's language: its English text (`key`) and params; a
 * plural one has its English `one` form too (`key` is the `other`, `params.count` the number),
 * a message with a context its `context`. Errors carry one (their `text`), so the widget that
 * shows an error says it in its own language. Typed from the catalogue: a new message compiles
 * once `npm run messages` has listed it.
 *
 * ```ts
 * const text: Text = { key: 'Site {id}', params: { id } };
 * const timeout: Text = { key: 'The server did not answer within {count} seconds.', one: 'The server did not answer within {count} second.', params: { count } };
 * ```
 */
export type Text = { [K in MessageId]: TextOf<K> }[MessageId];

/**
 * A language's messages: by id, or a function that makes each message from the English one
 * (the pseudo-locale).
 */
export type Catalogue = Partial<Messages> | ((english: Message) => Message);

/** Loads one language (a module whose default export is its catalogue). */
export type CatalogueLoader = () => Promise<{ default: Catalogue }>;
