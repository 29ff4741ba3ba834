import { expect } from '@open-wc/testing';
import { MatomoClient, type MatomoCall } from '../../src/api/matomo.js';
import { isApiError } from '../../src/api/errors.js';
import { toSiteVisits, toSites, VISITS_METRICS } from '../../src/api/visits-source.js';
import { createDemoBackend, DEMO_TOKENS } from '../../src/demo/handler.js';
import { cleanVisits } from '../../src/visits-chart/sanitize.js';
import { buildChartModel } from '../../src/visits-chart/shape.js';
import { parseCalendarDate } from '../../src/core/dates.js';
import { parseTruncatedJson } from './truncated-json.js';

/*
 * The contract of <visits-chart> with a real Matomo: every recorded VisitsSummary exchange of
 * test/fixtures/real-matomo/ (vc-*; the refused, missing and secure-only token ones are the
 * client's authentication contract, tested apart) is
 * - read by the client as the chart reads it: the bulk answer through MatomoClient, each
 *   sub-answer through the parsers the chart uses, and the chart's model of it: `[]` is a gap,
 *   never 0; the sites' time zones are read;
 * - sent as it was to the demo backend, set to the instant the recording was made, whose answer
 *   must have the same status and shape: the same bulk length and order, errors with the same
 *   message, sites keyed alike, the same period labels, `[]` where the real server said `[]` (for
 *   the days the real sites had data for: from 5 October 2026), the same metric names and value
 *   types, and site objects with the same fields and time zones.
 * The recorded answers are cut at 3,000 characters: what is there is compared.
 */

interface Recording {
  name: string;
  requests: Array<{ method: string; url: string; body: string; status: number; ctype: string; response: string }>;
}

/**
 * The recordings and when each was made (the day was 6 December 2026, UTC): an instant at which
 * each site's today is the one the recording shows.
 */
const RECORDINGS: Record<string, number> = {
  'vc-all-super-month': Date.UTC(2026, 11, 6, 12),
  'vc-compare-s1-day': Date.UTC(2026, 11, 6, 12),
  'vc-compare-s1-month': Date.UTC(2026, 11, 6, 12),
  // Several sites asked with lastN: before 08:00 UTC, while Los Angeles was still on the 5th.
  'vc-multi-1-2-day': Date.UTC(2026, 11, 6, 6),
  'vc-range-nov': Date.UTC(2026, 11, 6, 12),
  'vc-s1-day-last30': Date.UTC(2026, 11, 6, 12),
  'vc-s1-day-tzTokyo': Date.UTC(2026, 11, 6, 17),
  'vc-s1-month-last3': Date.UTC(2026, 11, 6, 12),
  'vc-s1-week-last8': Date.UTC(2026, 11, 6, 12),
  'vc-s1-year-last2': Date.UTC(2026, 11, 6, 12),
  // Los Angeles on the 6th: after 08:00 UTC.
  'vc-s2-LA-day-tzLA': Date.UTC(2026, 11, 6, 12),
  'vc-s2-LA-day-tzTokyo': Date.UTC(2026, 11, 6, 17),
  'vc-s2-LA-day-tzUTC': Date.UTC(2026, 11, 6, 12),
  // Just after midnight in Kolkata (18:30 UTC): its 7th has no visits yet.
  'vc-s3-kolkata-after-midnight': Date.UTC(2026, 11, 6, 18, 30, 20),
  // Kolkata still on the 6th: before 18:30 UTC.
  'vc-s3-kolkata-day-tzUTC': Date.UTC(2026, 11, 6, 12),
  'vc-site1-day': Date.UTC(2026, 11, 6, 12),
  'vc-view-no-access-site3': Date.UTC(2026, 11, 6, 12),
  'vc-view-sites-1-3': Date.UTC(2026, 11, 6, 12),
};

/** The first day the real server's sites had visits: earlier periods were empty there only because the sites did not exist. */
const FIRST_DATA_DAY = '2026-10-05';

