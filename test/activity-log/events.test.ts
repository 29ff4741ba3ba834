/**
 * <activity-log> speaks the library's vocabulary: `reload()` (and `refresh()`, its deprecated
 * alias), one class per event, `dw-activity-change` for the reader's changes, and the error
 * detail every widget's error event has.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/activity-log/define.js';
import { ActivityChangeEvent, ActivityErrorEvent, ActivityLoadEvent, type ActivityLog } from '../../src/activity-log/define.js';
import { ServerError } from '../../src/api/errors.js';
import type { ActivityEntry, ActivitySource } from '../../src/api/activity-source.js';

const entry = (i: number): ActivityEntry => ({
  id: String(i),
  userLogin: 'admin',
  type: 'Login/UserSignedIn',
  parameters: {},
  datetime: new Date(Date.UTC(2026, 0, 5, 12, i)),
  description: 'signed in',
});

function source(): ActivitySource & { entryCalls: number; fail: boolean } {
  return {
    entryCalls: 0,
    fail: false,
    async getEntries() {
      this.entryCalls++;
      if (this.fail) throw new ServerError('The Activity Log plugin is not active.');
      return [entry(2), entry(1)];
    },
    async getCount() {
      return 2;
    },
    async getViewer() {
      return { superUser: true, logins: ['admin'], emails: {} };
    },
  };
}

async function mount(src: ActivitySource): Promise<ActivityLog> {
  const el = document.createElement('activity-log') as ActivityLog;
  el.source = src;
  const loaded = oneEvent(el, 'dw-activity-load');
  (await fixture(html`<div></div>`)).append(el);
  expect(await loaded).to.be.instanceOf(ActivityLoadEvent);
  return el;
}

describe('<activity-log> events', () => {
  it('reloads with reload(), and with refresh(), its deprecated alias', async () => {
    const src = source();
    const el = await mount(src);
    const calls = src.entryCalls;
    let loaded = oneEvent(el, 'dw-activity-load');
    el.reload();
    await loaded;
    expect(src.entryCalls).to.equal(calls + 1);
    loaded = oneEvent(el, 'dw-activity-load');
    el.refresh();
    await loaded;
    expect(src.entryCalls).to.equal(calls + 2);
  });

  it('fires dw-activity-change (an ActivityChangeEvent) when the reader changes a filter', async () => {
    const el = await mount(source());
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select[part="type-filter"]')!;
    select.dispatchEvent(new FocusEvent('focus'));
    await waitUntil(() => select.options.length > 1, 'the type filter offers no types');
    const changed = oneEvent(el, 'dw-activity-change');
    select.value = select.options[1]!.value;
    select.dispatchEvent(new Event('change'));
    const event = await changed;
    expect(event).to.be.instanceOf(ActivityChangeEvent);
    expect(event.detail.activityType).to.equal(select.options[1]!.value);
  });

  it('fires dw-activity-error with { error, kind, message, during }', async () => {
    const src = source();
    const el = await mount(src);
    src.fail = true;
    const failed = oneEvent(el, 'dw-activity-error');
    el.reload();
    const event = await failed;
    expect(event).to.be.instanceOf(ActivityErrorEvent);
    expect(event.detail).to.deep.include({ kind: 'server', message: 'The Activity Log plugin is not active.', during: 'load' });
    expect(event.detail.error).to.be.instanceOf(ServerError);
  });
});
