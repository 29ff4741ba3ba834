import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/activity-log/define.js';
import '../../src/visits-chart/define.js';
import type { ActivityLog } from '../../src/activity-log/activity-log.js';
import type { VisitsChart } from '../../src/visits-chart/visits-chart.js';
import { forgetSignIns } from '../../src/api/sign-ins.js';
import { DEMO_TOKENS } from '../../src/demo/handler.js';

// What a reader of a real Matomo gets when the token is refused, the server is out of reach or
// the network is blocked, and how many failed sign-ins a page costs. The widgets talk to the demo
// backend over HTTP: on a second loopback origin, so the browser applies CORS as it does to a real
// Matomo elsewhere (a refused token's 401 has no CORS headers: fetch fails), or on the page's own.
// The demo counts failed sign-ins per address, as Matomo does, and blocks after 20.

type Widget = ActivityLog | VisitsChart;

let elsewhere = '';
const failedSignIns = async (reset = false) => ((await executeServerCommand('demo-matomo', { reset })) as { failedSignIns: number }).failedSignIns;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const errorText = (el: Widget) => text(el.shadowRoot!.querySelector('[part="error"]'));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** A wait for a quiet moment: what a widget would send by itself has gone out by then. */
const quiet = () => sleep(400);

before(async () => {
  elsewhere = ((await executeServerCommand('cross-origin-demo')) as { origin: string }).origin;
});

beforeEach(async () => {
  forgetSignIns(); // a fresh page load
  await executeServerCommand('demo-matomo', { reset: true, corsOrigins: 'page', signInLimits: 'default' });
});

afterEach(async () => {
  await executeServerCommand('demo-matomo', { reset: true, corsOrigins: 'page', signInLimits: 'default' });
});

async function activityLog(apiBase: string, token: string, extra: { refreshInterval?: number } = {}): Promise<ActivityLog> {
  return fixture<ActivityLog>(html`<activity-log api-base=${apiBase} .token=${token} refresh-interval=${extra.refreshInterval ?? 0}></activity-log>`);
}

async function visitsChart(apiBase: string, token: string): Promise<VisitsChart> {
  return fixture<VisitsChart>(html`<visits-chart api-base=${apiBase} .token=${token} site-id="1" date="last7"></visits-chart>`);
}

const failed = (el: Widget) => waitUntil(() => errorText(el) !== '', 'no error shown', { timeout: 10_000 });

