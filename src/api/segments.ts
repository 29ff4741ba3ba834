import { isApiError } from './errors.js';
import { expectArray, type MatomoClient } from './matomo.js';
import type { RequestOptions } from './request.js';

/*
 * Matomo's stored segments (`SegmentEditor.getAll`): the ones a token may use on a chart's sites.
 * Loaded on demand (the segment picker of <visits-chart> is a part of its own).
 */

/** A stored segment, as a chart offers it. */
export interface Segment {
  /** Matomo's `idsegment`. */
  id: string;
  /** The name the segment's author gave it (server text: show it as text). */
  name: string;
  /**
   * The definition, as Matomo stores it and as the `segment` parameter takes it
   * (`visitorType==returning`, values URL-encoded within it: `pageUrl=@%2Fblog`).
   */
  definition: string;
}

/**
 * The stored segments of a `SegmentEditor.getAll` answer (an array of rows with `idsegment`,
 * `name`, `definition`, `enable_only_idsite`, …, all strings as Matomo's database gives them).
 * Rows without a definition are left out, as are repeated definitions; a row without a name is
 * named by its definition.
 */
export function toSegments(answer: unknown, allSitesOnly = false): Segment[] {
  const seen = new Set<string>();
  const segments: Segment[] = [];
  for (const raw of expectArray(answer, { key: 'a list of segments' })) {
    const row = raw as { idsegment?: unknown; name?: unknown; definition?: unknown; enable_only_idsite?: unknown } | null;
    const definition = typeof row?.definition === 'string' ? row.definition.trim() : '';
    if (!definition || seen.has(definition)) continue;
    // With every site asked for, a segment restricted to one site does not apply to the others.
    if (allSitesOnly && String(row?.enable_only_idsite ?? '0') !== '0') continue;
    seen.add(definition);
    const name = typeof row?.name === 'string' && row.name.trim() ? row.name.trim() : definition;
    const id = typeof row?.idsegment === 'string' || typeof row?.idsegment === 'number' ? String(row.idsegment) : definition;
    segments.push({ id, name, definition });
  }
  return segments;
}

/**
 * The segments the token may use on every one of `siteIds` (`["all"]`: on every site), in
 * Matomo's order (the user's own first, then shared ones, by name). One site is one
 * `SegmentEditor.getAll&idSite=N`; several are one bulk request of those, keeping the segments
 * every site has; `all` asks without a site and keeps the segments not restricted to one.
 */
export async function readSegments(client: MatomoClient, siteIds: readonly string[], options?: RequestOptions): Promise<Segment[]> {
  if (siteIds.includes('all')) return toSegments(await client.call('SegmentEditor.getAll', {}, options), true);
  const answers = await client.bulk(
    siteIds.map((idSite) => ({ method: 'SegmentEditor.getAll', params: { idSite } })),
    options,
  );
  let list: Segment[] | undefined;
  for (const answer of answers) {
    if (isApiError(answer)) throw answer;
    const segments = toSegments(answer);
    const here = new Set(segments.map((s) => s.definition));
    list = list ? list.filter((s) => here.has(s.definition)) : segments;
  }
  return list ?? [];
}
