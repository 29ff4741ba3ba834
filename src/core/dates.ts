/**
 * A calendar date label ("2024-03-10") as a local-midnight Date, so that formatting it shows the
 * same day in every browser time zone. Calendar labels are not instants: never pass them to
 * `new Date(string)`, which reads them as UTC midnight.
 */
export function parseCalendarDate(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = m[3] ? Number(m[3]) : 1;
  const date = new Date(y, mo - 1, d);
  date.setFullYear(y); // years below 100
  return date.getMonth() === mo - 1 && date.getDate() === d ? date : null;
}

/** A Date's calendar day (local) as `YYYY-MM-DD`. */
export function toCalendarString(date: Date): string {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
