/**
 * CSV encoding (RFC 4180) for exports. A cell that a spreadsheet would run as a formula is
 * prefixed with an apostrophe, so data from a server cannot smuggle a formula into the user's
 * spreadsheet: one whose first visible character is = + - or @ (or their full-width and small
 * forms, or a minus sign), whatever spaces, line breaks, zero-width characters or byte-order
 * mark come before it (spreadsheets trim them), and one that starts with a tab or carriage
 * return. Plain numbers (`-5`, `-3.25`) stay numbers.
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<unknown>>): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** What a spreadsheet may skip before it reads a formula: spaces of every kind, line breaks, zero-width and direction marks, the BOM. */
const INVISIBLE = /^[\s\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]*/;
/** What starts a formula: = + - @, full-width ＝ ＋ － ＠, small ﹦ ﹢ ﹣ ﹫, and the minus sign −. */
const FORMULA_START = /^[=+\-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b\u2212]/;

export function csvCell(value: unknown): string {
  let text = value == null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  const risky = /^[\t\r]/.test(text) || FORMULA_START.test(text.replace(INVISIBLE, ''));
  if (risky && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
