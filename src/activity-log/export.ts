import type { ActivityEntry } from '../api/activity-source.js';
import { toCsv } from '../core/csv.js';
import { downloadFile } from '../core/download.js';
import { formatCount } from '../core/format.js';
import type { FilterScan } from './filter-scan.js';
import type { ActivityFilters } from './view.js';
import { toRow } from './rows.js';
import { fold } from './search.js';
import { currentTimeZone } from './time.js';

export type ExportFormat = 'csv' | 'json';

const EXPORT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

/**
 * Reads every entry of a view and saves them as a file (this module is loaded on the first
 * export), reporting progress in `state` (and through `update`): entries read, and the label to show. Resolves with what was saved
 * and the sentence that announces it.
 */
export async function saveExport(
  scan: FilterScan,
  state: { format: ExportFormat; done: number; of: number; label?: string; controller: AbortController },
  locale: string,
  update: () => void,
): Promise<[{ format: ExportFormat; count: number; fileName: string }, string]> {
  const { format } = state;
  const entries = await scan.all(state.controller.signal, (done, of) => {
    state.done = done;
    state.of = of;
    if (of) state.label = `Exporting ${format.toUpperCase()}… ${formatCount(done, locale)} of ${formatCount(of, locale)} checked`;
    update();
  });
  const count = entries.length;
  const fileName = exportFileName(scan.filters, count, format);
  downloadFile(fileName, exportEntries(entries, format, { ...scan.filters }, locale), EXPORT_TYPES[format]);
  return [{ format, count, fileName }, `Saved ${formatCount(count, locale)} ${count === 1 ? 'activity' : 'activities'} to ${fileName}.`];
}

const CSV_HEADER = ['ID', 'Date and time (UTC)', 'Local date and time', 'User', 'Activity type', 'Activity', 'Category', 'Description', 'Details', 'IP address', 'Country'];

/**
 * The entries as a CSV file (RFC 4180, one header row, formula-safe cells, with a byte-order
 * mark so spreadsheets read UTF-8) or a JSON document that also records the filters.
 */
export function exportEntries(entries: readonly ActivityEntry[], format: ExportFormat, filters: ActivityFilters, locale: string, now = new Date()): string {
  const zone = currentTimeZone();
  const rows = entries.map((entry) => toRow(entry, locale, zone));
  if (format === 'csv') {
    return (
      '\ufeff' +
      toCsv([
        CSV_HEADER,
        ...rows.map((r) => [r.entry.id, r.iso, r.exact, r.entry.userLogin, r.entry.type, r.type.label, r.type.groupLabel, r.description, r.detailsText, r.entry.ip ?? '', r.entry.countryName || r.entry.country || '']),
      ])
    );
  }
  const document = {
    exported: now.toISOString(),
    filters: Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== '')),
    count: rows.length,
    entries: rows.map((r) => ({
      id: r.entry.id,
      datetime: r.iso || null,
      user: r.entry.userLogin,
      type: r.entry.type,
      typeLabel: r.type.label,
      category: r.type.groupLabel,
      description: r.description,
      details: r.details,
      parameters: r.entry.parameters,
      ip: r.entry.ip ?? null,
      country: r.entry.country ?? null,
      countryName: r.entry.countryName ?? null,
    })),
  };
  return JSON.stringify(document, null, 2);
}

/**
 * A file name that says what the file holds: `activity-log_user-sophie.martin_goal-added_2024-03-01_to_2024-03-31_42-entries.csv`,
 * `activity-log_all_1234-entries.json`.
 */
export function exportFileName(filters: ActivityFilters, count: number, format: ExportFormat): string {
  const parts: string[] = [];
  if (filters.user) parts.push(`user-${slug(filters.user)}`);
  if (filters.activityType) parts.push(slug(filters.activityType.replace(/^ActivityLog\//, '').replace(/([a-z\d])([A-Z])/g, '$1-$2')));
  if (filters.dateFrom && filters.dateTo) parts.push(filters.dateFrom === filters.dateTo ? filters.dateFrom : `${filters.dateFrom}_to_${filters.dateTo}`);
  else if (filters.dateFrom) parts.push(`since-${filters.dateFrom}`);
  else if (filters.dateTo) parts.push(`until-${filters.dateTo}`);
  if (filters.search.trim()) parts.push(`search-${slug(filters.search)}`);
  if (parts.length === 0) parts.push('all');
  return `activity-log_${parts.join('_')}_${count}-${count === 1 ? 'entry' : 'entries'}.${format}`;
}

function slug(text: string): string {
  return (
    fold(text)
      .replace(/[^a-z0-9.@]+/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '')
      .slice(0, 40) || 'x'
  );
}
