/**
 * <dw-visits-custom-range> on its own: the days in, focus on its first date, a CustomRangeEvent
 * out for two dates in order, a clear message (and the dates kept) otherwise.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { VisitsCustomRange, customStyles } from '../../src/visits-chart/custom-range.js';
import type { CustomRangeEvent } from '../../src/visits-chart/events.js';

VisitsCustomRange.define();

async function mount(): Promise<{ el: VisitsCustomRange; applied: string[] }> {
  const el = await fixture<VisitsCustomRange>(html`<dw-visits-custom-range from="2024-03-01" to="2024-03-10"></dw-visits-custom-range>`);
  const applied: string[] = [];
  el.addEventListener('dw-visits-custom-range', (e) => applied.push((e as CustomRangeEvent).detail));
  return { el, applied };
}

const input = (el: VisitsCustomRange, name: 'from' | 'to') => el.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

async function apply(el: VisitsCustomRange): Promise<void> {
  el.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await el.updateComplete;
}

describe('<dw-visits-custom-range>', () => {
  it('shows the days, takes the focus, and adds its styles to the tree it renders in, once', async () => {
    const { el } = await mount();
    expect([input(el, 'from').value, input(el, 'to').value]).to.deep.equal(['2024-03-01', '2024-03-10']);
    expect(document.activeElement).to.equal(input(el, 'from'));
    expect(el.querySelector('form')!.getAttribute('aria-label')).to.equal('Custom range');
    expect(document.adoptedStyleSheets.filter((s) => s === customStyles.styleSheet)).to.have.length(1);
    el.remove();
    document.body.append(el);
    expect(document.adoptedStyleSheets.filter((s) => s === customStyles.styleSheet)).to.have.length(1);
    el.remove();
  });

  it('refuses a start after the end, or a missing date, says why, keeps the dates, and applies two dates in order', async () => {
    const { el, applied } = await mount();
    input(el, 'from').value = '2024-03-09';
    input(el, 'to').value = '2024-03-02';
    await apply(el);
    expect(el.querySelector('[role="alert"]')!.textContent).to.equal('The start date must not be after the end date.');
    expect(input(el, 'from').getAttribute('aria-invalid')).to.equal('true');
    expect(input(el, 'from').getAttribute('aria-describedby')).to.equal(el.querySelector('[role="alert"]')!.id);
    expect([input(el, 'from').value, input(el, 'to').value]).to.deep.equal(['2024-03-09', '2024-03-02']);

    input(el, 'to').value = '';
    // The browser's own check (required) would stop a real submit; the form checks too.
    el.querySelector('form')!.dispatchEvent(new SubmitEvent('submit', { cancelable: true }));
    await el.updateComplete;
    expect(el.querySelector('[role="alert"]')!.textContent).to.equal('Enter both dates.');
    expect(applied).to.deep.equal([]);

    input(el, 'to').value = '2024-03-12';
    await apply(el);
    expect(applied).to.deep.equal(['2024-03-09,2024-03-12']);
    expect(el.querySelector('[role="alert"]')!.textContent).to.equal('');
    expect(input(el, 'from').getAttribute('aria-invalid')).to.equal('false');
  });
});
