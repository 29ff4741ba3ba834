import { humanize } from './catalogue.js';
import { clip } from './text.js';

/** One detail of an activity, as plain text: `{ label: 'Goal', value: 'Newsletter sign-up' }`. */
export interface ActivityDetail {
  label: string;
  value: string;
}

const MAX_DETAILS = 8;
const MAX_VALUE = 160;

// Looked up by the server's item types and keys: Maps, so `constructor` or `__proto__` is a name like any other.

/** Item types of other plugins that carry a named thing. */
const NAMED_ITEMS = new Map([
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
]);

/** Labels of top-level keys some activities carry next to `items`. */
const KEY_LABELS = new Map([
  ['version_old', 'From version'],
  ['version_new', 'To version'],
  ['login', 'Login'],
  ['idsite', 'Website id'],
  ['idSite', 'Website id'],
]);

/**
 * The details Matomo keeps in an entry's `parameters` (`{items: [{type, data}]}`), as labelled
 * plain text: the goal, site, user, plugin or setting concerned. Unknown item types and odd
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
    details.push(...describeItem(type, data));
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

function describeItem(type: string, data: Record<string, unknown>): ActivityDetail[] {
  const name = scalar(data.name);
  const id = scalar(data.id);
  const named = (label: string, value = name) => (value ? [{ label, value: id && value !== id ? `${value} (id ${id})` : value }] : id ? [{ label, value: `id ${id}` }] : []);
  switch (type) {
    case 'goal':
      return named('Goal');
    case 'measurable': {
      const kind = scalar(data.type);
      const label = kind === 'mobileapp' ? 'App' : kind === 'intranet' ? 'Intranet site' : 'Website';
      const urls = Array.isArray(data.urls) ? data.urls.map(scalar).filter(Boolean) : [];
      const detail = named(label);
      return urls.length && detail[0] ? [{ label, value: `${detail[0].value} – ${urls.slice(0, 2).join(', ')}${urls.length > 2 ? ', …' : ''}` }] : detail;
    }
    case 'user':
      return named('User', scalar(data.login) || name);
    case 'access':
      return [{ label: 'Access', value: scalar(data.access) }];
    case 'plugin':
    case 'component': {
      const version = scalar(data.version);
      return named(type === 'plugin' ? 'Plugin' : 'Component').map((d) => (version ? { ...d, value: `${d.value} ${version}` } : d));
    }
    case 'segment':
      return named('Segment', name || scalar(data.definition));
    case 'setting':
      return [{ label: name || 'Setting', value: settingValue(data.value) }];
    case 'scheduledreport':
      return named('Report', scalar(data.description) || name);
    case 'annotation':
      return named('Annotation', [scalar(data.date), scalar(data.note)].filter(Boolean).join(': '));
    case 'customalert':
      return named('Alert');
    case 'customdimension':
      return named('Custom dimension');
    case 'social':
      return named('Social network');
    default: {
      const thing = NAMED_ITEMS.get(type);
      if (thing) return named(thing);
      const value = name || scalar(data.title) || scalar(data.login) || scalar(data.description) || firstScalars(data);
      return value ? [{ label: type ? humanize(type) : 'Detail', value }] : [];
    }
  }
}

function settingValue(value: unknown): string {
  if (value === true) return 'Yes';
  if (value === false) return 'No';
  if (value === null || value === undefined || value === '') return 'No value set';
  if (Array.isArray(value)) return value.map(scalar).filter(Boolean).join(', ') || 'No value set';
  return scalar(value) || 'Changed';
}

function firstScalars(data: Record<string, unknown>): string {
  return Object.entries(data)
    .map(([key, value]) => [key, scalar(value)] as const)
    .filter(([, value]) => value)
    .slice(0, 3)
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
