/** pager.ts: First, Previous, Next, Last, "Page 2 of 50", "Go to…" and rows per page, from the page shown. */
import { expect, fixture, html } from '@open-wc/testing';
import { renderPager, type PagerState } from '../../src/activity-log/pager.js';
import { ActivityView, type ViewPage } from '../../src/activity-log/view.js';
import type { Shown } from '../../src/activity-log/query-controller.js';
import { english, translator } from '../../src/core/translate.js';
import { languageReady } from '../helpers/pseudo-locale.js';

const view = new ActivityView({ getEntries: async () => [], getCount: async () => 0, getViewer: async () => ({ superUser: false, logins: [], emails: {} }) }, { user: '', activityType: '', dateFrom: '', dateTo: '', search: '', site: '', ip: '', object: '' });
const shown = (page: Partial<ViewPage>, offset = 0, pageSize = 25): Shown => ({ scan: view, page: { entries: [], total: 0, totalExact: true, ...page }, offset, pageSize, at: 0 });

async function pager(state: Partial<PagerState>) {
  const calls: string[] = [];
  const full: PagerState = { shown: undefined, offset: 0, size: 25, t: english, goTo: (offset) => calls.push(`to ${offset}`), resize: (n) => calls.push(`size ${n}`), form: undefined, ...state };
  const el = await fixture(html`<div>${renderPager(full)}</div>`);
  const button = (part: string) => el.querySelector<HTMLButtonElement>(`[part="${part}"]`)!;
  return {
    el,
    calls,
    first: button('first-button'),
    prev: button('prev-button'),
    next: button('next-button'),
    last: button('last-button'),
    jump: el.querySelector<HTMLElement>('[part="jump-button"]')!,
    text: el.querySelector('.page-of')!.textContent!.trim(),
    sizes: [...el.querySelectorAll('option')].map((o) => o.value),
    label: el.querySelector('label span')!.textContent,
    nav: el.querySelector('nav')!.getAttribute('aria-label'),
  };
}

describe('pager.ts', () => {
  it('has nothing to page before a page is shown', async () => {
    const p = await pager({});
    expect([p.first.disabled, p.prev.disabled, p.next.disabled, p.last.disabled]).to.deep.equal([true, true, true, true]);
    expect(p.text).to.equal('');
  });

  it('says which page of how many, and pages both ways', async () => {
    const p = await pager({ shown: shown({ total: 1234 }, 25), offset: 25 });
    expect(p.text).to.equal('Page 2 of 50');
    expect([p.prev.disabled, p.next.disabled]).to.deep.equal([false, false]);
    p.prev.click();
    p.next.click();
    p.first.click();
    p.last.click();
    expect(p.calls).to.deep.equal(['to 0', 'to 50', 'to 0', 'to 1225']);
    const last = await pager({ shown: shown({ total: 1234 }, 1225), offset: 1225 });
    expect([last.first.disabled, last.prev.disabled, last.next.disabled, last.last.disabled]).to.deep.equal([false, false, true, true]);
    const first = await pager({ shown: shown({ total: 1234 }) });
    expect([first.first.disabled, first.prev.disabled, first.next.disabled, first.last.disabled]).to.deep.equal([true, true, false, false]);
    const big = await pager({ shown: shown({ total: 123_456 }) });
    expect(big.text).to.equal('Page 1 of 4,939');
  });

  it('leaves out "of" while a search still counts, and goes on while it does', async () => {
    const counting = Object.create(view, { counting: { value: true } }) as ActivityView;
    const p = await pager({ shown: { ...shown({ total: 30, totalExact: false }), scan: counting } });
    expect(p.text).to.equal('Page 1');
    expect(p.next.disabled).to.equal(false);
    // Where the last page is, nobody knows yet.
    expect(p.last.disabled).to.equal(true);
  });

  it('"Go to…" is a disclosure (a summary, keyboard-operable, its state told) holding the form it is given', async () => {
    const p = await pager({ shown: shown({ total: 100 }), form: html`<p class="the-form">form</p>` });
    const details = p.jump.parentElement as HTMLDetailsElement;
    expect(p.jump.localName).to.equal('summary');
    expect(p.jump.textContent!.trim()).to.equal('Go to…');
    expect(details.open).to.equal(false);
    p.jump.click();
    expect(details.open).to.equal(true);
    expect(details.querySelector('.the-form')).to.exist;
  });

  it('speaks German and Arabic, numbers in their locale', async () => {
    await languageReady('de');
    const de = await pager({ shown: shown({ total: 123_456 }, 25), offset: 25, t: translator('de') });
    expect([de.text, de.prev.textContent, de.next.textContent, de.label, de.nav]).to.deep.equal(['Seite 2 von 4.939', 'Zurück', 'Weiter', 'Zeilen pro Seite', 'Seiten']);
    const counting = Object.create(view, { counting: { value: true } }) as ActivityView;
    expect((await pager({ shown: { ...shown({ total: 30, totalExact: false }), scan: counting }, t: translator('de') })).text).to.equal('Seite 1');
    await languageReady('ar');
    const ar = await pager({ shown: shown({ total: 1234 }, 25), offset: 25, t: translator('ar-EG') });
    expect([ar.text, ar.prev.textContent, ar.next.textContent]).to.deep.equal(['الصفحة ٢ من ٥٠', 'السابق', 'التالي']);
  });

  it('offers 10, 25, 50 and 100 rows, and a size set otherwise among them', async () => {
    expect((await pager({})).sizes).to.deep.equal(['10', '25', '50', '100']);
    const odd = await pager({ size: 30 });
    expect(odd.sizes).to.deep.equal(['10', '25', '30', '50', '100']);
    const select = odd.el.querySelector('select')!;
    expect(select.value).to.equal('30');
    select.value = '50';
    select.dispatchEvent(new Event('change'));
    expect(odd.calls).to.deep.equal(['size 50']);
  });
});
