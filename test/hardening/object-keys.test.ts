// Server data used as object keys: logins, activity types, parameter keys, site ids, period labels,
// metric names, setting ids and tracker keys named after Object.prototype's members. Each must be
// data like any other: shown as text, never looked up on a plain object's prototype.
import { expect } from '@open-wc/testing';
import { alertText, countCases, deepElements, deepText, guard, json, matomoRouter, until, type Guard, type Router } from './harness.js';
import { ANALYTICS_IDS, mount, unmountAll, WIDGETS, type WidgetSpec } from './widgets.js';

/** Valid Matomo logins, JSON keys and setting ids, all inherited by every plain object. */
const NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty'] as const;

/** JSON text to data: `{"__proto__": …}` becomes an own property, as in a server's answer. */
const parsed = (text: string): unknown => JSON.parse(text);
const q = (s: string) => JSON.stringify(s);
const keyed = (value: (name: string) => string) => NAMES.map((n) => `${q(n)}: ${value(n)}`).join(', ');

const spec = (tag: string): WidgetSpec => WIDGETS.find((w) => w.tag === tag)!;

/** What a widget must never show: a function's source, or "[object Object]". */
function assertNoPrototypeLeak(el: Element, g: Guard) {
  const text = deepText(el);
  expect(text).not.to.match(/\[native code\]|\[object \w+\]/);
  expect(g.errors).to.deep.equal([]);
}

// ------------------------------------------------------------------ activity-log

const utcNow = () => new Date().toISOString().slice(0, 19).replace('T', ' ');

function activityRouter(): Router {
  const entries = () =>
    parsed(
      `[${NAMES.flatMap((n, i) => [
        // The login of the actor.
        `{"id": "login-${i}", "user_login": ${q(n)}, "type": "ActivityLog/UserSignedIn", "description": "signed in as ${n}", "datetime": "${utcNow()}", "parameters": {}}`,
        // The type, the parameter keys, the item types and the item data keys.
        `{"id": "type-${i}", "user_login": "admin", "type": ${q(n)}, "description": "did thing-${n}", "datetime": "${utcNow()}",
          "parameters": {${keyed((k) => q(`param-${k}`))}, "items": [{"type": ${q(n)}, "data": {${keyed((k) => q(`data-${k}`))}, "name": "item-${n}"}}]}}`,
        `{"id": "plugin-${i}", "user_login": "admin", "type": "ActivityLog/${n}", "description": "did plugin-${n}", "datetime": "${utcNow()}",
          "parameters": {"items": [{"type": "setting", "data": {"name": ${q(n)}, "value": ${q(n)}}}]}}`,
      ]).join(', ')}]`,
    );
  const logins = [...NAMES, 'admin'];
  return matomoRouter((method) => {
    switch (method) {
      case 'ActivityLog.getEntries':
        return entries();
      case 'ActivityLog.getEntryCount':
        return { value: String(NAMES.length * 3) };
      case 'UsersManager.hasSuperUserAccess':
        return { value: true };
      case 'UsersManager.getUsersLogin':
        return logins;
      case 'UsersManager.getUsers':
        // Users whose login is a prototype member, with an e-mail address each (for avatars).
        return parsed(`[${logins.map((l) => `{"login": ${q(l)}, "email": "${l.replace(/_/g, '')}@example.com"}`).join(', ')}]`);
      default:
        return { result: 'error', message: `Unknown method ${method}` };
    }
  });
}

