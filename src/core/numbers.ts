/**
 * The accepted range of every numeric attribute, by attribute name. A value outside its range is
 * clamped into it, in the element and in an embed link's fragment: a shared link can carry any
 * number, and a timer's delay must stay below 2³¹ ms (about 24.8 days) or it fires at once.
 * - `timeout`: seconds a request may take (every widget, `<dashboard-config>`); default 15.
 * - `page-size`: entries per page (`<activity-log>`); default 25.
 * - `refresh-interval`: seconds between checks for new activities (`<activity-log>`); 0 is off,
 *   and 1 to 4 count as 5.
 * - `scan-limit`: entries a text search checks before it asks to go on (`<activity-log>`); default 5000.
 */
export const NUMBER_RANGES = {
  timeout: [1, 600],
  'page-size': [1, 1000],
  'refresh-interval': [0, 86_400],
  'scan-limit': [100, 100_000],
} as const satisfies Record<string, readonly [number, number]>;

/** `value` as a number within `[min, max]`; `fallback` when it is not a number at all (NaN, '', an object). */
export function clampNumber(value: unknown, [min, max]: readonly [number, number], fallback: number): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
  return Number.isNaN(n) ? fallback : Math.min(max, Math.max(min, n));
}
