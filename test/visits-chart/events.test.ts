/**
 * <visits-chart> speaks the library's vocabulary: one class per event, and `dw-visits-error`
 * with the detail every widget's error event has (and `stale`).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/visits-chart/define.js';
import { VisitsErrorEvent, type VisitsChart } from '../../src/visits-chart/define.js';
import { NetworkError } from '../../src/api/errors.js';
import type { VisitsSource } from '../../src/api/visits-source.js';

describe('<visits-chart> events', () => {
  it('fires dw-visits-error with { error, kind, message, during, stale }', async () => {
    const error = new NetworkError('https://matomo.example/');
    const src: VisitsSource = { getVisits: () => Promise.reject(error) };
    const el = document.createElement('visits-chart') as VisitsChart;
    el.siteId = '1';
    el.source = src;
    const failed = oneEvent(el, 'dw-visits-error');
    (await fixture(html`<div></div>`)).append(el);
    const event = await failed;
    expect(event).to.be.instanceOf(VisitsErrorEvent);
    expect(event.detail).to.deep.equal({ error, kind: 'network', message: error.message, during: 'load', stale: false });
  });
});
