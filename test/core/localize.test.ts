import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { DashboardElement } from '../../src/core/base-element.js';
import { DashboardConfigElement } from '../../src/core/dashboard-config.js';
import { Localize } from '../../src/core/localize.js';
import { english, translate, translator } from '../../src/core/translate.js';
import { registerTranslation, translations } from '../../src/i18n/on-demand.js';
import { registry } from '../../src/i18n/registry.js';
import { chainOf, directionOf, fetchLanguages, offerLoaders } from '../../src/i18n/translations.js';
import { LANGUAGES } from '../../src/i18n/languages.js';
import de from '../../src/i18n/locales/de.js';
import type { Messages, Text } from '../../src/i18n/types.js';
import { languageReady } from '../helpers/pseudo-locale.js';

/** An element of the library (it has the controller through its base class), showing a few messages. */
class SpeakingElement extends DashboardElement {
  static override tagName = 'speaking-element';
  renders = 0;
  protected override render() {
    this.renders++;
    return html`<p lang=${this.localize.locale} dir=${this.localize.dir}>${this.localize.t('Retry')}</p>`;
  }
  get shown(): string {
    return this.shadowRoot!.querySelector('p')!.textContent!;
  }
  get shownDir(): string {
    return this.shadowRoot!.querySelector('p')!.getAttribute('dir')!;
  }
}
SpeakingElement.define();
DashboardConfigElement.define();

/** Any lit element can host the controller. */
class PlainHost extends LitElement {
  l = new Localize(this);
  protected override render() {
    return html`${this.l.t('Try again')}`;
  }
}
customElements.define('plain-localized-host', PlainHost);

/** Until `el` shows `text` (the language has arrived, the update has run). */
const shows = (el: SpeakingElement, text: string) => waitUntil(() => el.shown === text, `still shows "${el.shown}", not "${text}"`, { timeout: 3000 });

describe('Localize: English first', () => {
  // The first test of the file: nothing has asked for another language yet on this page.
  it('speaks English with nothing fetched; another language fetches the code for other languages, then its own file', async () => {
    const englishEl = await fixture<SpeakingElement>(html`<speaking-element lang="en-GB"></speaking-element>`);
    expect(englishEl.shown).to.equal('Retry');
    expect(englishEl.shownDir).to.equal('ltr');
    await new Promise((r) => setTimeout(r, 50));
    expect(translations(), 'an English element needs no code for other languages').to.equal(undefined);

    const german = await fixture<SpeakingElement>(html`<speaking-element lang="de"></speaking-element>`);
    expect(german.shown, 'English while the words are on their way').to.equal('Retry');
    await shows(german, 'Erneut versuchen');
    expect(translations()).not.to.equal(undefined);
    const arabic = await fixture<SpeakingElement>(html`<speaking-element lang="ar"></speaking-element>`);
    expect(arabic.shownDir).to.equal('rtl');
  });
});

describe('Localize: which locale', () => {
  it('takes the element’s own locale, then the nearest lang, then the browser’s', async () => {
    const wrap = await fixture(html`<div lang="de-CH"><speaking-element></speaking-element><speaking-element locale="fr-CA"></speaking-element></div>`);
    const [inherited, own] = Array.from(wrap.querySelectorAll('speaking-element')) as SpeakingElement[];
    expect(inherited!.effectiveLocale).to.equal('de-CH');
    expect(own!.effectiveLocale).to.equal('fr-CA');
    const alone = await fixture<SpeakingElement>(html`<speaking-element></speaking-element>`);
    const pageLang = document.documentElement.lang;
    expect(alone.effectiveLocale).to.equal(pageLang ? Intl.getCanonicalLocales(pageLang)[0] : Intl.getCanonicalLocales(navigator.language)[0]);
  });

  it('takes the nearer of a lang and a <dashboard-config locale>; a widget’s locale reaches the elements inside it', async () => {
    const wrap = await fixture(html`<div lang="en">
      <dashboard-config locale="de">
        <speaking-element id="under-config"></speaking-element>
        <section lang="fr"><speaking-element id="under-lang"></speaking-element></section>
      </dashboard-config>
    </div>`);
    expect((wrap.querySelector('#under-config') as SpeakingElement).effectiveLocale, 'the config is nearer than <div lang=en>').to.equal('de');
    expect((wrap.querySelector('#under-lang') as SpeakingElement).effectiveLocale, 'the lang is nearer than the config').to.equal('fr');

    // An element in another's shadow root (a panel in a widget) speaks that element's locale.
    const outer = await fixture<SpeakingElement>(html`<speaking-element locale="pt-BR"></speaking-element>`);
    const inner = document.createElement('speaking-element') as SpeakingElement;
    outer.shadowRoot!.append(inner);
    await inner.updateComplete;
    expect(inner.effectiveLocale).to.equal('pt-BR');
  });

  it('gives any lit element its words through the controller, and English to anything without one', async () => {
    const el = await fixture<PlainHost>(html`<plain-localized-host></plain-localized-host>`);
    expect(el.shadowRoot!.textContent).to.equal('Try again');
    expect(Localize.of(el)).to.equal(el.l);
    expect(Localize.of({})).to.equal(english);
  });
});

