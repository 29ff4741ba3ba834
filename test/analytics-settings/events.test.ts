/**
 * <analytics-settings> speaks the library's vocabulary: `reload()`, one class per event, and
 * `dw-settings-error` with the detail every widget's error event has, when loading fails too.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/analytics-settings/define.js';
import { SettingsErrorEvent, SettingsLoadEvent, type AnalyticsSettings } from '../../src/analytics-settings/define.js';
import { PermissionError, TimeoutError } from '../../src/api/errors.js';
import type { SettingsSource, SettingValue } from '../../src/api/settings-source.js';

/** A source whose loads fail with the errors given, one per call, then answer. */
function source(failures: unknown[]): SettingsSource & { loads: number } {
  return {
    loads: 0,
    async load(): Promise<SettingValue[]> {
      this.loads++;
      const failure = failures.shift();
      if (failure) throw failure;
      return [{ id: 'GoogleAnalytics_enabled', value: true }];
    },
    async save() {
      return [];
    },
  };
}

describe('<analytics-settings> events', () => {
  it('fires dw-settings-error with during "load" when the settings cannot be read, and reload() reads them again', async () => {
    const failing = source([new TimeoutError(15)]);
    const el = document.createElement('analytics-settings') as AnalyticsSettings;
    el.source = failing;
    const failed = oneEvent(el, 'dw-settings-error');
    const parent = await fixture(html`<div></div>`);
    parent.append(el);
    const event = await failed;
    expect(event).to.be.instanceOf(SettingsErrorEvent);
    expect(event.detail).to.deep.include({ kind: 'timeout', message: 'The server did not answer within 15 seconds.', during: 'load', failed: [] });
    expect(event.detail.error).to.be.instanceOf(TimeoutError);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('Could not load the Analytics settings');

    const loaded = oneEvent(el, 'dw-settings-load');
    el.reload();
    expect(await loaded).to.be.instanceOf(SettingsLoadEvent);
    expect(failing.loads).to.equal(2);
    await waitUntil(() => !el.shadowRoot!.querySelector('[part="error"]'), 'the error box stays after reloading');
  });

  it('says why when access is refused and no public values can be read', async () => {
    const el = document.createElement('analytics-settings') as AnalyticsSettings;
    el.source = source([new PermissionError()]);
    const failed = oneEvent(el, 'dw-settings-error');
    (await fixture(html`<div></div>`)).append(el);
    const { detail } = await failed;
    expect(detail).to.include({ kind: 'permission', during: 'load' });
  });
});