const TOKENS: Record<string, string> = { '<SUPER>': DEMO_TOKENS.matomoSuperUser, '<VIEW>': DEMO_TOKENS.matomoViewer };
const METRICS = new Set<string>(VISITS_METRICS);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isError = (v: unknown) => isObject(v) && v.result === 'error';
const isEmpty = (v: unknown) => Array.isArray(v) && v.length === 0;
const kind = (v: unknown) => (isEmpty(v) ? '[]' : isError(v) ? 'error' : Array.isArray(v) ? 'list' : typeof v);

/** The last day of a period label (`2026-12-06`, `2026-11-30,2026-12-06`, `2026-12`, `2026`). */
function periodEnd(label: string): string {
  if (label.length === 4) return `${label}-12-31`;
  if (label.length === 7) {
    const first = parseCalendarDate(label)!;
    return new Date(Date.UTC(first.getFullYear(), first.getMonth() + 1, 0)).toISOString().slice(0, 10);
  }
  return label.slice(-10);
}

async function load(name: string): Promise<Recording> {
  const response = await fetch(`/test/fixtures/real-matomo/${name}.json`);
  expect(response.ok, `${name}.json`).to.equal(true);
  return (await response.json()) as Recording;
}

/**
 * A recorded bulk body, which the recordings keep decoded once for reading
 * (`token_auth=<SUPER>&urls[0]=method=VisitsSummary.get&idSite=1&…&urls[1]=…`): the outer
 * parameters and each sub-request's query string.
 */
function readBody(body: string): { outer: string; subs: string[] } {
  const [outer, ...subs] = body.split(/&urls\[\d+\]=/);
  return { outer: outer!, subs };
}

/** The body as it went over the wire (each sub-request encoded), tokens replaced by the demo's. */
function wireBody(body: string): string {
  const { outer, subs } = readBody(body);
  const tokens = Object.entries(TOKENS).reduce((text, [placeholder, token]) => text.split(placeholder).join(encodeURIComponent(token)), outer);
  return [tokens, ...subs.map((sub, i) => `urls[${i}]=${encodeURIComponent(sub)}`)].join('&');
}