describe('Localize: a change at runtime', () => {
  it('shows the new language when the element’s locale, an ancestor’s lang (in a shadow root too) or the config’s locale changes', async () => {
    await languageReady('de');
    const wrap = await fixture(html`<div lang="en"><dashboard-config><speaking-element></speaking-element></dashboard-config></div>`);
    const config = wrap.querySelector('dashboard-config') as DashboardConfigElement;
    const el = wrap.querySelector('speaking-element') as SpeakingElement;
    expect(el.shown).to.equal('Retry');

    wrap.setAttribute('lang', 'de');
    await shows(el, 'Erneut versuchen');
    expect(el.shownDir).to.equal('ltr');

    el.locale = 'en-GB';
    await shows(el, 'Retry');
    el.locale = '';
    await shows(el, 'Erneut versuchen');

    config.locale = 'en';
    await shows(el, 'Retry');
    config.locale = '';
    await shows(el, 'Erneut versuchen');

    // Inside another component's shadow root, a lang there counts too.
    const host = document.createElement('div');
    wrap.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<section lang="en"></section>';
    const nested = document.createElement('speaking-element') as SpeakingElement;
    root.querySelector('section')!.append(nested);
    await nested.updateComplete;
    expect(nested.shown).to.equal('Retry');
    root.querySelector('section')!.setAttribute('lang', 'de-AT');
    await shows(nested, 'Erneut versuchen');
  });

  it('a lang change elsewhere does not update elements whose locale stays the same', async () => {
    const wrap = await fixture(html`<div><section lang="en"><speaking-element></speaking-element></section><section lang="en" id="other"></section></div>`);
    const el = wrap.querySelector('speaking-element') as SpeakingElement;
    await el.updateComplete;
    const before = el.renders;
    wrap.querySelector('#other')!.setAttribute('lang', 'de');
    await new Promise((r) => setTimeout(r, 50));
    expect(el.renders).to.equal(before);
  });
});

