/** Number, percentage and duration formatting shared by the widgets and the messages (Intl-based, locale-aware). */

const numberFormats = new Map<string, Intl.NumberFormat>();

/** `Intl.NumberFormat`, made once per locale and options. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A count with thousands separators: `12,345`. Non-finite numbers show as an en dash. */
export function formatCount(value: number | null | undefined, locale: string): string {
  if (value == null || !Number.isFinite(value)) return '–';
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** A decimal with at most `digits` fraction digits: `3.4`. */
export function formatDecimal(value: number | null | undefined, locale: string, digits = 1): string {
  if (value == null || !Number.isFinite(value)) return '–';
  return numberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** A ratio (0.56) as a percentage: `56%`. */
export function formatPercent(ratio: number | null | undefined, locale: string, digits = 0): string {
  if (ratio == null || !Number.isFinite(ratio)) return '–';
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(ratio);
}

/** A signed change as a percentage: `+12.5%`, `−3%`. */
export function formatChange(ratio: number | null | undefined, locale: string): string {
  if (ratio == null || !Number.isFinite(ratio)) return '–';
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(ratio);
}

/**
 * A duration in seconds as the largest two units: `3 min 12 s`, `1 h 5 min`, `45 s`.
 * Uses the locale's narrow unit names where Intl knows them.
 */
export function formatDuration(totalSeconds: number | null | undefined, locale: string): string {
  if (totalSeconds == null || !Number.isFinite(totalSeconds)) return '–';
  const sign = totalSeconds < 0 ? '-' : '';
  let rest = Math.round(Math.abs(totalSeconds));
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const minutes = Math.floor(rest / 60);
  const seconds = rest - minutes * 60;
  const unit = (value: number, name: 'hour' | 'minute' | 'second') =>
    numberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: 0 }).format(value);
  const parts: string[] = [];
  if (hours) parts.push(unit(hours, 'hour'), ...(minutes ? [unit(minutes, 'minute')] : []));
  else if (minutes) parts.push(unit(minutes, 'minute'), ...(seconds ? [unit(seconds, 'second')] : []));
  else parts.push(unit(seconds, 'second'));
  // English short units are "hr" and "sec"; the usual written forms are "h" and "s".
  const text = parts.join(' ');
  return sign + (locale.toLowerCase().startsWith('en') ? text.replace(/\bsec\b/g, 's').replace(/\bhr\b/g, 'h') : text);
}

/** A byte count: `1.2 MB`. */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let i = 0;
  while (value >= 1000 && i < units.length - 1) {
    value /= 1000;
    i++;
  }
  return numberFormat(locale, { style: 'unit', unit: units[i], unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}
