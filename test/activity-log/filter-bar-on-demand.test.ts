/**
 * <activity-log>'s filter bar is not part of its first view: its code is asked for once the first
 * rows are shown (or an error is), its place is kept meanwhile (the list does not move when it
 * arrives), and when it does not arrive the widget says so with Retry while the rows stay.
 * Its own file: the bar registers its element once per page, so the page must not have it yet.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/activity-log/define.js';
import type { ActivityLog, ActivityLoadDetail } from '../../src/activity-log/define.js';
import { filterBarChunk } from '../../src/activity-log/filter-bar-chunk.js';
import { fakeMatomo, makeEntries, TOKEN, useFetch } from './fake-matomo.js';
import { $, buttonNamed, expectAccessible, loads, record, rows, text } from './element-helpers.js';

describe('<activity-log> filter bar on demand', () => {
  it('comes after the first rows, in the place kept for it; when it does not arrive, says so with Retry and keeps the rows', async () => {
    const restore = useFetch(fakeMatomo(makeEntries(30), { delay: 200 }).fetch);
    const loadsRec = record<ActivityLoadDetail>('dw-activity-load');
    const original = filterBarChunk.load;
    let attempts = 0;
    let attemptsBeforeRows = -1;
    let failing = true;
    filterBarChunk.load = () => {
      attempts++;
      return failing ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : original();
    };
    try {
      const el = await fixture<ActivityLog>(html`<activity-log api-base="https://matomo.example/" .token=${TOKEN}></activity-log>`);
      // While the rows load: the bar's place is kept, its code not asked for.
      expect(customElements.get('dw-activity-filter-bar')).to.equal(undefined);
      expect($(el, '.filters-pending')).to.exist;
      expect($(el, 'form[part="filters"]')).to.equal(null);
      const listTop = $(el, 'ol[part="list"]')!.getBoundingClientRect().top;
      const controlHeight = $(el, '.control-pending')!.getBoundingClientRect().height;
      el.addEventListener('dw-activity-load', () => (attemptsBeforeRows = attempts), { once: true });
      await loads(el, loadsRec);
      expect(attemptsBeforeRows).to.equal(0);
      expect(rows(el)).to.have.length(25);

      // It did not arrive: said where the filters would be, with Retry; the rows stay.
      await waitUntil(() => text($(el, '[part="filters"][role="alert"]')).includes('Could not load the filters.'), 'the failure is shown');
      expect(attempts).to.equal(1);
      expect(rows(el)).to.have.length(25);
      await expectAccessible(el);

      // Retry, and it arrives: the bar in the place kept for it, the list where it was.
      failing = false;
      buttonNamed(el, 'Retry')!.click();
      await waitUntil(() => $(el, 'form[part="filters"]'), 'the filter bar arrives');
      await el.updateComplete;
      expect(attempts).to.equal(2);
      expect($(el, '.filters-pending')).to.equal(null);
      expect($(el, '[part="filters"][role="alert"]')).to.equal(null);
      expect($(el, 'select[part="type-filter"]')).to.exist;
      expect(Math.abs($(el, 'ol[part="list"]')!.getBoundingClientRect().top - listTop)).to.be.below(1);
      // Its controls are the kept place's height and fill their fields (the bar's styles come with its code).
      for (const part of ['type-filter', 'date-from', 'search']) {
        const control = $(el, `[part="${part}"]`)!;
        expect(Math.abs(control.getBoundingClientRect().height - controlHeight), part).to.be.below(1);
        expect(Math.abs(control.getBoundingClientRect().width - control.closest('.field')!.getBoundingClientRect().width), part).to.be.below(1);
      }
    } finally {
      filterBarChunk.load = original;
      loadsRec.stop();
      restore();
    }
  });
});