describe('Messages', () => {
  before(() => languageReady('de'));

  it('fills placeholders, formats numbers in the locale, joins lists, and nests messages', async () => {
    expect(translate('en', 'The server answered a bulk request of {asked} with {count} results.', { asked: 2, count: 1200 })).to.equal('The server answered a bulk request of 2 with 1,200 results.');
    expect(translate('de', "The server's answer is too large ({size} MB or more, the limit is {limit} MB); it was not read.", { size: 8.5, limit: 8 })).to.contain('(8,5 MB oder mehr');
    // A list param, joined in the locale (the library's own messages pass lists where they need them).
    await registerTranslation('en-x-lists', { 'There is no widget called "{name}" to show here. Widgets: {widgets}.': 'No {name}; try {widgets}.' });
    expect(translate('en-x-lists', 'There is no widget called "{name}" to show here. Widgets: {widgets}.', { name: 'x', widgets: ['a', 'b', 'c'] })).to.equal('No x; try a, b, and c.');
    expect(translate('de', 'Could not reach the server at {server}. Check the network connection and the server address; if the server is up, it may not allow requests from this page (CORS).', { server: { key: 'the configured address' } })).to.match(/^Der Server unter der eingestellten Adresse ist nicht erreichbar/);
  });

  it('picks the plural form with the rules of the language the message is in', async () => {
    const timeout = { one: 'The server did not answer within {count} second.', other: 'The server did not answer within {count} seconds.' } as const;
    expect(english.plural(1, timeout)).to.equal('The server did not answer within 1 second.');
    expect(english.plural(1.5, timeout)).to.equal('The server did not answer within 1.5 seconds.');
    expect(translator('de').plural(1, timeout)).to.equal('Der Server hat nicht innerhalb von 1 Sekunde geantwortet.');
    expect(translator('de').plural(2.5, timeout)).to.equal('Der Server hat nicht innerhalb von 2,5 Sekunden geantwortet.');
    // A plural Text (an error's) says the same.
    expect(translator('de').text({ key: timeout.other, one: timeout.one, params: { count: 1 } })).to.equal('Der Server hat nicht innerhalb von 1 Sekunde geantwortet.');
    expect(english.text({ key: timeout.other, one: timeout.one, params: { count: 1 } })).to.equal('The server did not answer within 1 second.');
    // Arabic has six categories: each count finds its own.
    await registerTranslation('ar', {
      'The server did not answer within {count} seconds.': { zero: 'z {count}', one: 'o {count}', two: 't {count}', few: 'f {count}', many: 'm {count}', other: 'x {count}' },
    });
    const ar = (count: number) => translator('ar').plural(count, timeout).split(' ')[0];
    expect([0, 1, 2, 3, 11, 100].map(ar)).to.deep.equal(['z', 'o', 't', 'f', 'm', 'x']);
    // A right-to-left language without the key (Hebrew: not shipped; Arabic has every key) falls back
    // to English, with English plural rules, isolated as text written left to right in a right-to-left
    // page (its full stop stays at its end).
    expect(translate('he', 'The server answered a bulk request of {asked} with {count} results.', { asked: 2, count: 1 })).to.equal('\u2068The server answered a bulk request of 2 with 1 results.\u2069');
    expect(translator('ar').plural(1, timeout)).not.to.contain('\u2068');
    expect(translate('de', 'The server answered a bulk request of {asked} with {count} results.', { asked: 2, count: 1 })).not.to.contain('\u2068');
  });

  it('knows the direction of every right-to-left language, from Intl or its list', () => {
    for (const tag of ['ar', 'ar-EG', 'he', 'fa', 'ur', 'ps', 'ckb', 'yi']) expect(directionOf(tag), tag).to.equal('rtl');
    for (const tag of ['en', 'de-CH', 'ja', 'zh-Hans', 'en-XA']) expect(directionOf(tag), tag).to.equal('ltr');
  });

  it('finds a language along its chain: pt-BR → pt, zh-CN → zh-Hans, de-CH → de, else English', async () => {
    const inOrder = (chain: readonly string[], tags: string[]) => tags.map((t) => chain.indexOf(t)).every((i, n, all) => i >= 0 && (n === 0 || i > all[n - 1]!));
    expect(inOrder(chainOf('pt-BR'), ['pt-BR', 'pt', 'en'])).to.equal(true);
    expect(chainOf('zh-CN')).to.include('zh-Hans');
    expect(chainOf('zh-SG')).to.include('zh-Hans');
    expect(chainOf('zh-Hans-HK')).to.include('zh-Hans');
    expect(chainOf('zh-TW')).not.to.include('zh-Hans');
    expect(inOrder(chainOf('de-CH'), ['de-CH', 'de', 'en'])).to.equal(true);
    expect(chainOf('xx-unknown').at(-1)).to.equal('en');

    await registerTranslation('pt', { 'Retry': 'Tentar de novo' });
    await registerTranslation('zh-Hans', { 'Retry': '重试' });
    expect(translate('pt-BR', 'Retry')).to.equal('Tentar de novo');
    expect(translate('zh-CN', 'Retry')).to.equal('重试');
    expect(translate('zh-TW', 'Retry')).to.equal('Retry');
    expect(translate('sw', 'Retry')).to.equal('Retry');
    await languageReady('de');
    expect(translate('de-CH', 'Retry')).to.equal('Erneut versuchen');
    // A region overrides its language key by key.
    await registerTranslation('de-CH', { 'Close': 'Schliessen' });
    expect(translate('de-CH', 'Close')).to.equal('Schliessen');
    expect(translate('de-CH', 'Retry')).to.equal('Erneut versuchen');
  });
});