describe('gauntlet: <activity-log> with prototype names as server keys', () => {
  let g: Guard;
  afterEach(() => {
    g?.restore();
    unmountAll();
  });
  after(() => countCases('activity-log', 'object keys', 2));

  for (const gravatar of [false, true]) {
    it(`logins, types, parameter keys and item types named ${NAMES.join(', ')} render as text${gravatar ? ' (with avatars)' : ''}`, async () => {
      g = guard(activityRouter());
      const el = await mount(spec('activity-log'), { 'page-size': '25', ...(gravatar ? { gravatar: '', 'avatar-base': '/avatars/' } : {}) });
      const rows = () => Array.from(el.shadowRoot!.querySelectorAll('li.row'));
      await until(() => rows().length === NAMES.length * 3, `${NAMES.length * 3} rows`, 8000);
      expect(alertText(el)).to.equal('');
      for (const n of NAMES) {
        const row = rows().find((r) => r.querySelector('.description')?.textContent === `signed in as ${n}`)!;
        expect(row.querySelector('.who')!.textContent, `the login ${n}`).to.equal(n);
        expect(row.querySelector('.who-note')!.textContent, `the note of ${n}`).to.equal('');
        expect(row.querySelector('.avatar')!.classList.contains('system'), `${n} styled as a system user`).to.equal(false);
        const typed = rows().find((r) => r.querySelector('.description')?.textContent === `did thing-${n}`)!;
        // (The top-level key named like the item's type is not repeated: the item said it already.)
        for (const k of NAMES.filter((k) => k !== n)) expect(typed.textContent, `the details of type ${n}`).to.contain(`param-${k}`);
        expect(typed.textContent).to.contain(`item-${n}`);
      }
      // The user filter lists them as logins (every option is offered once the first rows are painted).
      const options = () => deepElements(el.shadowRoot!).filter((e): e is HTMLOptionElement => e instanceof HTMLOptionElement).map((o) => o.value);
      await until(() => options().includes(NAMES[0]!), 'every option of the user filter', 8000);
      for (const n of NAMES) expect(options(), 'the user filter').to.include(n);
      await new Promise((r) => setTimeout(r, 300));
      assertNoPrototypeLeak(el, g);
    });
  }
});

// ------------------------------------------------------------------ visits-chart

