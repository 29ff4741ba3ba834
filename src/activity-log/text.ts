/**
 * Text cut to `max` characters for display, on one line, with "…" when cut (never inside a
 * surrogate pair). Server text can be any length; the renderer must never get it all: a long
 * unbroken word costs the browser's line breaker far more than linear time.
 */
export function clip(text: string, max: number): string {
  const flat = (text.length > max * 4 ? text.slice(0, max * 4) : text).replace(/\s+/g, ' ');
  if (flat.length <= max) return flat;
  let end = max - 1;
  const code = flat.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${flat.slice(0, end)}…`;
}