describe('a refused token, from another origin (a 401 without CORS headers)', () => {
  it('<activity-log> names it, says what to do, and costs one failed sign-in', async () => {
    const el = await activityLog(`${elsewhere}/matomo/`, 'a-revoked-token');
    await failed(el);
    expect(errorText(el)).to.contain(`The server at ${elsewhere} refused the access token: check it, or renew it in Matomo`);
    expect(errorText(el)).to.contain('failed sign-in');
    expect(errorText(el)).not.to.contain('Could not reach');
    expect(text(el.shadowRoot!.querySelector('[part="retry-button"]'))).to.equal('Try again');
    await quiet();
    expect(await failedSignIns()).to.equal(1);
  });

  it('<visits-chart> names it too, with one failed sign-in', async () => {
    const el = await visitsChart(`${elsewhere}/matomo/`, 'a-revoked-token');
    await failed(el);
    expect(errorText(el)).to.contain('refused the access token: check it, or renew it');
    await quiet();
    expect(await failedSignIns()).to.equal(1);
  });

  it('two widgets of one page with the same server and token spend one failed sign-in between them', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <activity-log api-base=${`${elsewhere}/matomo/`} .token=${'a-revoked-token'}></activity-log>
      <visits-chart api-base=${`${elsewhere}/matomo/`} .token=${'a-revoked-token'} site-id="1" date="last7"></visits-chart>
    </div>`);
    const [log, chart] = [page.querySelector('activity-log')!, page.querySelector('visits-chart')!];
    await Promise.all([failed(log), failed(chart)]);
    for (const el of [log, chart]) expect(errorText(el)).to.contain('refused the access token');
    await quiet();
    expect(await failedSignIns()).to.equal(1);
  });

  it('is never tried again by itself; the reader\'s Try again spends one more attempt, and only one', async () => {
    const log = await activityLog(`${elsewhere}/matomo/`, 'a-revoked-token');
    const chart = await visitsChart(`${elsewhere}/matomo/`, 'a-revoked-token');
    await Promise.all([failed(log), failed(chart)]);
    // Filter changes, reconnection, time passing: nothing is sent with the refused token.
    log.activityType = 'ActivityLog/GoalAdded';
    chart.period = 'week';
    log.remove();
    document.body.append(log);
    await sleep(1000);
    expect(await failedSignIns()).to.equal(1);
    (log.shadowRoot!.querySelector('[part="retry-button"]') as HTMLButtonElement).click();
    await waitUntil(() => errorText(log).includes('refused'), 'no error after Try again');
    await quiet();
    expect(await failedSignIns()).to.equal(2);
    log.remove();
  });

  it('stops live updates at once: no refresh is tried, and it says so', async () => {
    const el = await activityLog(`${elsewhere}/matomo/`, 'a-revoked-token', { refreshInterval: 5 });
    await failed(el);
    await waitUntil(() => text(el.shadowRoot!.querySelector('[part="live-status"]')) === 'Live updates stopped', 'live updates not stopped');
    // The tab coming back to the foreground would refresh at once, if live updates were running.
    document.dispatchEvent(new Event('visibilitychange'));
    await sleep(1000);
    expect(await failedSignIns()).to.equal(1);
    expect(text(el.shadowRoot!.querySelector('[part="pause-button"]'))).to.equal('Resume live updates');
    // Resume is the reader asking: one more attempt, which loads the page again.
    (el.shadowRoot!.querySelector('[part="pause-button"]') as HTMLButtonElement).click();
    await sleep(200);
    await waitUntil(() => errorText(el).includes('refused'), 'no error after Resume');
    await quiet();
    expect(await failedSignIns()).to.equal(2);
    expect(text(el.shadowRoot!.querySelector('[part="live-status"]'))).to.equal('Live updates stopped');
  });
});

describe('a refused token, on the server\'s own origin (a readable 401)', () => {
  it('stops live updates that were already running, and says so', async () => {
    // Live updates' code is on the page already (another widget used it): they start before the load fails.
    await activityLog('/matomo/', DEMO_TOKENS.matomoSuperUser, { refreshInterval: 5 });
    const el = await activityLog('/matomo/', 'a-revoked-token', { refreshInterval: 5 });
    await failed(el);
    expect(errorText(el)).to.contain('refused the access token');
    await waitUntil(() => text(el.shadowRoot!.querySelector('[part="live-status"]')) === 'Live updates stopped', 'live updates not stopped');
    document.dispatchEvent(new Event('visibilitychange'));
    await sleep(500);
    expect(await failedSignIns()).to.equal(1);
  });
});

describe('a server that does not answer this page (not in cors_domains)', () => {
  it('says so, with the setting to change and the origin to list; a good token costs no failed sign-in', async () => {
    await executeServerCommand('demo-matomo', { corsOrigins: [] });
    const el = await activityLog(`${elsewhere}/matomo/`, DEMO_TOKENS.matomoSuperUser);
    await failed(el);
    expect(errorText(el)).to.contain(`Could not reach the server at ${elsewhere}, or it does not answer this page`);
    expect(errorText(el)).to.contain(`Matomo's cors_domains lists ${location.origin}`);
    expect(text(el.shadowRoot!.querySelector('[part="retry-button"]'))).to.equal('Retry');
    expect(await failedSignIns()).to.equal(0);
  });

  it('is told apart from a refused token by one request without the token (which costs no failed sign-in)', async () => {
    await executeServerCommand('demo-matomo', { corsOrigins: [] });
    const el = await visitsChart(`${elsewhere}/matomo/`, 'a-revoked-token');
    await failed(el);
    // Not readable either: the page cannot tell more than "out of reach or not answering".
    expect(errorText(el)).to.contain('or it does not answer this page');
    expect(await failedSignIns()).to.equal(1);
  });
});

describe('a network blocked after too many failed sign-ins', () => {
  beforeEach(async () => {
    // A block after one failed sign-in (Matomo's is 20), reached with one refused request.
    await executeServerCommand('demo-matomo', { signInLimits: { limit: 1 } });
    await fetch('/matomo/index.php?module=API&method=API.getMatomoVersion&format=JSON', { method: 'POST', body: new URLSearchParams({ token_auth: 'wrong' }) });
  });

  it('on the server\'s own origin (readable): says so, and that it will lift', async () => {
    const el = await activityLog('/matomo/', DEMO_TOKENS.matomoSuperUser);
    await failed(el);
    expect(errorText(el)).to.contain('Too many failed sign-ins from this network');
    expect(errorText(el)).to.contain('Try again later');
    expect(errorText(el)).not.to.contain('Check the token');
    // A blocked network is not tried again by itself either.
    await sleep(500);
    expect(await failedSignIns()).to.equal(1);
  });

  it('from another origin (the 500 has no CORS headers either): the message names that possibility', async () => {
    const el = await visitsChart(`${elsewhere}/matomo/`, DEMO_TOKENS.matomoSuperUser);
    await failed(el);
    expect(errorText(el)).to.contain('A network blocked after too many failed sign-ins looks the same');
  });
});

describe('a token that works, from another origin', () => {
  it('loads with one request for the first view, and costs no failed sign-in', async () => {
    const since = performance.now();
    const el = await activityLog(`${elsewhere}/matomo/`, DEMO_TOKENS.matomoSuperUser);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('li.row:not(.skeleton-row)').length === 25, 'no rows', { timeout: 10_000 });
    const loads = performance.getEntriesByType('resource').filter((r) => r.startTime >= since && r.name.startsWith(`${elsewhere}/matomo/index.php`));
    expect(loads).to.have.length(1);
    expect(await failedSignIns()).to.equal(0);
  });
});
