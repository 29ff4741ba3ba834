// In-memory data sources: the widgets get their data through their `source` property, so the
// timings below measure rendering, not a network or a server.
import type { ActivityEntry, ActivityQuery, ActivitySource, ActivityViewer } from '../../src/api/activity-source.js';
import type { Annotation, VisitsQuery, VisitsResult, VisitsSource } from '../../src/api/visits-source.js';
import type { SettingSaveResult, SettingsSource, SettingValue } from '../../src/api/settings-source.js';

/** Serves `entries` (newest first) as if the log held `total` entries; `entries` must cover every page asked for. */
export class MemoryActivitySource implements ActivitySource {
  constructor(
    readonly entries: readonly ActivityEntry[],
    readonly total: number,
    readonly viewer: ActivityViewer,
  ) {}

  async getEntries(query: ActivityQuery): Promise<ActivityEntry[]> {
    const end = query.limit < 0 ? undefined : query.offset + query.limit;
    return this.entries.slice(query.offset, end);
  }

  async getCount(): Promise<number> {
    return this.total;
  }

  async getPage(query: ActivityQuery): Promise<{ entries: ActivityEntry[]; total: number }> {
    return { entries: await this.getEntries(query), total: this.total };
  }

  async getViewer(): Promise<ActivityViewer> {
    return this.viewer;
  }
}

/** Answers every query with `result` (built beforehand for the size being timed). */
export class MemoryVisitsSource implements VisitsSource {
  constructor(readonly result: VisitsResult) {}

  async getVisits(_query: VisitsQuery): Promise<VisitsResult> {
    return this.result;
  }
}

/** The same, with annotations; `answered` is the last `getAnnotations` answer (to wait for it). */
export class MemoryAnnotatedSource extends MemoryVisitsSource {
  answered: Promise<Annotation[]> | undefined;

  constructor(
    result: VisitsResult,
    readonly annotations: Annotation[],
  ) {
    super(result);
  }

  getAnnotations(): Promise<Annotation[]> {
    return (this.answered = Promise.resolve(this.annotations));
  }
}

/** Holds setting values in memory; saves always succeed. */
export class MemorySettingsSource implements SettingsSource {
  constructor(readonly values: SettingValue[]) {}

  async load(ids: readonly string[]): Promise<SettingValue[]> {
    const wanted = new Set(ids);
    return this.values.filter((v) => wanted.has(v.id));
  }

  async save(changes: ReadonlyArray<{ id: string; value: unknown }>): Promise<SettingSaveResult[]> {
    return changes.map((c) => ({ id: c.id, ok: true as const }));
  }
}