const day = (offset: number) => {
  const d = new Date();
  d.setDate(d.getDate() - offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
/** One period's metrics, with prototype names among the metric names. */
const metricsJson = (v: number) => `{"nb_visits": ${v}, "nb_actions": ${v * 2}, ${keyed(() => '7')}}`;
/** A site's periods, with prototype names among the period labels. */
const periodsJson = (base: number) => `{${[0, 1, 2, 3, 4].map((i) => `"${day(i)}": ${metricsJson(base + i)}`).join(', ')}, ${keyed(() => metricsJson(1))}}`;

function visitsRouter(): Router {
  return matomoRouter((method, params) => {
    const idSite = params.get('idSite') ?? '';
    if (method === 'VisitsSummary.get') {
      if (!idSite.includes(',') && idSite !== 'all') return parsed(periodsJson(100));
      // Several sites: keyed by site id, with prototype names among the ids.
      return parsed(`{"1": ${periodsJson(100)}, "2": ${periodsJson(200)}, ${keyed(() => periodsJson(9))}}`);
    }
    if (method === 'SitesManager.getSitesWithAtLeastViewAccess') return parsed(`[{"idsite": 1, "name": "Shop"}, {"idsite": 2, "name": "Blog"}, ${NAMES.map((n) => `{"idsite": ${q(n)}, "name": "site-${n}"}`).join(', ')}]`);
    if (method === 'SitesManager.getSiteFromId') return { idsite: Number(idSite), name: idSite === '2' ? 'Blog' : 'Shop' };
    return { result: 'error', message: `Unknown method ${method}` };
  });
}

describe('gauntlet: <visits-chart> with prototype names as server keys', () => {
  let g: Guard;
  afterEach(() => {
    g?.restore();
    unmountAll();
  });
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    ['one site: period labels and metric names', { 'site-id': '1' }, /Shop/],
    ['several sites: site ids, period labels and metric names', { 'site-id': '1,2' }, /Blog/],
    ['every site: site ids in the answer and in the list of sites', { 'site-id': 'all' }, /Blog/],
    ['metric names in the metrics and metric attributes', { 'site-id': '1', metrics: `${NAMES.join(',')},nb_visits`, metric: 'constructor' }, /Shop/],
  ];
  after(() => countCases('visits-chart', 'object keys', cases.length));

  for (const [name, attrs, loaded] of cases) {
    it(`${name} named ${NAMES.join(', ')}: the real data shows, nothing else`, async () => {
      g = guard(visitsRouter());
      const el = await mount(spec('visits-chart'), attrs);
      await until(() => loaded.test(deepText(el)) || alertText(el), 'the data', 8000);
      expect(alertText(el)).to.equal('');
      expect(deepText(el)).to.match(/Visits/);
      await new Promise((r) => setTimeout(r, 300));
      assertNoPrototypeLeak(el, g);
    });
  }
});

// ------------------------------------------------------------------ analytics-settings

/** A setting as JSON text, with prototype names among its keys. */
const settingJson = (id: string, value: unknown) => `{"_id": ${q(id)}, "value": ${JSON.stringify(value)}, "packageValue": ${JSON.stringify(value)}, ${keyed(() => '{"value": "prototype"}')}}`;

function settingsRouter(): Router {
  const trackers = `[{"trackerURL": "https://t.example/", "siteId": 3, ${keyed(() => '1')}}]`;
  const values: Record<string, unknown> = { PiwikAnalytics_enabled: true, PiwikAnalytics_url: 'https://matomo.example/', PiwikAnalytics_siteId: '17', PiwikAdditionalTrackers: trackers };
  const list = () =>
    [...ANALYTICS_IDS.map((id) => settingJson(id, Object.hasOwn(values, id) ? values[id] : id.endsWith('enabled') || id.startsWith('Analytics_') ? false : '')), ...NAMES.map((n) => settingJson(n, `setting-${n}`))].join(', ');
  return (call) => {
    if (call.server !== 'rocketchat') return json({ success: false, error: 'not routed' }, 404);
    if (call.method === 'POST') return json({ success: true });
    // Roles and permission ids named after prototype members; the rights to change settings belong to "admin" only.
    if (call.name === 'me') return new Response(`{"_id": "demo-admin", "roles": [${NAMES.map(q).join(', ')}], "success": true, ${keyed(() => 'true')}}`, { headers: { 'Content-Type': 'application/json' } });
    if (call.name === 'permissions.listAll') {
      const update = [
        ...NAMES.map((n) => `{"_id": ${q(n)}, "roles": [${q(n)}]}`),
        ...['edit-privileged-setting', 'manage-selected-settings', ...ANALYTICS_IDS.map((id) => `change-setting-${id}`)].map((id) => `{"_id": ${q(id)}, "roles": ["admin"]}`),
      ];
      return new Response(`{"update": [${update.join(', ')}], "remove": [], "success": true, ${keyed(() => '[]')}}`, { headers: { 'Content-Type': 'application/json' } });
    }
    const all = `[${list()}]`;
    return new Response(`{"settings": ${all}, "count": ${ANALYTICS_IDS.length + NAMES.length}, "offset": 0, "total": ${ANALYTICS_IDS.length + NAMES.length}, "success": true, ${keyed(() => '"x"')}}`, {
      headers: { 'Content-Type': 'application/json' },
    });
  };
}

describe('gauntlet: <analytics-settings> with prototype names as server keys', () => {
  let g: Guard;
  afterEach(() => {
    g?.restore();
    unmountAll();
  });
  after(() => countCases('analytics-settings', 'object keys', 1));

  it(`setting ids, extra keys and tracker keys named ${NAMES.join(', ')}: the form shows the real settings`, async () => {
    g = guard(settingsRouter());
    const el = await mount(spec('analytics-settings'));
    await until(() => /Matomo|Piwik/.test(deepText(el)) && el.shadowRoot!.querySelector('input'), 'the form', 8000);
    const inputs = deepElements(el.shadowRoot!).filter((e): e is HTMLInputElement => e instanceof HTMLInputElement);
    expect(inputs.map((i) => i.value)).to.include('https://matomo.example/');
    expect(inputs.map((i) => i.value).join(' ')).not.to.match(/setting-|prototype/);
    // Roles named like prototype members gain no right: the form is read-only, and says why.
    const url = inputs.find((i) => i.value === 'https://matomo.example/')!;
    expect(url.readOnly || url.disabled, 'the URL field is read-only').to.equal(true);
    expect(deepText(el)).to.contain(`(${NAMES.join(', ')})`);
    // The trackers' extra keys are named as such, as a warning (the chat server ignores them), by
    // the full check of Additional Piwik Sites, which comes with its row editor.
    await until(() => deepText(el).includes('is not used'), 'the trackers judged', 8000);
    for (const n of NAMES) expect(deepText(el)).to.contain(`the key "${n}" is not used`);
    await new Promise((r) => setTimeout(r, 300));
    assertNoPrototypeLeak(el, g);
  });
});
