/*
 * What a query of activities says, in a file of its own: the source (activity-source.ts) and its
 * day counting, loaded on demand (activity-days.ts), both read it, and neither imports the other
 * for it.
 */

/** A page of activities to read, and the filters it applies. */
export interface ActivityQuery {
  offset: number;
  /** Page size; -1 for all. */
  limit: number;
  /** Only this user's entries (super users only; others always get their own). */
  user?: string | undefined;
  /** Only this type id. */
  type?: string | undefined;
  /** Only entries at or after this instant (ISO 8601), when the source filters dates itself. */
  from?: string | undefined;
  /** Only entries before this instant (ISO 8601), when the source filters dates itself. */
  to?: string | undefined;
  /** Only entries whose text contains this, when the source searches itself. */
  text?: string | undefined;
  /**
   * Only entries of these whole UTC days (`YYYY-MM-DD`, both included; '' for an open end), for a
   * source whose `countDays` said it filters them.
   */
  days?: { from: string; to: string } | undefined;
}
