import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { DashboardElement } from '../core/base-element.js';
import { LazyPart } from '../core/lazy-part.js';
import { toCalendarString } from '../core/dates.js';
import type { Translator } from '../core/translate.js';
import type { Text } from '../i18n/types.js';
import { chunks } from './chunks.js';
import { RangeChangeEvent, type CustomRangeEvent, type RangeChangeDetail } from './events.js';
import { presetOf, presetValue, readDate } from './named-dates.js';
import { formatDay, formatDayRange } from './period-labels.js';
import { CHART_PERIODS, PRESET_LABELS, RANGE_PRESETS, countLabel, isChartPeriod, referenceDay, spanOf, type ChartPeriod, type DateSpec, type RangePreset } from './ranges.js';

declare global {
  interface HTMLElementTagNameMap {
    'dw-visits-range-picker': VisitsRangePicker;
  }
}

/** The Period select's options. */
const PERIOD_NAMES: Record<ChartPeriod, Text> = { day: { key: 'Day' }, week: { key: 'Week' }, month: { key: 'Month' }, year: { key: 'Year' } };

type RangeChoice = RangePreset | 'custom' | 'configured';

let pickers = 0;

/**
 * The period and range controls of `<visits-chart>`: the Period select, the Range select (its
 * presets, the range as configured when it is none of them, and "Custom…"), and the custom range
 * form, whose code loads when it is first opened.
 *
 * Properties in: `period`, `date` (the widget's, as set), `today` (the day presets count back
 * from, `YYYY-MM-DD`), `locale`. Out: a `RangeChangeEvent` when the reader picks a period, a
 * preset or a custom range, or opens the custom form; the widget then sets its own `period` and
 * `date`. A preset stays relative (`this-month`, `last-30-days`, see named-dates.ts), and a
 * "Last N days" preset keeps its days when the period changes.
 *
 * It renders into its widget's shadow root (no shadow root of its own), so the widget's styles,
 * `::part(controls)` and the labels' `for` reach its controls; it adds the custom form's styles
 * there when they arrive.
 *
 * @internal An element of `<visits-chart>`'s, not a public one.
 */
export class VisitsRangePicker extends DashboardElement {
  static override tagName = 'dw-visits-range-picker';

  static override properties: PropertyDeclarations = {
    period: {},
    date: {},
    today: {},
    custom: { type: Boolean },
    hidePeriod: { attribute: 'hide-period', type: Boolean },
    hideRange: { attribute: 'hide-range', type: Boolean },
  };

  /** The length of one point. */
  period: ChartPeriod = 'day';
  /** The range, as the widget's `date` attribute holds it. */
  date = '';
  /** The day presets count back from, `YYYY-MM-DD` (the browser's day when empty). */
  today = '';
  /** Whether the custom range form is open (the reader opens it with "Custom…", closes it with a preset). */
  custom = false;
  /** Hides the Period select. */
  hidePeriod = false;
  /** Hides the Range select. */
  hideRange = false;

