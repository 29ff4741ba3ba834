import type { en } from './en.js';

/** The English catalogue's type: every key with its English message (literal types). */
export type English = typeof en;

/** Every message key of the library. */
export type MessageKey = keyof English;

/** A plural category of `Intl.PluralRules`. */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** A message that depends on `{count}`: one text per plural category of its language (`other` always). */
export type PluralMessage = { readonly [C in PluralCategory]?: string } & { readonly other: string };

/** One message of a catalogue: a text, or a text per plural category. */
export type Message = string | PluralMessage;

/** A complete catalogue: every key of the English one, each a text or a plural object as in English. */
export type Messages = { [K in MessageKey]: English[K] extends string ? string : PluralMessage };

/** The placeholders (`{name}`) of a text. */
type Names<S, Found extends string = never> = S extends `${string}{${infer Name}}${infer Rest}` ? Names<Rest, Found | Name> : Found;

/** The placeholders of a message (`count` for a plural one). */
export type ParamName<K extends MessageKey> = English[K] extends string ? Names<English[K]> : Names<English[K][keyof English[K]]> | 'count';

/**
 * What a placeholder takes: a text (server data, a name), a number (formatted for the locale),
 * a list (joined with `Intl.ListFormat`), or another message.
 */
export type ParamValue = string | number | readonly string[] | Text;

/** The params of a message (`count` is a number). */
export type Params<K extends MessageKey> = { [P in ParamName<K>]: P extends 'count' ? number : ParamValue };

/** The params argument of a message: none when it has no placeholder. */
export type ParamArgs<K extends MessageKey> = [ParamName<K>] extends [never] ? [] : [params: Params<K>];

/**
 * A message to show later, in the reader's language: its key and params. Errors carry one (their
 * `text`), so the widget that shows an error says it in its own language.
 */
export type Text = {
  [K in MessageKey]: [ParamName<K>] extends [never] ? { readonly key: K; readonly params?: undefined } : { readonly key: K; readonly params: Params<K> };
}[MessageKey];

/**
 * A language's messages: a catalogue by key, or a function that makes each message from the
 * English one (the pseudo-locale).
 */
export type Catalogue = Partial<Messages> | ((english: Message) => Message);

/** Loads one language (a module whose default export is its catalogue). */
export type CatalogueLoader = () => Promise<{ default: Catalogue }>;

/** The keys whose English message lost its literal type (a `'…' + '…'` is only `string`, its placeholders unknown). */
type Widened = { [K in MessageKey]: English[K] extends string ? (string extends English[K] ? K : never) : never }[MessageKey];
type MustBeNone<T extends never> = T;
/** Compiles only when every English message is one literal (write a long message on one line). */
export type EveryEnglishMessageIsLiteral = MustBeNone<Widened>;