describe('the visits contract: recorded answers of a real Matomo 5.1.2, read by the client and answered alike by the demo backend', () => {
  for (const [name, instant] of Object.entries(RECORDINGS)) {
    describe(name, () => {
      let recording: Recording;
      let real: unknown;
      let incomplete: Set<object>;
      let subs: URLSearchParams[];
      before(async () => {
        recording = await load(name);
        expect(recording.requests, 'one bulk request').to.have.length(1);
        const parsed = parseTruncatedJson(recording.requests[0]!.response);
        real = parsed.value;
        incomplete = parsed.incomplete;
        subs = readBody(recording.requests[0]!.body).subs.map((sub) => new URLSearchParams(sub));
      });

      it('is read by the client as the chart reads it', async () => {
        const [request] = recording.requests;
        const answer = real as unknown[];
        // The client sends the recorded calls (as many as the recording kept the answers of) and reads the answer.
        const calls: MatomoCall[] = subs.slice(0, answer.length).map((sub) => {
          const params = Object.fromEntries(sub);
          const { method, ...rest } = params;
          return { method: method!, params: rest };
        });
        const fake = (async () => new Response(JSON.stringify(answer), { status: request!.status, headers: { 'Content-Type': request!.ctype } })) as typeof fetch;
        const client = new MatomoClient({ apiBase: new URL(request!.url).origin, token: 'token', fetch: fake });
        const read = await client.bulk(calls);
        expect(read).to.have.length(answer.length);

        read.forEach((value, i) => {
          const sub = subs[i]!;
          const raw = answer[i];
          const at = `urls[${i}] ${sub.get('method')}`;
          if (isError(raw)) {
            expect(isApiError(value), at).to.equal(true);
            expect((value as Error).message, at).to.equal((raw as { message: string }).message);
            expect((value as { kind: string }).kind, at).to.equal('permission');
            return;
          }
          expect(isApiError(value), at).to.equal(false);
          if (sub.get('method') === 'VisitsSummary.get') {
            const idSite = sub.get('idSite')!;
            const several = idSite === 'all' || idSite.includes(',');
            // Keyed by site for several (a site the recording cut off is not there to read).
            const sites = toSiteVisits(value, several ? null : [idSite]);
            const period = sub.get('period') as 'day' | 'week' | 'month' | 'year';
            const { result, droppedPeriods, droppedValues } = cleanVisits({ current: sites }, period, new Date(2026, 11, 6));
            expect([droppedPeriods, droppedValues], `${at}: nothing left out`).to.deep.equal([0, 0]);
            for (const site of result.current) {
              const byLabel = (several ? (raw as Record<string, unknown>)[site.idSite] : raw) as Record<string, Record<string, number> | []>;
              expect(site.points.map((p) => p.label), at).to.deep.equal(Object.keys(byLabel).sort());
              const model = buildChartModel({ current: [site] }, 'nb_visits', period, new Set(), '2026-12-06');
              site.points.forEach((point, k) => {
                const metrics = byLabel[point.label]!;
                if (isEmpty(metrics)) {
                  // Matomo's []: no data, drawn as a gap, never as 0.
                  expect(point.metrics, `${at} ${point.label}`).to.equal(null);
                  expect([model.series[0]!.values[k], model.series[0]!.gaps[k]], `${at} ${point.label}`).to.deep.equal([null, 'no-data']);
                } else if (typeof (metrics as Record<string, number>).nb_visits === 'number') {
                  expect(point.metrics!.nb_visits, `${at} ${point.label}`).to.equal((metrics as Record<string, number>).nb_visits);
                  expect(model.series[0]!.values[k], `${at} ${point.label}`).to.equal((metrics as Record<string, number>).nb_visits);
                }
                if (!isEmpty(metrics) && period === 'year') {
                  // Matomo does not count unique visitors for years: "not available", not 0.
                  expect(point.metrics, at).not.to.have.property('nb_uniq_visitors');
                  const uniques = buildChartModel({ current: [site] }, 'nb_uniq_visitors', period, new Set());
                  expect(uniques.series[0]!.gaps[k], at).to.equal('not-available');
                }
              });
            }
          } else {
            const list = Array.isArray(raw) ? raw : [raw];
            const sites = toSites(Array.isArray(value) ? value : [value]);
            // The time zone of every site the recording kept it of.
            const complete = list.filter((s) => isObject(s) && typeof s.timezone === 'string' && !incomplete.has(s as object)) as Array<{ idsite: number; timezone: string }>;
            for (const site of complete) {
              expect(sites.find((s) => s.idSite === String(site.idsite))?.timezone, `${at} site ${site.idsite}`).to.equal(site.timezone);
            }
          }
        });
      });

      it('is answered by the demo backend with the same status and shape', async () => {
        const [request] = recording.requests;
        const backend = createDemoBackend({ now: instant });
        const body = wireBody(request!.body);
        const url = new URL(request!.url);
        const response = await backend.handle(
          new Request(`http://127.0.0.1${url.pathname}${url.search}`, {
            method: request!.method,
            body,
            headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' },
          }),
        );
        expect(response.status).to.equal(request!.status);
        expect(response.headers.get('content-type')).to.match(/^application\/json/);
        const demo = (await response.json()) as unknown[];
        const answer = real as unknown[];
        expect(demo, 'one answer per sub-request').to.have.length(subs.length);
        if (!incomplete.has(answer)) expect(answer).to.have.length(subs.length);

        const same = (r: unknown, d: unknown, at: string): void => {
          expect(kind(d), `${at}: ${JSON.stringify(d).slice(0, 120)}`).to.equal(kind(r));
          if (isObject(r) && isObject(d)) {
            const keys = Object.keys(r);
            if (incomplete.has(r)) expect(Object.keys(d), at).to.include.members(keys);
            else expect(Object.keys(d).sort(), at).to.deep.equal([...keys].sort());
          }
        };
        const metricsAlike = (r: unknown, d: unknown, at: string) => {
          same(r, d, at);
          if (!isObject(r) || !isObject(d)) return;
          for (const key of Object.keys(r)) {
            expect(METRICS.has(key), `${at}: ${key} is a metric`).to.equal(true);
            expect(typeof d[key], `${at}.${key}`).to.equal(typeof r[key]);
          }
        };
        const periodsAlike = (r: unknown, d: unknown, at: string) => {
          expect(isObject(d), `${at}: ${JSON.stringify(d).slice(0, 120)}`).to.equal(true);
          const realLabels = Object.keys(r as object);
          const demoLabels = Object.keys(d as object);
          if (incomplete.has(r as object)) expect(demoLabels.slice(0, realLabels.length), at).to.deep.equal(realLabels);
          else expect(demoLabels, at).to.deep.equal(realLabels);
          for (const label of realLabels) {
            const rv = (r as Record<string, unknown>)[label];
            const dv = (d as Record<string, unknown>)[label];
            if (periodEnd(label) >= FIRST_DATA_DAY) expect(kind(dv), `${at} ${label}: [] where the real server said [], data where it had data`).to.equal(kind(rv));
            if (isObject(rv) && isObject(dv)) metricsAlike(rv, dv, `${at} ${label}`);
          }
        };

        answer.forEach((r, i) => {
          const sub = subs[i]!;
          const d = demo[i];
          const at = `urls[${i}] ${sub.get('method')} ${sub.get('idSite') ?? ''} ${sub.get('period') ?? ''} ${sub.get('date') ?? ''}`;
          if (isError(r)) {
            expect(d, at).to.deep.equal(r);
            return;
          }
          expect(isError(d), `${at}: ${JSON.stringify(d).slice(0, 160)}`).to.equal(false);
          const method = sub.get('method');
          if (method === 'VisitsSummary.get') {
            const idSite = sub.get('idSite')!;
            if (idSite === 'all' || idSite.includes(',')) {
              same(r, d, at);
              for (const site of Object.keys(r as object)) periodsAlike((r as Record<string, unknown>)[site], (d as Record<string, unknown>)[site], `${at} site ${site}`);
            } else {
              periodsAlike(r, d, at);
            }
          } else {
            const realSites = (Array.isArray(r) ? r : [r]) as Array<Record<string, Json>>;
            const demoSites = (Array.isArray(d) ? d : [d]) as Array<Record<string, Json>>;
            realSites.forEach((site, k) => {
              const other = demoSites[k]!;
              same(site, other, `${at} site ${k}`);
              for (const key of Object.keys(site)) expect(typeof other[key], `${at} site ${site.idsite}.${key}`).to.equal(typeof site[key]);
              expect(other.idsite).to.equal(site.idsite);
              if (typeof site.timezone === 'string' && !incomplete.has(site)) expect(other.timezone, `${at} site ${site.idsite}`).to.equal(site.timezone);
            });
          }
        });
      });
    });
  }

  it('reads a recorded answer cut short as far as it goes (the test’s own reader)', () => {
    const { value, incomplete } = parseTruncatedJson('[{"a":1,"b":[],"c":{"d":"x"}},{"e":[1,2,{"f":0.5},"g');
    expect(value).to.deep.equal([{ a: 1, b: [], c: { d: 'x' } }, { e: [1, 2, { f: 0.5 }] }]);
    const [first, second] = value as [object, { e: object }];
    expect([incomplete.has(value as object), incomplete.has(first), incomplete.has(second), incomplete.has(second.e)]).to.deep.equal([true, false, true, true]);
    expect(parseTruncatedJson('{"n":12').value, 'a number cut short is left out').to.deep.equal({});
    expect(parseTruncatedJson('{"complete":true}').incomplete.size).to.equal(0);
  });
});
