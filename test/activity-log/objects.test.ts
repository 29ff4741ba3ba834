/**
 * objects.ts and object-key.ts: the objects an entry names, read from the real server's answers
 * (ids as numbers and as strings, annotations with `text`, per-website ids) and from hostile ones;
 * and the `object` filter's keys read back.
 */
import { expect } from '@open-wc/testing';
import { toEntries, type ActivityEntry } from '../../src/api/activity-source.js';
import { describeObjectKey, parseObjectKey } from '../../src/activity-log/object-key.js';
import { entryObjects, entrySites, objectKey } from '../../src/activity-log/objects.js';
import { ENTRY_TESTS } from '../../src/activity-log/entry-tests.js';
import { translator } from '../../src/core/translate.js';
import { answerOf, recording } from '../api/real-matomo.js';
import type { RawEntry } from './fake-matomo.js';

/** Every entry of a recording's answers (those cut when recorded: the entries held whole). */
async function recordedEntries(name: string): Promise<ActivityEntry[]> {
  const raw: RawEntry[] = [];
  const collect = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    for (const item of value) {
      if (item && typeof item === 'object' && !Array.isArray(item) && 'user_login' in item) raw.push(item as RawEntry);
      else collect(item);
    }
  };
  for (const exchange of (await recording(name)).requests) if (exchange.response) collect(answerOf(exchange.response).data);
  return toEntries(raw);
}

const keysOf = (entry: ActivityEntry) => entryObjects(entry).map((o) => `${o.key} ${o.name}`);
const byId = (entries: ActivityEntry[], id: string) => entries.find((e) => e.id === id)!;

/** An entry with these parameters. */
function entry(parameters: unknown): ActivityEntry {
  return toEntries([{ id: '1', user_login: 'alice', type: 'ActivityLog/GoalChanged', parameters: parameters as RawEntry['parameters'], datetime: '2026-01-01 00:00:00', description: '' }])[0]!;
}

describe('entryObjects() and entrySites() on the real server’s answers', () => {
  it('reads users, annotations (their text) and their websites, plugins naming nothing', async () => {
    const entries = await recordedEntries('al-super-default');
    expect(keysOf(byId(entries, '19'))).to.deep.equal(['user:admin admin']);
    expect(keysOf(byId(entries, '20')), 'a plugin is not an object with a history').to.deep.equal([]);
    expect(keysOf(byId(entries, '132'))).to.deep.equal(['annotation:37@2 Viewer bulk 1', 'website:2 Shop (Los Angeles) <b>&</b>']);
    expect(entrySites(byId(entries, '132'))).to.deep.equal(['2']);
    expect(entrySites(byId(entries, '19'))).to.deep.equal([]);
  });

  it('reads ids sent as numbers and as strings alike (a goal 1 of website "1")', async () => {
    const entries = await recordedEntries('al-super-type-goaladded');
    const goal = entries.find((e) => e.type === 'ActivityLog/GoalAdded' && entryObjects(e)[0]?.name === 'Contact form sent')!;
    expect(keysOf(goal)).to.deep.equal(['goal:1@1 Contact form sent', 'website:1 Intranet Portal']);
    expect(entrySites(goal)).to.deep.equal(['1']);
  });

  it('keys annotations per website: annotation 25 of website 2 is not annotation 25 of website 3', async () => {
    const entries = await recordedEntries('al-super-search-firefox');
    const keys = entries.filter((e) => e.type === 'ActivityLog/AnnotationAdded').map((e) => entryObjects(e)[0]!.key);
    expect(keys).to.include.members(['annotation:25@2', 'annotation:25@3', 'annotation:26@1']);
  });
});

