import { expect, fixture, html } from '@open-wc/testing';
import { english } from '../../src/core/translate.js';
import { SettingField, type SettingEditEvent } from '../../src/analytics-settings/setting-field.js';
import type { SettingEditor } from '../../src/analytics-settings/editor.js';
import { settingDefinition, type SettingDefinition } from '../../src/analytics-settings/schema.js';
import { validateUrl, type FieldCheck } from '../../src/analytics-settings/validators.js';

// One setting's field on its own: properties in, a SettingEditEvent out.

SettingField.define();

const URL_DEF = settingDefinition('PiwikAnalytics_url')!;
const ENABLE = settingDefinition('PiwikAnalytics_enabled')!;
const TRACKERS = settingDefinition('PiwikAdditionalTrackers')!;

interface Props {
  def: SettingDefinition;
  value?: string | boolean;
  saved?: string | boolean;
  fallback?: string | boolean;
  present?: boolean;
  enabled?: boolean;
  editable?: boolean;
  check?: FieldCheck | undefined;
  failure?: string;
  editor?: SettingEditor | undefined;
}

/** A field in a plain container, and every edit it fires. */
async function field(p: Props): Promise<{ el: SettingField; edits: SettingEditEvent[] }> {
  const edits: SettingEditEvent[] = [];
  const host = await fixture<HTMLElement>(
    html`<div @dw-setting-edit=${(e: SettingEditEvent) => edits.push(e)}>
      <dw-setting-field
        .def=${p.def}
        .value=${p.value ?? ''}
        .saved=${p.saved ?? p.value ?? ''}
        .fallback=${p.fallback ?? ''}
        .present=${p.present ?? true}
        .enabled=${p.enabled ?? true}
        .editable=${p.editable ?? true}
        .check=${p.check}
        .failure=${p.failure ?? ''}
        .editor=${p.editor}
      ></dw-setting-field>
    </div>`,
  );
  const el = host.querySelector<SettingField>('dw-setting-field')!;
  await el.updateComplete;
  return { el, edits };
}

const describedBy = (el: SettingField, id: string) =>
  (el.querySelector(`#${id}`)!.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((ref) => el.querySelector(`#${ref}`)?.textContent?.replace(/\s+/g, ' ').trim() ?? `<missing ${ref}>`);

describe('<dw-setting-field>', () => {
  it('renders in the light of its host (no shadow root of its own), as the field part, named by its setting', async () => {
    const { el } = await field({ def: URL_DEF, value: 'https://a.example/' });
    expect(el.shadowRoot).to.equal(null);
    expect(el.getAttribute('part')).to.equal('field');
    expect(el.dataset['setting']).to.equal('PiwikAnalytics_url');
    expect(el.classList.contains('text')).to.equal(true);
    const input = el.querySelector<HTMLInputElement>('#PiwikAnalytics_url')!;
    expect(input.value).to.equal('https://a.example/');
    expect(input.type).to.equal('url');
    expect(el.querySelector(`label[for="PiwikAnalytics_url"]`)!.textContent).to.equal('URL');
  });

  it('typing fires one edit with the new value; ticking a box fires its state', async () => {
    const { el, edits } = await field({ def: URL_DEF });
    const input = el.querySelector<HTMLInputElement>('input')!;
    input.value = 'https://b.example/';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    expect(edits.map((e) => e.values)).to.deep.equal([{ PiwikAnalytics_url: 'https://b.example/' }]);
    expect(edits[0]!.composed, 'the edit stays inside the widget').to.equal(false);
    const box = await field({ def: ENABLE, value: false });
    box.el.querySelector<HTMLInputElement>('input')!.click();
    expect(box.edits.map((e) => e.values)).to.deep.equal([{ PiwikAnalytics_enabled: true }]);
  });

  it('says an edit is unsaved, and ties every message to its control', async () => {
    const check = validateUrl('https://a.example');
    const { el } = await field({ def: URL_DEF, value: 'https://a.example', saved: 'https://x.example/', check, failure: 'Timed out.' });
    expect(el.querySelector('[part="changed-badge"]')!.textContent).to.equal('Unsaved');
    const input = el.querySelector('input')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(describedBy(el, 'PiwikAnalytics_url')).to.deep.equal([
      english.text(URL_DEF.description!),
      'Unsaved',
      check.errors[0]!.message,
      'Not saved: Timed out.',
    ]);
  });

  it('offers the fix of its check and Reset to default; each fires an edit with what to announce and where the focus goes', async () => {
    const { el, edits } = await field({ def: URL_DEF, value: 'https://a.example', fallback: '', check: validateUrl('https://a.example') });
    const [fix, reset] = el.querySelectorAll<HTMLButtonElement>('.tools button');
    expect(fix!.textContent).to.equal('Add the trailing slash');
    fix!.click();
    reset!.click();
    expect(edits.map((e) => [e.values, e.announce, e.focus])).to.deep.equal([
      [{ PiwikAnalytics_url: 'https://a.example/' }, 'Add the trailing slash: done.', 'PiwikAnalytics_url'],
      [{ PiwikAnalytics_url: '' }, 'URL set to its default; save to apply.', 'PiwikAnalytics_url'],
    ]);
  });

  it('read-only for this user: the text is read-only, no tools; disabled until its Enable box is ticked, which it says', async () => {
    const readOnly = await field({ def: URL_DEF, value: 'https://a.example', editable: false, check: validateUrl('https://a.example') });
    expect(readOnly.el.querySelector('input')!.readOnly).to.equal(true);
    expect(readOnly.el.querySelector('.tools')).to.equal(null);
    const disabled = await field({ def: URL_DEF, enabled: false });
    expect(disabled.el.querySelector('input')!.disabled).to.equal(true);
    expect(describedBy(disabled.el, 'PiwikAnalytics_url')).to.include('Tick Enable Matomo to change this.');
    const missing = await field({ def: URL_DEF, present: false, enabled: false });
    expect(describedBy(missing.el, 'PiwikAnalytics_url')).to.include('This server does not have this setting.');
  });

  it("renders its setting's own editor above the text, which edits the value through it; without one, the text alone", async () => {
    let given: { value: string; readOnly: boolean; issues: readonly unknown[] } | undefined;
    let change: ((value: string, focus: string) => void) | undefined;
    const editor: SettingEditor = {
      render: (context) => {
        given = { value: context.value, readOnly: context.readOnly, issues: context.issues };
        change = context.change;
        return html`<p id="own-editor">Own editor</p>`;
      },
    };
    const check: FieldCheck = { errors: [{ message: 'Item 1 is wrong.', item: 0 }], warnings: [] };
    const { el, edits } = await field({ def: TRACKERS, value: '[1]', editor, check });
    expect(el.querySelector('#own-editor')!.nextElementSibling).to.equal(el.querySelector('textarea'));
    expect(given).to.deep.equal({ value: '[1]', readOnly: false, issues: check.errors });
    change!('[]', 'tracker-add');
    expect(edits.map((e) => [e.values, e.focus])).to.deep.equal([[{ PiwikAdditionalTrackers: '[]' }, 'tracker-add']]);
    const plain = await field({ def: TRACKERS, value: '[1]' });
    expect(plain.el.querySelector('#own-editor')).to.equal(null);
    expect(plain.el.querySelector('textarea')!.value).to.equal('[1]');
  });
});
