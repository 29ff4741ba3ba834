/**
 * dashboard-widgets/react in a React 18 application (React 18.3 from npm, bundled by esbuild):
 * plain tags would get numbers and objects as attributes ("[object Object]") and no events; the
 * wrappers set properties and listen to the events.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { DEMO_TOKENS } from '../../src/demo/handler.js';
import type { ActivityLog } from '../../src/activity-log/activity-log.js';
import type { ActivityLoadEvent } from '../../src/activity-log/events.js';
import type * as App from './react18-app.js';

// Served by the test runner: test/react/react18-app.ts with React 18, bundled.
const BUNDLE: string = '/test/react/react18-app.bundle.js';

const noFilters = { user: '', activityType: '', dateFrom: '', dateTo: '', search: '', site: '', ip: '', object: '' };

describe('dashboard-widgets/react in React 18', () => {
  let app: typeof App;
  let container: HTMLElement;
  before(async () => {
    app = (await import(BUNDLE)) as typeof App;
  });
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  it('is React 18', () => {
    expect(app.version).to.match(/^18\./);
  });

  it('sets a number and an object as properties and hands the load event to its prop', async () => {
    const loads: ActivityLoadEvent[] = [];
    const filters = { ...noFilters, user: 'admin' };
    const mounted = app.mount(container, { token: DEMO_TOKENS.matomoSuperUser, pageSize: 5, filters, onLoad: (e) => loads.push(e) });
    const el = container.querySelector('activity-log') as ActivityLog;
    expect(el, 'the wrapper renders <activity-log>').to.exist;
    expect(el.pageSize).to.equal(5);
    expect(el.filters.user).to.equal('admin');
    expect(el.hasAttribute('filters'), 'no "[object Object]" attribute').to.be.false;

    await waitUntil(() => loads.length > 0, 'onDwActivityLoad was called', { timeout: 10_000 });
    const first = loads[0]!;
    expect(first.type).to.equal('dw-activity-load');
    expect(first.detail.pageSize).to.equal(5);
    expect(first.detail.filters.user).to.equal('admin');
    expect(first.detail.entries.length).to.be.within(1, 5);
    expect(first.detail.entries.every((e) => e.userLogin === 'admin')).to.be.true;
    await el.updateComplete;
    const shown = el.shadowRoot!.querySelectorAll('[part~="row"]');
    expect(shown.length, 'rows shown').to.equal(first.detail.entries.length);

    // New props from React reach the element as properties, and the element loads again.
    mounted.update({ token: DEMO_TOKENS.matomoSuperUser, pageSize: 3, filters: noFilters, onLoad: (e) => loads.push(e) });
    expect(el.pageSize).to.equal(3);
    await waitUntil(() => loads.some((e) => e.detail.pageSize === 3 && e.detail.filters.user === ''), 'a load with the new props', { timeout: 10_000 });
    mounted.root.unmount();
  });
});
