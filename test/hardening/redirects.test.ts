// An API server that redirects to another origin (misconfigured, or compromised): the request must
// not follow, so the token never reaches the other origin and its answer is never shown. Real HTTP:
// the test server answers `/redirecting/<status>/…` with a redirect to a second loopback origin
// (test/hardening/hostile-origin.mjs), which records everything it receives.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { alertText, countCases, deepText, retryButtons, until, TOKEN } from './harness.js';
import { mount, unmountAll, WIDGETS, type WidgetSpec } from './widgets.js';

interface Received {
  method: string;
  path: string;
  body: string;
  authToken: string;
  userId: string;
}
interface HostileReport {
  origin: string;
  received: Received[];
  redirects: number;
}

const MARK = 'HOSTILE-ANSWER';
const hostile = (action: 'reset' | 'received') => executeServerCommand('hostile-origin', { action }) as Promise<HostileReport>;

/** The redirects each widget meets: what a server answers to its POSTs (Matomo) or GETs (Rocket.Chat). */
const STATUSES: Record<WidgetSpec['server'], number[]> = { matomo: [307, 302], rocketchat: [302, 307] };

for (const spec of WIDGETS) {
  describe(`gauntlet: <${spec.tag}> against a server that redirects to another origin`, () => {
    afterEach(() => unmountAll());
    after(() => countCases(spec.tag, 'redirects', STATUSES[spec.server].length));

    for (const status of STATUSES[spec.server]) {
      it(`HTTP ${status}: the other origin receives nothing (no token), its answer is not shown, the message names the cause, no retry by itself`, async () => {
        await hostile('reset');
        const el = await mount(spec, { 'api-base': `/redirecting/${status}/${spec.server === 'matomo' ? 'matomo' : 'chat'}/` });
        const message = await until(() => alertText(el), 'an error message', 8000);
        expect(message).to.match(/another address/);
        expect(message).to.contain('api-base');
        await new Promise((r) => setTimeout(r, 1200));

        const report = await hostile('received');
        expect(report.redirects, 'the widget asked the redirecting server').to.be.greaterThan(0);
        for (const r of report.received) {
          expect(r.body, `the body of ${r.method} ${r.path}`).not.to.contain(TOKEN);
          expect(r.authToken, `X-Auth-Token of ${r.method} ${r.path}`).not.to.equal(TOKEN);
          expect(r.userId, `X-User-Id of ${r.method} ${r.path}`).to.equal('');
        }
        expect(report.received, 'requests that reached the other origin').to.deep.equal([]);
        expect(deepText(el), 'the other origin\'s answer on screen').not.to.contain(MARK);
        for (const input of el.shadowRoot!.querySelectorAll('input')) expect(input.value).not.to.match(new RegExp(MARK, 'i'));

        // A redirect does not go away by asking again: no Retry is offered, and none happens by itself.
        expect(retryButtons(el).filter((b) => /^retry$/i.test(b.textContent!.trim())), 'a Retry button').to.deep.equal([]);
        const asked = report.redirects;
        await new Promise((r) => setTimeout(r, 1200));
        expect((await hostile('received')).redirects, 'requests after the failure').to.equal(asked);
      });
    }
  });
}
