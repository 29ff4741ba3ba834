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
 * of its other activities. Types are server data, hence a Map; others are rendered generically.
 */
const ITEMS = new Map<string, (data: Data) => ActivityDetail[]>([
  // The annotation's note and the day it is about (`text`, `date`), not a name.
  ['annotation', (d) => detail('Annotation', [scalar(d.text) || scalar(d.note) || (scalar(d.id) && `id ${scalar(d.id)}`), scalar(d.date) && `(${scalar(d.date)})`].filter(Boolean).join(' '))],
  ['goal', (d) => detail('Goal', withId(d, [scalar(d.name)]) + (isAmount(d.revenue) ? `, revenue ${scalar(d.revenue)}` : ''))],
  ['measurable', (d) => detail(MEASURABLES.get(scalar(d.type)) ?? 'Website', withId(d, [scalar(d.name)]) + list(d.urls, ' – '))],
  ['user', (d) => detail('User', [scalar(d.login) || scalar(d.name), scalar(d.email) && `(${scalar(d.email)})`].filter(Boolean).join(' '))],
  ['plugin', (d) => detail('Plugin', [scalar(d.name), scalar(d.version), d.active === true ? '(active)' : d.active === false ? '(inactive)' : ''].filter(Boolean).join(' '))],
  ['component', (d) => detail('Component', [scalar(d.name), scalar(d.version)].filter(Boolean).join(' '))],
  ['scheduledreport', (d) => detail('Report', withId(d, [scalar(d.description) || scalar(d.name)]) + schedule(d))],
  ['segment', (d) => detail('Segment', [withId(d, [scalar(d.name)]), scalar(d.definition)].filter(Boolean).join(' – '))],
  ['setting', (d) => [{ label: scalar(d.name) || 'Setting', value: settingValue(d.value) }]],
  ['access', (d) => detail('Access', scalar(d.access))],
  ['capability', (d) => detail('Capability', scalar(d.name) || scalar(d.capability))],
  ['customalert', (d) => detail('Alert', withId(d, [scalar(d.name)]))],
  ['customdimension', (d) => detail('Custom dimension', withId(d, [scalar(d.name), scalar(d.scope) && `(${scalar(d.scope)})`]))],
  ['social', (d) => detail('Social network', withId(d, [scalar(d.name)]))],
  // Items of other plugins that carry a named thing.
  ...(
    [
      ['experiment', 'A/B test'],
      ['heatmap', 'Heatmap'],
      ['sessionrecording', 'Session recording'],
      ['customreport', 'Custom report'],
      ['form', 'Form'],
      ['funnel', 'Funnel'],
      ['searchengine', 'Search engine'],
      ['container', 'Container'],
      ['tag', 'Tag'],
      ['trigger', 'Trigger'],
      ['variable', 'Variable'],
    ] as const
  ).map(([type, label]) => [type, (d: Data) => detail(label, withId(d, [scalar(d.name) || scalar(d.title)]))] as const),
]);

/** A measurable's kind, as its item's `type` names it. */
const MEASURABLES = new Map([
  ['website', 'Website'],
  ['mobileapp', 'App'],
  ['intranet', 'Intranet site'],
]);

/** Labels of top-level keys some activities carry next to `items` (server keys, hence a Map). */
const KEY_LABELS = new Map([
  ['version_old', 'From version'],
  ['version_new', 'To version'],
  ['login', 'Login'],
  ['idsite', 'Website id'],
  ['idSite', 'Website id'],
  ['has_access', 'Super user access'],
  ['provider', 'Provider'],
  ['email', 'E-mail'],
]);

/**
 * The details Matomo keeps in an entry's `parameters` (`{items: [{type, data}], ...}`), as labelled
 * plain text: the goal, site, user, plugin, note or setting concerned. Unknown item types and odd
 * shapes are rendered generically; nothing here is ever treated as HTML.
 */
export function describeParameters(parameters: unknown): ActivityDetail[] {
  if (!isRecord(parameters)) return [];
  const details: ActivityDetail[] = [];
  const items = Array.isArray(parameters.items) ? parameters.items : [];
  for (const item of items) {
    if (!isRecord(item)) continue;
    const type = typeof item.type === 'string' ? item.type : '';
    const data = isRecord(item.data) ? item.data : {};
    const known = ITEMS.get(type);
    details.push(...(known ? known(data) : generic(type, data)));
  }
  // Other top-level values some activities carry next to `items` (unless an item said it already).
  for (const [key, value] of Object.entries(parameters)) {
    if (key === 'items') continue;
    const text = Array.isArray(value) ? value.map(scalar).filter(Boolean).join(', ') : scalar(value);
    const label = KEY_LABELS.get(key) ?? humanize(key);
    if (text && !details.some((d) => d.label === label)) details.push({ label, value: text });
  }
  return details
    .filter((d) => d.value !== '')
    .slice(0, MAX_DETAILS)
    .map((d) => ({ label: clip(d.label, MAX_VALUE), value: clip(d.value, MAX_VALUE) }));
}

const detail = (label: string, value: string): ActivityDetail[] => (value ? [{ label, value }] : []);

/** Parts joined by spaces, with the id after them ("Newsletter (id 4)"), or the id alone. */
function withId(d: Data, parts: string[]): string {
  const text = parts.filter(Boolean).join(' ');
  const id = scalar(d.id);
  return id && text ? `${text} (id ${id})` : text || (id && `id ${id}`);
}

/** A list's first two scalars after `prefix` ("– a.example, b.example, …"), or ''. */
function list(value: unknown, prefix: string): string {
  const items = Array.isArray(value) ? value.map(scalar).filter(Boolean) : [];
  return items.length ? `${prefix}${items.slice(0, 2).join(', ')}${items.length > 2 ? ', …' : ''}` : '';
}

/** When and how a scheduled report goes out: " – every week at 6:00, email, html". */
function schedule(d: Data): string {
  const parts = [scalar(d.period) && `every ${scalar(d.period)}`, scalar(d.hour) && `at ${scalar(d.hour)}:00`].filter(Boolean).join(' ');
  const how = [scalar(d.type), scalar(d.format)].filter(Boolean).join(', ');
  const all = [parts, how].filter(Boolean).join(', ');
  return all && ` – ${all}`;
}

const isAmount = (value: unknown) => (typeof value === 'number' && value > 0) || (typeof value === 'string' && Number(value) > 0);

/** An item of a type not described above: its name or title, else every scalar field it has. */
function generic(type: string, data: Data): ActivityDetail[] {
  const value = withId(data, [scalar(data.name) || scalar(data.title) || scalar(data.login) || scalar(data.description)]) || fields(data);
  return detail(type ? humanize(type) : 'Detail', value);
}

function settingValue(value: unknown): string {
  if (value === true) return 'Yes';
  if (value === false) return 'No';
  if (value === null || value === undefined || value === '') return 'No value set';
  if (Array.isArray(value)) return value.map(scalar).filter(Boolean).join(', ') || 'No value set';
  return scalar(value) || 'Changed';
}

/** "Key value, Key value": every scalar field, for what has no better description. */
function fields(data: Data): string {
  return Object.entries(data)
    .map(([key, value]) => [key, scalar(value)] as const)
    .filter(([, value]) => value)
    .map(([key, value]) => `${humanize(key)} ${value}`)
    .join(', ');
}

/** A string, number or boolean as text; anything else (objects, lists, null) as ''. */
function scalar(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