describe('Loading languages', () => {
  it('fetches a language once per page, however many elements (and copies of the library) ask', async () => {
    const asked: string[] = [];
    // A language no copy ships: its loader counts the fetches, and its file arrives when the test says.
    let arrive = () => undefined as void;
    const file = new Promise<{ default: Partial<Messages> }>((r) => (arrive = () => r({ default: { 'Retry': 'Reprovi' } })));
    offerLoaders({ eo: () => (asked.push('eo'), file) });
    // A second copy of the library offering its own loader for the same language: the first one is kept.
    offerLoaders({ eo: () => (asked.push('second copy'), Promise.resolve({ default: {} })) });
    const wrap = await fixture(html`<div lang="eo"><speaking-element></speaking-element><speaking-element></speaking-element><speaking-element locale="eo-001"></speaking-element></div>`);
    const elements = Array.from(wrap.querySelectorAll('speaking-element')) as SpeakingElement[];
    // English while the language is on its way, then the language, without anyone asking again.
    expect(elements.map((e) => e.shown)).to.deep.equal(['Retry', 'Retry', 'Retry']);
    arrive();
    for (const el of elements) await shows(el, 'Reprovi');
    expect(asked).to.deep.equal(['eo']);
    const more = await fixture<SpeakingElement>(html`<speaking-element locale="eo"></speaking-element>`);
    expect(more.shown).to.equal('Reprovi');
    expect(asked).to.deep.equal(['eo']);
    // The page's registry is one object for every copy, under a Symbol.for key.
    expect((globalThis as unknown as Record<symbol, unknown>)[Symbol.for('dashboard-widgets.i18n')]).to.equal(registry());
  });

  it('fetches German for real as one file, once', async () => {
    const files = () => performance.getEntriesByType('resource').filter((e) => /\/i18n\/locales\/de\.(ts|js)/.test(e.name)).length;
    offerLoaders(LANGUAGES);
    await fetchLanguages(chainOf('de'));
    await fetchLanguages(chainOf('de-AT'));
    expect(files()).to.equal(1);
  });

  it('shows English when a language does not arrive, and asks again after the next change of language', async () => {
    let calls = 0;
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      offerLoaders({ ia: () => (++calls === 1 ? Promise.reject(new TypeError('offline')) : Promise.resolve({ default: { 'Retry': 'Reprobar' } })) });
      const wrap = await fixture(html`<div lang="ia"><speaking-element></speaking-element></div>`);
      const el = wrap.querySelector('speaking-element') as SpeakingElement;
      await waitUntil(() => calls === 1);
      await new Promise((r) => setTimeout(r, 20));
      el.requestUpdate();
      await el.updateComplete;
      expect(el.shown).to.equal('Retry');
      expect(calls, 'not asked again at every update').to.equal(1);
      wrap.setAttribute('lang', 'en');
      await shows(el, 'Retry');
      wrap.setAttribute('lang', 'ia');
      await shows(el, 'Reprobar');
      expect(calls).to.equal(2);
    } finally {
      console.warn = warn;
    }
  });

  it('registerTranslation overrides a key, English included, and elements show it at once', async () => {
    await languageReady('de');
    const wrap = await fixture(html`<div><speaking-element lang="de"></speaking-element><speaking-element lang="en"></speaking-element></div>`);
    const [german, englishEl] = Array.from(wrap.querySelectorAll('speaking-element')) as SpeakingElement[];
    await shows(german!, 'Erneut versuchen');
    await registerTranslation('de', { 'Retry': 'Noch mal' });
    await registerTranslation('en', { 'Retry': 'Try once more' });
    await shows(german!, 'Noch mal');
    await shows(englishEl!, 'Try once more');
    expect(translate('de', 'Try again'), 'the other keys keep their words').to.equal('Nochmals versuchen');
    // What a page registers is checked: a value that is not a message is left out, a tag that is not one is refused.
    const warn = console.warn;
    const warned: unknown[] = [];
    console.warn = (...args: unknown[]) => warned.push(args);
    try {
      await registerTranslation('de', { 'Retry': 42 } as unknown as Partial<Messages>);
      await registerTranslation('not a tag!', { 'Retry': 'x' });
    } finally {
      console.warn = warn;
    }
    expect(translate('de', 'Retry')).to.equal('Noch mal');
    expect(warned).to.have.length(1);
    await registerTranslation('de', { 'Retry': de['Retry'] });
    await registerTranslation('en', { 'Retry': 'Retry' });
  });

  it('tells one English text in two contexts apart: a language file keys the one with a context as text@context', async () => {
    await registerTranslation('en-x-context', { 'Share / embed@control': 'Sharing', 'Share / embed': 'Share it' } as Partial<Messages>);
    const t = translator('en-x-context');
    expect(t.tc('control', 'Share / embed')).to.equal('Sharing');
    expect(t.t('Share / embed')).to.equal('Share it');
    expect(t.text({ key: 'Share / embed', context: 'control' } as unknown as Text)).to.equal('Sharing');
    // English, and a language without that context, show the English text.
    expect(english.tc('control', 'Share / embed')).to.equal('Share / embed');
    expect(translator('de').tc('control', 'Close')).to.equal('Close');
  });

  it('a translator for a fixed locale speaks it, a plain string stays as it is', async () => {
    await languageReady('de');
    const t = translator('de');
    expect(t.t('Share / embed')).to.equal('Teilen / Einbetten');
    expect(t.text({ key: 'Site {id}', params: { id: '3' } })).to.equal('Website 3');
    expect(t.text('What the server said')).to.equal('What the server said');
  });
});
