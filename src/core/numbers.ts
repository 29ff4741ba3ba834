// The accepted range of every numeric attribute. A value outside its range is clamped into it, in
// the element and in an embed link's fragment: a shared link can carry any number, and a timer's
// delay must stay below 2³¹ ms (about 24.8 days) or it fires at once.

/** `timeout`: seconds a request may take (every widget, `<dashboard-config>`); default 15. */
export const TIMEOUT_RANGE = [1, 600] as const;
/** `page-size`: entries per page (`<activity-log>`); default 25. */
export const PAGE_SIZE_RANGE = [1, 1000] as const;
/** `refresh-interval`: seconds between checks for new activities (`<activity-log>`); 0 is off, 1 to 4 count as 5. */
export const REFRESH_RANGE = [0, 86_400] as const;
/** `scan-limit`: entries a text search checks before it asks to go on (`<activity-log>`); default 5000. */
export const SCAN_LIMIT_RANGE = [100, 100_000] as const;
/** `overwrite-window`: minutes within which another user's change to the same object is marked (`<activity-log>`); default 60, at most a week. */
export const OVERWRITE_WINDOW_RANGE = [1, 10_080] as const;

/** Every numeric attribute's range, by attribute name. */
export const NUMBER_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  timeout: TIMEOUT_RANGE,
  'page-size': PAGE_SIZE_RANGE,
  'refresh-interval': REFRESH_RANGE,
  'scan-limit': SCAN_LIMIT_RANGE,
  'overwrite-window': OVERWRITE_WINDOW_RANGE,
};

/** `value` as a number within `[min, max]`; `fallback` when it is not a number at all (NaN, '', an object). */
export function clampNumber(value: unknown, [min, max]: readonly [number, number], fallback: number): number {
  const n = value === null || value === '' ? NaN : Number(value);
  return Number.isNaN(n) ? fallback : Math.min(max, Math.max(min, n));
}
