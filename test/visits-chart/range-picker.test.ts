/**
 * <dw-visits-range-picker> on its own: properties in (period, date, today), one RangeChangeEvent
 * out. Presets stay relative, a preset keeps its days when the period changes, and the custom
 * range form loads when it is first opened.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { VisitsRangePicker } from '../../src/visits-chart/range-picker.js';
import { describeDate } from '../../src/visits-chart/range-words.js';
import type { RangeChangeDetail, RangeChangeEvent } from '../../src/visits-chart/events.js';
import { chunks } from '../../src/visits-chart/chunks.js';
import { english, translator } from '../../src/core/translate.js';

/** Why a part is missing, as every such failure says it (in English). */
const PART_FAILED = english.t('Its code did not arrive: check the network connection (a self-hosted copy must serve the chunks folder beside the bundle).');

VisitsRangePicker.define();

const realCustom = chunks.custom;
afterEach(() => {
  chunks.custom = realCustom;
});

async function mount(attributes: { period?: string; date?: string } = {}): Promise<VisitsRangePicker> {
  const wrap = await fixture<HTMLDivElement>(
    html`<div><dw-visits-range-picker period=${attributes.period ?? 'day'} date=${attributes.date ?? 'last30'} today="2024-03-10" locale="en-US"></dw-visits-range-picker></div>`,
  );
  const el = wrap.querySelector('dw-visits-range-picker')!;
  await el.updateComplete;
  return el;
}

const select = (el: VisitsRangePicker, which: 'period' | 'range') => el.querySelector<HTMLSelectElement>(`select[id$="-${which}"]`)!;
const options = (el: VisitsRangePicker) => Array.from(select(el, 'range').options, (o) => [o.value, o.textContent!.trim()]);

/** Picks `value` as a reader would, and returns what the picker asks for. */
async function pick(el: VisitsRangePicker, which: 'period' | 'range', value: string): Promise<RangeChangeDetail> {
  const asked = oneEvent(el, 'dw-visits-range-change') as Promise<RangeChangeEvent>;
  select(el, which).value = value;
  select(el, which).dispatchEvent(new Event('change'));
  return (await asked).detail;
}

describe('<dw-visits-range-picker>', () => {
  it('shows the period and the preset the date stands for, labelled', async () => {
    const el = await mount({ date: 'last-month' });
    expect(select(el, 'period').value).to.equal('day');
    expect(select(el, 'range').value).to.equal('last-month');
    expect(el.querySelector(`label[for="${select(el, 'range').id}"]`)!.textContent).to.match(/^Range/);
    expect(options(el).map(([value]) => value)).to.deep.equal(['last7', 'last30', 'last90', 'last365', 'this-month', 'last-month', 'this-year', 'custom']);
  });

  it('names a range that is no preset in words, or as written when it cannot read it', async () => {
    const el = await mount({ date: '2024-03-01,2024-03-05' });
    expect(select(el, 'range').value).to.equal('configured');
    expect(options(el)[0]).to.deep.equal(['configured', 'Mar 1 – 5, 2024']);
    el.date = 'previous3';
    el.period = 'month';
    await el.updateComplete;
    expect(options(el)[0]).to.deep.equal(['configured', 'Previous 3 months']);
    el.date = 'soon';
    await el.updateComplete;
    expect(options(el)[0]).to.deep.equal(['configured', '“soon”']);
  });

  it('asks for a relative preset, and keeps its days when the period changes', async () => {
    const el = await mount();
    expect(await pick(el, 'range', 'this-month')).to.deep.equal({ period: 'day', date: 'this-month', custom: false, cause: 'range' });
    el.date = 'last30';
    await el.updateComplete;
    expect(await pick(el, 'period', 'week')).to.deep.equal({ period: 'week', date: 'last-30-days', custom: false, cause: 'period' });
    // A fixed range stays as it is.
    el.period = 'day';
    el.date = '2024-01-03,2024-01-09';
    await el.updateComplete;
    expect(await pick(el, 'period', 'month')).to.deep.equal({ period: 'month', date: '2024-01-03,2024-01-09', custom: false, cause: 'period' });
  });

  it('opens the custom range form with the days shown, moves focus to it, and asks for the days applied', async () => {
    const el = await mount({ date: 'last7' });
    expect(await pick(el, 'range', 'custom')).to.deep.equal({ period: 'day', date: 'last7', custom: true, cause: 'custom' });
    await waitUntil(() => document.activeElement === el.querySelector('input[name="from"]'), 'focus did not move to the form');
    const [from, to] = el.querySelectorAll<HTMLInputElement>('input[type="date"]');
    expect([from!.value, to!.value]).to.deep.equal(['2024-03-04', '2024-03-10']);
    expect(select(el, 'range').value).to.equal('custom');

    from!.value = '2024-02-01';
    const asked = oneEvent(el, 'dw-visits-range-change') as Promise<RangeChangeEvent>;
    el.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    expect((await asked).detail).to.deep.equal({ period: 'day', date: '2024-02-01,2024-03-10', custom: true, cause: 'range' });

    // A preset closes it.
    expect((await pick(el, 'range', 'last90')).custom).to.equal(false);
    await el.updateComplete;
    expect(el.querySelector('form')).to.equal(null);
  });

  it('says when the form could not be loaded, and Retry brings it', async () => {
    chunks.custom = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const el = await mount();
    await pick(el, 'range', 'custom');
    await waitUntil(() => el.querySelector('.part-state[role="alert"]'), 'no error shown');
    expect(el.querySelector('.part-state[role="alert"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Could not load the custom range. ${PART_FAILED} Retry`);
    chunks.custom = realCustom;
    el.querySelector<HTMLButtonElement>('.part-state button')!.click();
    await waitUntil(() => el.querySelector('form'), 'no form after Retry');
  });

  it('hides the selects the widget does not offer', async () => {
    const el = await mount();
    el.hidePeriod = true;
    await el.updateComplete;
    expect(select(el, 'period').closest('label')!.hidden).to.equal(true);
    expect(select(el, 'range').closest('label')!.hidden).to.equal(false);
    el.hideRange = true;
    await el.updateComplete;
    expect(select(el, 'range').closest('label')!.hidden).to.equal(true);
  });

  it('keeps its event inside the widget: it neither bubbles nor leaves a shadow root', async () => {
    const el = await mount();
    let outside = 0;
    el.parentElement!.addEventListener('dw-visits-range-change', () => outside++);
    const detail = await pick(el, 'range', 'last7');
    expect(detail.date).to.equal('last7');
    expect(outside).to.equal(0);
  });
});

describe('describeDate', () => {
  const today = new Date(2024, 2, 10);
  it('names a range that is none of the presets: its periods or its days; a value it cannot read quoted, or not at all', () => {
    const t = translator('en-US');
    expect(describeDate('this-month', 'day', today, t)).to.equal('Mar 1 – 10, 2024');
    expect(describeDate('last12', 'week', today, t)).to.equal('Last 12 weeks');
    expect(describeDate('previous3', 'month', today, t)).to.equal('Previous 3 months');
    expect(describeDate('2024-03-08', 'day', today, t)).to.equal('Mar 8, 2024');
    expect(describeDate('nonsense', 'day', today, t)).to.equal('');
    expect(describeDate('nonsense', 'day', today, t, true)).to.equal('“nonsense”');
  });
});
