import { expect } from '@open-wc/testing';
import { LANGUAGES, PSEUDO_LOCALE } from '../../src/i18n/languages.js';
import { messages } from '../../src/i18n/messages.generated.js';
import pseudo from '../../src/i18n/pseudo.js';
import type { Message } from '../../src/i18n/types.js';

/*
 * Every shipped language has every message of the catalogue (its ids are the English texts the
 * sources show, extracted into messages.generated.ts by scripts/check-catalogue.mjs) and no
 * other, each message with the same placeholders as the English one, and each plural message
 * with exactly the plural categories of its language (Intl.PluralRules). Runs over every file of
 * src/i18n/locales/.
 */

const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!));
const placeholdersOf = (message: Message) => new Set(typeof message === 'string' ? placeholders(message) : Object.values(message).flatMap((t) => [...placeholders(t as string)]));
const sorted = (set: Set<string>) => [...set].sort();
const categories = (tag: string) => [...new Intl.PluralRules(tag).resolvedOptions().pluralCategories].sort();

type Entry = Record<string, never> | { readonly one: string; readonly other: string } | { readonly text: string; readonly context: string };

/** Every id with its English message: the id itself, a plural message's forms, or a message's text without its context. */
const english = new Map<string, Message>(
  Object.entries(messages as Record<string, Entry>).map(([id, entry]): [string, Message] =>
    'other' in entry ? [id, { one: entry.one, other: entry.other }] : 'text' in entry ? [id, entry.text] : [id, id],
  ),
);

const shipped = Object.keys(LANGUAGES).filter((tag) => tag !== PSEUDO_LOCALE);

describe('The catalogue', () => {
  it('lists the messages the sources show, each whole: placeholders are names, plural messages have English’s categories and {count}', () => {
    expect(english.size).to.be.greaterThan(100);
    for (const [id, message] of english) {
      const texts = typeof message === 'string' ? [message] : Object.values(message);
      for (const text of texts) expect(text.replace(/\{\w+\}/g, ''), `${id}: a stray brace`).not.to.match(/\{[^}]*\}/);
      if (typeof message !== 'string') {
        expect(Object.keys(message).sort(), id).to.deep.equal(categories('en'));
        expect(placeholdersOf(message).has('count'), `${id} has no {count}`).to.equal(true);
        expect(id, 'a plural message is known by its other form').to.equal(message.other);
      }
    }
  });
});

describe('Shipped languages', () => {
  it('ship at least German', () => {
    expect(shipped).to.include('de');
  });

  for (const tag of shipped) {
    describe(tag, () => {
      let catalogue: Record<string, Message>;
      before(async () => {
        catalogue = (await LANGUAGES[tag]!()).default as Record<string, Message>;
      });

      it('has every message of the catalogue, and no other (no stale id)', () => {
        const missing = [...english.keys()].filter((id) => !Object.hasOwn(catalogue, id));
        const extra = Object.keys(catalogue).filter((id) => !english.has(id));
        expect(missing, 'missing messages').to.deep.equal([]);
        expect(extra, 'ids the sources do not show (stale)').to.deep.equal([]);
      });

      it('has the same placeholders as English in every message', () => {
        for (const [id, source] of english) {
          const message = catalogue[id]!;
          expect(typeof message, `${id}: a text in English, a text here (a plural object in English, one here)`).to.equal(typeof source);
          expect(sorted(placeholdersOf(message)), id).to.deep.equal(sorted(placeholdersOf(source)));
          if (typeof message !== 'string') {
            for (const text of Object.values(message)) {
              for (const name of placeholders(text as string)) expect(placeholdersOf(source).has(name), `${id}: {${name}}`).to.equal(true);
            }
          }
        }
      });

      it(`has exactly the plural categories of ${tag} in every plural message`, () => {
        for (const [id, message] of Object.entries(catalogue)) {
          if (typeof message === 'string') continue;
          expect(Object.keys(message).sort(), id).to.deep.equal(categories(tag));
          for (const text of Object.values(message)) expect(text, id).to.be.a('string').and.not.equal('');
        }
      });

      it('has no message left empty or in English by mistake', () => {
        const same = Object.entries(catalogue).filter(([id, message]) => typeof message === 'string' && message === english.get(id));
        // Words that read the same in both languages (names, technical terms) are fine; a long sentence is not.
        expect(same.filter(([, message]) => (message as string).split(' ').length > 3).map(([id]) => id)).to.deep.equal([]);
        for (const [id, message] of Object.entries(catalogue)) if (typeof message === 'string') expect(message.trim(), id).not.to.equal('');
      });
    });
  }
});

describe('The pseudo-locale', () => {
  it('marks, accents and lengthens every message, keeping its placeholders', () => {
    for (const [id, message] of english) {
      const made = pseudo(message);
      expect(sorted(placeholdersOf(made)), id).to.deep.equal(sorted(placeholdersOf(message)));
      for (const text of typeof made === 'string' ? [made] : Object.values(made)) {
        expect(text, id).to.match(/^⟦[^]*⟧$/);
        expect(text.replace(/\{\w+\}/g, ''), id).not.to.match(/[a-zA-Z]{2}/);
      }
    }
    const text = 'Before you share';
    expect(english.has(text)).to.equal(true);
    const long = pseudo(text) as string;
    expect(long.length - 2).to.be.within(text.length * 1.25, text.length * 1.6);
  });
});
