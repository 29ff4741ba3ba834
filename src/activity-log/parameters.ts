import { isRecord } from '../core/records.js';
import { english, type Translator } from '../core/translate.js';
import type { Text } from '../i18n/types.js';
import { humanize } from './catalogue.js';
import { clip } from './text.js';

/** One detail of an activity, as plain text: `{ label: 'Goal', value: 'Newsletter sign-up' }`. */
export interface ActivityDetail {
  label: string;
  value: string;
}

type Data = Record<string, unknown>;

const MAX_DETAILS = 8;
const MAX_VALUE = 160;

/**
 * What the Activity Log plugin's parameter items mean, by item type: the ones its answers carry
 * (measured: `annotation`, `goal`, `measurable`, `plugin`, `scheduledreport`, `user`) and those
 * of its other activities, in the words of `t`. Types are server data, hence a Map; others are
 * rendered generically.
 */
const ITEMS = new Map<string, (d: Data, t: Translator) => ActivityDetail[]>([
  // The annotation's note and the day it is about (`text`, `date`), not a name.
  [
    'annotation',
    (d, t) => {
      const note = scalar(d.text) || scalar(d.note) || (scalar(d.id) && t.t('id {id}', { id: scalar(d.id) }));
      const date = scalar(d.date);
      return detail(t.t('Annotation'), note && date ? t.t('{note} ({date})', { note, date }) : note || (date && `(${date})`));
    },
  ],
  // A goal's revenue as the server sent it (no currency is known).
  ['goal', (d, t) => detail(t.t('Goal'), isAmount(d.revenue) ? t.t('{goal}, revenue {revenue}', { goal: withId(d, [scalar(d.name)], t), revenue: scalar(d.revenue) }) : withId(d, [scalar(d.name)], t))],
  ['measurable', (d, t) => detail(t.text(MEASURABLES.get(scalar(d.type)) ?? { key: 'Website' }), withId(d, [scalar(d.name)], t) + list(d.urls, ' – '))],
  ['user', (d, t) => detail(t.t('User'), [scalar(d.login) || scalar(d.name), scalar(d.email) && `(${scalar(d.email)})`].filter(Boolean).join(' '))],
  ['plugin', (d, t) => detail(t.t('Plugin'), [scalar(d.name), scalar(d.version), d.active === true ? t.t('(active)') : d.active === false ? t.t('(inactive)') : ''].filter(Boolean).join(' '))],
  ['component', (d, t) => detail(t.t('Component'), [scalar(d.name), scalar(d.version)].filter(Boolean).join(' '))],
  ['scheduledreport', (d, t) => detail(t.t('Report'), withId(d, [scalar(d.description) || scalar(d.name)], t) + schedule(d, t))],
  ['segment', (d, t) => detail(t.t('Segment'), [withId(d, [scalar(d.name)], t), scalar(d.definition)].filter(Boolean).join(' – '))],
  ['setting', (d, t) => [{ label: scalar(d.name) || t.t('Setting'), value: settingValue(d.value, t) }]],
  ['access', (d, t) => detail(t.t('Access'), scalar(d.access))],
  ['capability', (d, t) => detail(t.t('Capability'), scalar(d.name) || scalar(d.capability))],
  ['customalert', (d, t) => detail(t.t('Alert'), withId(d, [scalar(d.name)], t))],
  ['customdimension', (d, t) => detail(t.t('Custom dimension'), withId(d, [scalar(d.name), scalar(d.scope) && `(${scalar(d.scope)})`], t))],
  ['social', (d, t) => detail(t.t('Social network'), withId(d, [scalar(d.name)], t))],
  // Items of other plugins that carry a named thing.
  ...(
    [
      ['experiment', { key: 'A/B test' }],
      ['heatmap', { key: 'Heatmap' }],
      ['sessionrecording', { key: 'Session recording' }],
      ['customreport', { key: 'Custom report' }],
      ['form', { key: 'Form' }],
      ['funnel', { key: 'Funnel' }],
      ['searchengine', { key: 'Search engine' }],
      ['container', { key: 'Container' }],
      ['tag', { key: 'Tag', context: 'Tag Manager' }],
      ['trigger', { key: 'Trigger' }],
      ['variable', { key: 'Variable' }],
    ] as const
  ).map(([type, label]) => [type, (d: Data, t: Translator) => detail(t.text(label), withId(d, [scalar(d.name) || scalar(d.title)], t))] as const),
]);

/** A measurable's kind, as its item's `type` names it. */
const MEASURABLES = new Map<string, Text>([
  ['website', { key: 'Website' }],
  ['mobileapp', { key: 'App' }],
  ['intranet', { key: 'Intranet site' }],
]);

