import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { LANGUAGES, PSEUDO_LOCALE } from '../../src/i18n/languages.js';
import pseudo from '../../src/i18n/pseudo.js';
import type { Message } from '../../src/i18n/types.js';

/*
 * Every shipped language has every key of the English catalogue and no other, each message with
 * the same placeholders as the English one, and each plural message with exactly the plural
 * categories of its language (Intl.PluralRules). Runs over every file of src/i18n/locales/.
 */

const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!));
const placeholdersOf = (message: Message) => new Set(typeof message === 'string' ? placeholders(message) : Object.values(message).flatMap((t) => [...placeholders(t as string)]));
const sorted = (set: Set<string>) => [...set].sort();
const categories = (tag: string) => [...new Intl.PluralRules(tag).resolvedOptions().pluralCategories].sort();

const shipped = Object.keys(LANGUAGES).filter((tag) => tag !== PSEUDO_LOCALE);

describe('The English catalogue', () => {
  it('has only whole messages: placeholders are names, plural messages have English’s categories and {count}', () => {
    for (const [key, message] of Object.entries(en) as Array<[string, Message]>) {
      const texts = typeof message === 'string' ? [message] : Object.values(message);
      for (const text of texts) expect(text.replace(/\{\w+\}/g, ''), `${key}: a stray brace`).not.to.match(/\{[^}]*\}/);
      if (typeof message !== 'string') {
        expect(Object.keys(message).sort(), key).to.deep.equal(categories('en'));
        expect(placeholdersOf(message).has('count'), `${key} has no {count}`).to.equal(true);
      }
    }
  });

  it('keys are namespaced by area', () => {
    for (const key of Object.keys(en)) expect(key, key).to.match(/^(core|api|embed|activityLog|visitsChart|settings)\.[\w.]+$/);
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

      it('has every key of the English catalogue, and no other', () => {
        const missing = Object.keys(en).filter((key) => !Object.hasOwn(catalogue, key));
        const extra = Object.keys(catalogue).filter((key) => !Object.hasOwn(en, key));
        expect(missing, 'missing keys').to.deep.equal([]);
        expect(extra, 'keys English does not have').to.deep.equal([]);
      });

      it('has the same placeholders as English in every message', () => {
        for (const [key, english] of Object.entries(en) as Array<[string, Message]>) {
          const message = catalogue[key]!;
          expect(typeof message, `${key}: a text in English, a text here (a plural object in English, one here)`).to.equal(typeof english);
          expect(sorted(placeholdersOf(message)), key).to.deep.equal(sorted(placeholdersOf(english)));
          if (typeof message !== 'string') {
            for (const text of Object.values(message)) {
              for (const name of placeholders(text as string)) expect(placeholdersOf(english).has(name), `${key}: {${name}}`).to.equal(true);
            }
          }
        }
      });

      it(`has exactly the plural categories of ${tag} in every plural message`, () => {
        for (const [key, message] of Object.entries(catalogue)) {
          if (typeof message === 'string') continue;
          expect(Object.keys(message).sort(), key).to.deep.equal(categories(tag));
          for (const text of Object.values(message)) expect(text, key).to.be.a('string').and.not.equal('');
        }
      });

      it('has no message left empty or in English by mistake', () => {
        const same = Object.entries(catalogue).filter(([key, message]) => typeof message === 'string' && message === (en as Record<string, Message>)[key]);
        // Words that read the same in both languages (names, technical terms) are fine; a long sentence is not.
        expect(same.filter(([, message]) => (message as string).split(' ').length > 3).map(([key]) => key)).to.deep.equal([]);
        for (const [key, message] of Object.entries(catalogue)) if (typeof message === 'string') expect(message.trim(), key).not.to.equal('');
      });
    });
  }
});

describe('The pseudo-locale', () => {
  it('marks, accents and lengthens every message, keeping its placeholders', () => {
    for (const [key, message] of Object.entries(en) as Array<[string, Message]>) {
      const made = pseudo(message);
      expect(sorted(placeholdersOf(made)), key).to.deep.equal(sorted(placeholdersOf(message)));
      for (const text of typeof made === 'string' ? [made] : Object.values(made)) {
        expect(text, key).to.match(/^⟦[^]*⟧$/);
        expect(text.replace(/\{\w+\}/g, ''), key).not.to.match(/[a-zA-Z]{2}/);
      }
    }
    const text = en['embed.share.before'];
    const long = pseudo(text) as string;
    expect(long.length - 2).to.be.within(text.length * 1.25, text.length * 1.6);
  });
});
