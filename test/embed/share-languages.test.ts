import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { property } from 'lit/decorators.js';
import { WidgetElement } from '../../src/core/widget-element.js';
import { errorBox } from '../../src/core/status-message.js';
import { NetworkError } from '../../src/api/errors.js';
import { ShareToggle } from '../../src/embed/share-toggle.js';
import type { SharePanel } from '../../src/embed/share-panel.js';
import { WidgetFrame } from '../../src/embed/widget-frame.js';
import { axeViolations } from '../helpers/axe.js';
import { languageReady, localeFixture } from '../helpers/pseudo-locale.js';
import { STAND_IN_PAGE } from './helpers.js';

WidgetFrame.define();

/** A stand-in activity log with the Share / embed button and an error box, laid out as a widget lays itself out in its language. */
class StandInLog extends WidgetElement {
  static override tagName = 'activity-log';
  @property({ attribute: 'page-size', type: Number }) pageSize = 25;
  share = new ShareToggle(this);
  protected override render() {
    return html`<div class="base" lang=${this.localize.locale} dir=${this.localize.dir}>
      ${this.share.button()} ${errorBox(new NetworkError('https://matomo.example/index.php'), () => undefined, undefined, this.localize)} ${this.share.panel()}
    </div>`;
  }
}
StandInLog.define();

async function openPanel(log: StandInLog): Promise<SharePanel> {
  log.shadowRoot!.querySelector<HTMLButtonElement>('[part="share-button"]')!.click();
  await waitUntil(() => log.shadowRoot!.querySelector('dw-share-panel'), 'the panel did not open');
  const panel = log.shadowRoot!.querySelector('dw-share-panel') as SharePanel;
  await panel.updateComplete;
  return panel;
}

const text = (root: ParentNode, selector: string) => root.querySelector(selector)!.textContent!.replace(/\s+/g, ' ').trim();

describe('The Share / embed panel in German and in Arabic', () => {
  it('German: the button, the error box and every part of the panel, the snippet’s title too', async () => {
    const log = await localeFixture<StandInLog>('de', html`<activity-log api-base="https://matomo.example/"></activity-log>`);
    const root = log.shadowRoot!;
    expect(text(root, '[part="share-button"]')).to.equal('Teilen / Einbetten');
    expect(text(root, '[part="error"] strong')).to.equal('Die Daten konnten nicht geladen werden');
    expect(text(root, '[part="error"] p')).to.match(/^Der Server unter https:\/\/matomo\.example ist nicht erreichbar\./);
    expect(text(root, '[part="retry-button"]')).to.equal('Erneut versuchen');

    const panel = await openPanel(log);
    const p = panel.shadowRoot!;
    expect(text(p, 'h2')).to.equal('Teilen / Einbetten');
    expect(p.querySelector('section')!.getAttribute('lang')).to.equal('de');
    expect(p.querySelector('section')!.getAttribute('dir')).to.equal('ltr');
    expect(p.querySelector('[part="warning"]')!.getAttribute('aria-label')).to.equal('Bevor Sie teilen');
    expect(text(p, '[part="warning"]')).to.contain('Verwenden Sie ein Token nur mit Leserechten');
    expect([...p.querySelectorAll('#' + p.querySelector('select')!.id + ' option')].map((o) => o.textContent!.trim())).to.deep.equal([
      'Wie das Widget hier',
      'Hell',
      'Dunkel',
      'Wie im System der Betrachtenden',
    ]);
    expect(p.querySelector<HTMLInputElement>('input[placeholder]')!.placeholder).to.equal('z. B. de, fr-CH');
    expect([...p.querySelectorAll('[part="copy-button"]')].map((b) => b.textContent!.trim())).to.deep.equal(['Link kopieren', 'Iframe kopieren', 'Script-Tag kopieren']);
    expect(panel.snippets!.iframe).to.contain('title="Aktivitätsprotokoll (Matomo)"');
    expect(panel.snippets!.iframe).to.contain('<!-- Macht den Iframe so hoch wie sein Widget (optional). -->');
    await panel.copy('link');
    await panel.updateComplete;
    expect(text(p, '.status')).to.match(/^(Link kopiert\.|Der Link ist markiert: Drücken Sie Strg\+C)/);
    expect(await axeViolations(panel)).to.deep.equal([]);
  });

  it('Arabic: right to left (the close button at the start of the line’s end, snippets and addresses left to right), and the panel follows a change of language', async () => {
    const log = await localeFixture<StandInLog>('de', html`<activity-log api-base="https://matomo.example/"></activity-log>`);
    const panel = await openPanel(log);
    const p = panel.shadowRoot!;
    expect(text(p, 'h2')).to.equal('Teilen / Einbetten');

    // The page switches the widget to Arabic: the widget and its panel follow (right to left at
    // once; Arabic's words when its catalogue has arrived).
    log.locale = 'ar';
    await waitUntil(() => p.querySelector('section')!.getAttribute('dir') === 'rtl', 'the panel did not turn right to left');
    expect(p.querySelector('section')!.getAttribute('lang')).to.equal('ar');
    await waitUntil(() => text(p, 'h2') === 'مشاركة / تضمين', `the heading is not in Arabic: "${text(p, 'h2')}"`);
    expect(log.shadowRoot!.querySelector('.base')!.getAttribute('dir')).to.equal('rtl');

    const heading = p.querySelector('h2')!.getBoundingClientRect();
    const close = p.querySelector('[part="close-button"]')!.getBoundingClientRect();
    expect(heading.left, 'the heading starts on the right').to.be.greaterThan(close.left);
    const label = p.querySelector('label[for$="-token"]')!.getBoundingClientRect();
    const sectionBox = p.querySelector('section')!.getBoundingClientRect();
    expect(sectionBox.right - label.right, 'labels start on the right').to.be.lessThan(5);
    for (const el of p.querySelectorAll('textarea, input[type="url"], input[part="token-input"]')) {
      expect(getComputedStyle(el).direction, el.outerHTML.slice(0, 60)).to.equal('ltr');
    }
    expect(await axeViolations(panel)).to.deep.equal([]);
  });

  it('<widget-frame> names its frame in the page’s language', async () => {
    await languageReady('de');
    const frame = await fixture<WidgetFrame>(html`<div lang="de"><widget-frame widget="activity-log" src=${STAND_IN_PAGE}></widget-frame></div>`).then((d) => d.firstElementChild as WidgetFrame);
    await waitUntil(() => frame.iframe.title === 'Aktivitätsprotokoll', `title "${frame.iframe.title}"`);
    frame.parentElement!.setAttribute('lang', 'en');
    await waitUntil(() => frame.iframe.title === 'Activity log', `title "${frame.iframe.title}"`);
  });
});