/** Labels of top-level keys some activities carry next to `items` (server keys, hence a Map). */
const KEY_LABELS = new Map<string, Text>([
  ['version_old', { key: 'From version' }],
  ['version_new', { key: 'To version' }],
  ['login', { key: 'Login' }],
  ['idsite', { key: 'Website id' }],
  ['idSite', { key: 'Website id' }],
  ['has_access', { key: 'Super user access' }],
  ['provider', { key: 'Provider' }],
  ['email', { key: 'E-mail' }],
]);

/**
 * The details Matomo keeps in an entry's `parameters` (`{items: [{type, data}], ...}`), as labelled
 * plain text: the goal, site, user, plugin, note or setting concerned. Unknown item types and odd
 * shapes are rendered generically; nothing here is ever treated as HTML. In the words of `t`
 * (English by default: searches match it).
 */
export function describeParameters(parameters: unknown, t: Translator = english): ActivityDetail[] {
  if (!isRecord(parameters)) return [];
  const details: ActivityDetail[] = [];
  const items = Array.isArray(parameters.items) ? parameters.items : [];
  for (const item of items) {
    if (!isRecord(item)) continue;
    const type = typeof item.type === 'string' ? item.type : '';
    const data = isRecord(item.data) ? item.data : {};
    const known = ITEMS.get(type);
    details.push(...(known ? known(data, t) : generic(type, data, t)));
  }
  // Other top-level values some activities carry next to `items` (unless an item, of that type or label, said it already).
  for (const [key, value] of Object.entries(parameters)) {
    if (key === 'items' || items.some((item) => isRecord(item) && item.type === key)) continue;
    const text = Array.isArray(value) ? value.map((v) => scalar(v, t)).filter(Boolean).join(', ') : scalar(value, t);
    const own = KEY_LABELS.get(key);
    const label = own ? t.text(own) : humanize(key);
    if (text && !details.some((d) => d.label === label)) details.push({ label, value: text });
  }
  return details
    .filter((d) => d.value !== '')
    .slice(0, MAX_DETAILS)
    .map((d) => ({ label: clip(d.label, MAX_VALUE), value: clip(d.value, MAX_VALUE) }));
}

const detail = (label: string, value: string): ActivityDetail[] => (value ? [{ label, value }] : []);

/** Parts joined by spaces, with the id after them ("Newsletter (id 4)"), or the id alone. */
function withId(d: Data, parts: string[], t: Translator): string {
  const name = parts.filter(Boolean).join(' ');
  const id = scalar(d.id);
  return id && name ? t.t('{name} (id {id})', { name, id }) : name || (id && t.t('id {id}', { id }));
}

/** A list's first two scalars after `prefix` ("– a.example, b.example, …"), or ''. */
function list(value: unknown, prefix: string): string {
  const items = Array.isArray(value) ? value.map((v) => scalar(v)).filter(Boolean) : [];
  return items.length ? `${prefix}${items.slice(0, 2).join(', ')}${items.length > 2 ? ', …' : ''}` : '';
}

/** When and how a scheduled report goes out: " – every week at 6:00, email, html". */
function schedule(d: Data, t: Translator): string {
  const period = scalar(d.period);
  const hour = scalar(d.hour);
  // {period} as the server names it (day, week, month…); {hour} the hour of the day (0 to 23).
  const when = period && hour ? t.t('every {period} at {hour}:00', { period, hour }) : period ? t.t('every {period}', { period }) : hour && t.t('at {hour}:00', { hour });
  const all = [when, scalar(d.type), scalar(d.format)].filter(Boolean).join(', ');
  return all && ` – ${all}`;
}

const isAmount = (value: unknown) => (typeof value === 'number' && value > 0) || (typeof value === 'string' && Number(value) > 0);

/** An item of a type not described above: its name or title, else every scalar field it has. */
function generic(type: string, data: Data, t: Translator): ActivityDetail[] {
  const value = withId(data, [scalar(data.name) || scalar(data.title) || scalar(data.login) || scalar(data.description)], t) || fields(data, t);
  return detail(type ? humanize(type) : t.t('Detail'), value);
}

function settingValue(value: unknown, t: Translator): string {
  if (value === true) return t.t('Yes');
  if (value === false) return t.t('No');
  if (value === null || value === undefined || value === '') return t.t('No value set');
  if (Array.isArray(value)) return value.map((v) => scalar(v)).filter(Boolean).join(', ') || t.t('No value set');
  return scalar(value) || t.t('Changed');
}

/** "Key value, Key value": every scalar field, for what has no better description. */
function fields(data: Data, t: Translator): string {
  return Object.entries(data)
    .map(([key, value]) => [key, scalar(value, t)] as const)
    .filter(([, value]) => value)
    .map(([key, value]) => `${humanize(key)} ${value}`)
    .join(', ');
}

/** A string, number or boolean as text (a boolean as yes or no in the words of `t`); anything else (objects, lists, null) as ''. */
function scalar(value: unknown, t: Translator = english): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? t.t('yes') : t.t('no');
  return '';
}
