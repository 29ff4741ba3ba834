import type { ActivityEntry } from '../api/activity-source.js';
import { translator } from '../core/translate.js';
import { registry, type Languages } from '../i18n/registry.js';
import { catalogueVersion } from './activity-types.js';
import { activityType } from './catalogue.js';
import { describeParameters } from './parameters.js';
import { describeEntry } from './rows.js';

/** Lower case, without accents, so "élise" finds "Elise". */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The words of a search, folded; every one must appear in an entry. */
export function searchTerms(search: string): string[] {
  return fold(search).split(/\s+/).filter(Boolean);
}

const haystacks = new WeakMap<ActivityEntry, { version: string; text: string }>();

/** The languages the page has fetched (the readers' languages: a search finds the words the rows show them). */
function pageLanguages(): string[] {
  return [...((registry() as Partial<Languages>).loaded?.keys() ?? [])];
}

/**
 * Everything a text search looks at in an entry, folded: user, description, type and its labels,
 * details, every text and number of its parameters (an annotation's whole note, however long),
 * IP, country. The labels in English and in each language the page speaks (as the rows show them).
 */
export function searchText(entry: ActivityEntry): string {
  const languages = pageLanguages();
  const version = `${catalogueVersion()} ${languages.join(' ')}`;
  const cached = haystacks.get(entry);
  if (cached && cached.version === version) return cached.text;
  const type = activityType(entry.type);
  const description = describeEntry(entry, type);
  const parts = [entry.userLogin, description, entry.type, type.label, type.groupLabel, entry.ip ?? '', entry.countryName ?? '', entry.country ?? ''];
  for (const detail of describeParameters(entry.parameters)) parts.push(detail.label, detail.value);
  for (const t of languages.map(translator)) {
    parts.push(t.text(type.text), t.text(type.groupText));
    for (const detail of describeParameters(entry.parameters, t)) parts.push(detail.label, detail.value);
  }
  collectScalars(entry.parameters, parts, 0);
  const text = fold(parts.join('\n'));
  haystacks.set(entry, { version, text });
  return text;
}

/** Every string and number in a value, a few levels deep and at most 200 of them: what the server said, nothing lost. */
function collectScalars(value: unknown, into: string[], depth: number): void {
  if (into.length > 200) return;
  if (typeof value === 'string') into.push(value.slice(0, 10_000));
  else if (typeof value === 'number') into.push(String(value));
  else if (typeof value === 'object' && value !== null && depth < 4) for (const child of Object.values(value)) collectScalars(child, into, depth + 1);
}

/** Whether an entry contains every term (no terms: every entry matches). */
export function entryMatches(entry: ActivityEntry, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const text = searchText(entry);
  return terms.every((term) => text.includes(term));
}