  readonly #id = `vr${++pickers}`;
  /** The custom range form's code, loaded when it is first opened. */
  #form = new LazyPart(this, () => chunks.custom(), { onReady: ({ VisitsCustomRange }) => VisitsCustomRange.define() });

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  get #day(): Date {
    return referenceDay(this.today);
  }

  protected override render(): TemplateResult {
    const id = this.#id;
    const today = this.#day;
    const choice: RangeChoice = this.custom ? 'custom' : presetOf(this.date, this.period, today) ?? 'configured';
    const t = this.localize;
    return html`<label class="field" for="${id}-period" ?hidden=${this.hidePeriod}
        >${t.t('Period')}
        <select id="${id}-period" @change=${this.#onPeriod}>
          ${CHART_PERIODS.map((p) => html`<option value=${p} ?selected=${p === this.period}>${t.text(PERIOD_NAMES[p])}</option>`)}
        </select>
      </label>
      <label class="field" for="${id}-range" ?hidden=${this.hideRange}
        >${t.t('Range')}
        <select id="${id}-range" @change=${this.#onRange}>
          ${choice === 'configured' ? html`<option value="configured" selected>${describeDate(this.date, this.period, today, t)}</option>` : nothing}
          ${RANGE_PRESETS.map((p) => html`<option value=${p} ?selected=${p === choice}>${t.text(PRESET_LABELS[p])}</option>`)}
          <option value="custom" ?selected=${choice === 'custom'}>${t.t('Custom…')}</option>
        </select>
      </label>
      ${this.custom ? this.#renderForm() : nothing}`;
  }

  /** The custom range form, with the days shown (once its code is there: it takes the focus). */
  #renderForm(): TemplateResult | typeof nothing {
    if (!this.#form.value) return this.#form.render(this.localize.t('the custom range'), { retry: () => void this.#form.need() });
    const today = this.#day;
    const spec = readDate(this.date, today);
    const span = spec && (spec.kind === 'range' ? spec : spanOf(spec, this.period, today));
    return html`<dw-visits-custom-range
      .from=${span ? toCalendarString(span.from) : ''}
      .to=${span ? toCalendarString(span.to) : ''}
      @dw-visits-custom-range=${this.#onApply}
    ></dw-visits-custom-range>`;
  }

  #change(detail: RangeChangeDetail): void {
    this.custom = detail.custom;
    this.dispatchEvent(new RangeChangeEvent(detail));
  }

  #onPeriod = (e: Event): void => {
    const value = (e.target as HTMLSelectElement).value;
    if (!isChartPeriod(value) || value === this.period) return;
    // A preset keeps its days: "Last 30 days" by week is the weeks that hold those 30 days.
    const preset = this.custom ? null : presetOf(this.date, this.period, this.#day);
    this.#change({ period: value, date: preset ? presetValue(preset, value) : this.date, custom: this.custom, cause: 'period' });
  };

  #onRange = (e: Event): void => {
    const value = (e.target as HTMLSelectElement).value as RangeChoice;
    if (value === 'configured') return;
    if (value === 'custom') {
      this.#change({ period: this.period, date: this.date, custom: true, cause: 'custom' });
      void this.#form.need();
      return;
    }
    this.#change({ period: this.period, date: presetValue(value, this.period), custom: false, cause: 'range' });
  };

  #onApply = ({ detail: date }: CustomRangeEvent): void => {
    this.#change({ period: this.period, date, custom: true, cause: 'range' });
  };
}

/** A range in words: `Last 12 weeks`, `Previous 3 months`, `Mar 1 – 31, 2024`, in the translator's language. */
export function describeSpec(spec: DateSpec, period: ChartPeriod, t: Translator): string {
  // {periods}: how many periods, in words ("12 weeks").
  if (spec.kind !== 'range') return spec.kind === 'last' ? t.t('Last {periods}', { periods: countLabel(spec.n, period, t) }) : t.t('Previous {periods}', { periods: countLabel(spec.n, period, t) });
  return spec.from.getTime() === spec.to.getTime() ? formatDay(spec.from, t.locale) : formatDayRange(spec.from, spec.to, t.locale);
}

/** A `date` value in words (see `describeSpec`), or the value itself, quoted, when the widget cannot read it. */
function describeDate(date: string, period: ChartPeriod, today: Date, t: Translator): string {
  const spec = readDate(date, today);
  // {date}: the widget's date attribute as written (unreadable).
  return spec ? describeSpec(spec, period, t) : t.t('“{date}”', { date: date.slice(0, 40) });
}

/**
 * The range as the widget's subtitle names it: the preset's name (`Last 30 days`), else its days
 * or periods in words; while the custom form is open, always its days. Empty when unreadable.
 */
export function rangeWords(date: string, period: ChartPeriod, today: Date, t: Translator, custom: boolean): string {
  const preset = custom ? null : presetOf(date, period, today);
  if (preset) return t.text(PRESET_LABELS[preset]);
  const spec = readDate(date, today);
  return spec ? describeSpec(spec, period, t) : '';
}
