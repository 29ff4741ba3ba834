import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { DashboardElement } from '../core/base-element.js';
import { LazyPart } from '../core/lazy-part.js';
import { toCalendarString } from '../core/dates.js';
import type { Text } from '../i18n/types.js';
import { chunks } from './chunks.js';
import { RangeChangeEvent, type CustomRangeEvent, type RangeChangeDetail } from './events.js';
import { presetOf, presetValue, readDate } from './named-dates.js';
import { CHART_PERIODS, PRESET_LABELS, RANGE_PRESETS, isChartPeriod, referenceDay, spanOf, type ChartPeriod, type RangePreset } from './ranges.js';

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
  /** The words of a range that is none of the presets, loaded when the range is one. */
  #words = new LazyPart(this, () => chunks.rangeWords());
  #choice: RangeChoice = 'configured';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  get #day(): Date {
    return referenceDay(this.today);
  }

  protected override willUpdate(): void {
    this.#choice = this.custom ? 'custom' : presetOf(this.date, this.period, this.#day) ?? 'configured';
    if (this.#choice === 'configured' && this.#words.status === 'idle') void this.#words.need();
  }

  /** @internal Complete once the words of a range that is none of the presets are shown, while their code is on its way. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    if (this.#words.status === 'loading') {
      await this.#words.need();
      complete = (await super.getUpdateComplete()) && complete;
    }
    return complete;
  }

  /**
   * The option of a range that is none of the presets, in words. Days are Intl's words ("Oct 8 – 22,
   * 2026"), already in the reader's language, and an option holds text only (no <time>): marked as
   * not to be translated.
   */
  #configured(today: Date): TemplateResult {
    const words = this.#words.value;
    return html`<option value="configured" translate=${words?.isIntlDate(this.date, today) ? 'no' : nothing} selected>${words?.describeDate(this.date, this.period, today, this.localize, true) ?? ''}</option>`;
  }

  protected override render(): TemplateResult {
    const id = this.#id;
    const today = this.#day;
    const choice = this.#choice;
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
          ${choice === 'configured' ? this.#configured(today) : nothing}
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