describe('entryObjects() and entrySites() on hostile parameters', () => {
  it('keeps objects whose ids are text or finite numbers, up to 200 characters; drops the rest', () => {
    const e = entry({
      items: [
        { type: 'goal', data: { id: '__proto__', name: 'proto' } },
        { type: 'goal', data: { id: { toString: 'x' }, name: 'an object' } },
        { type: 'goal', data: { id: 'x'.repeat(10_000), name: 'long' } },
        { type: 'goal', data: { id: Number.NaN, name: 'NaN' } },
        { type: 'segment', data: { id: 7 } },
        { type: 'user', data: { login: 'constructor' } },
        { type: 'user', data: { id: 3 } },
        { type: '__proto__', data: { id: 1 } },
        { type: 'constructor', data: { id: 1 } },
        null,
        'goal',
        { type: 'goal' },
        { type: 'customdimension', data: { id: 4, name: 'Plan' } },
        { type: 'scheduledreport', data: { id: '2', description: 'Weekly' } },
        { type: 'customalert', data: { id: 5, name: 'Traffic drop' } },
        { type: 'measurable', data: { id: 9, name: '\u202Eevil' } },
      ],
    });
    expect(keysOf(e)).to.deep.equal([
      'goal:__proto__@9 proto',
      'segment:7 ',
      'user:constructor constructor',
      'dimension:4@9 Plan',
      'report:2 Weekly',
      'alert:5 Traffic drop',
      'website:9 \u202Eevil',
    ]);
  });

  it('reads only own properties: a prototype’s items, types or ids are not the entry’s', () => {
    const inherited = Object.create({ items: [{ type: 'goal', data: { id: 1 } }] }) as object;
    expect(entryObjects(entry(inherited))).to.deep.equal([]);
    const data = Object.create({ id: 3 }) as object;
    expect(entryObjects(entry({ items: [{ type: 'goal', data }] }))).to.deep.equal([]);
    expect(entryObjects(entry(JSON.parse('{"items":[{"type":"goal","data":{"id":1,"__proto__":{"name":"x"}}}]}')))[0]).to.include({ key: 'goal:1', name: '' });
  });

  it('finds the website of per-website objects in idsite when no website item names it, and names each once', () => {
    const e = entry({ idSite: 4, items: [{ type: 'goal', data: { id: 2 } }, { type: 'goal', data: { id: 2, name: 'again' } }] });
    expect(keysOf(e)).to.deep.equal(['goal:2@4 ']);
    expect(entrySites(entry({ idsite: '5', idSite: 5, items: [{ type: 'measurable', data: { id: 5 } }] }))).to.deep.equal(['5']);
    expect(entrySites(entry({ idsite: 'y'.repeat(10_000) }))).to.deep.equal([]);
    expect(entrySites(entry([]))).to.deep.equal([]);
    expect(entryObjects(entry([]))).to.deep.equal([]);
    expect(entryObjects(entry({ items: 'goal' }))).to.deep.equal([]);
  });
});

describe('object keys: the object filter’s value', () => {
  const t = translator('en');

  it('reads back every key objectKey() makes', () => {
    for (const [kind, id, site] of [['goal', '1', '3'], ['website', '2'], ['user', 'alice@example.com'], ['segment', '__proto__'], ['annotation', '25', '2']] as const) {
      expect(parseObjectKey(objectKey(kind, id, site))).to.deep.equal({ kind, id, site });
    }
  });

  it('names no object for anything else', () => {
    for (const bad of ['', 'goal', 'goal:', 'goal:1@', 'planet:1', '__proto__:1', 'constructor:1', ':1', `goal:${'1'.repeat(201)}`, '<img src=x>:1']) {
      expect(parseObjectKey(bad), bad.slice(0, 30)).to.equal(undefined);
      expect(describeObjectKey(bad, t)).to.equal('');
      // A key that names no object matches no entry (the banner says what is wrong with it); no key tests nothing.
      const test = ENTRY_TESTS.get('object')!(bad);
      if (bad) expect(test!(entry({ items: [{ type: 'goal', data: { id: 1 } }, { type: 'measurable', data: { id: 3 } }] })), 'matches nothing').to.equal(false);
      else expect(test, 'tests nothing').to.equal(undefined);
    }
  });

  it('says whose history it is, and tests entries by the objects they name', () => {
    expect(describeObjectKey('goal:1@3', t)).to.equal('History of goal 1 (website 3)');
    expect(describeObjectKey('website:2', t)).to.equal('History of website 2');
    expect(describeObjectKey('user:a@b', t)).to.equal('History of user a@b');
    expect(describeObjectKey('goal:1@3', translator('de'))).to.match(/1.*3/);
    const test = ENTRY_TESTS.get('object')!('goal:1@3')!;
    expect(test(entry({ items: [{ type: 'goal', data: { id: 1 } }, { type: 'measurable', data: { id: 3 } }] }))).to.equal(true);
    expect(test(entry({ items: [{ type: 'goal', data: { id: 1 } }, { type: 'measurable', data: { id: 1 } }] }))).to.equal(false);
    expect(test(entry({ items: [{ type: 'measurable', data: { id: 3 } }] }))).to.equal(false);
  });
});
