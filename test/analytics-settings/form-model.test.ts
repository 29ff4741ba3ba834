import { expect } from '@open-wc/testing';
import { FormModel as Model, type FormModelOptions } from '../../src/analytics-settings/form-model.js';
import { parseJsonAt } from '../../src/analytics-settings/json-at.js';
import type { SettingEditor } from '../../src/analytics-settings/editor.js';
import type { SectionDefinition } from '../../src/analytics-settings/schema.js';
import { NOT_JSON, VALIDATORS, type FieldCheck } from '../../src/analytics-settings/validators.js';

// The form model on its own: no element, a schema of its own.

/** The model, with the validators there from the start (unless `options` says otherwise). */
class FormModel extends Model {
  constructor(sections: readonly SectionDefinition[], options: FormModelOptions = {}) {
    super(sections, { validators: () => VALIDATORS, ...options });
  }
}

/** An editor whose code arrives when `release()` is called (or fails with `fail()`), with a validator that wants "ok". */
function heldEditor() {
  let release!: () => void;
  let fail!: () => void;
  const gate = new Promise<void>((resolve, reject) => {
    release = resolve;
    fail = () => reject(new TypeError('Failed to fetch dynamically imported module'));
  });
  const editor: SettingEditor = {
    render: () => {
      throw new Error('not rendered here');
    },
    validate: (value) => (value === '' || value === '"ok"' ? { errors: [], warnings: [] } : { errors: [{ message: 'Only "ok" works.' }], warnings: [] }),
  };
  const state = { loads: 0, release, fail, load: () => (state.loads++, gate.then(() => editor)) };
  return state;
}

function schema(editor = heldEditor()): SectionDefinition[] {
  return [
    {
      id: 'one',
      title: 'One',
      settings: [
        { id: 'enabled', type: 'boolean', default: false, label: 'Enable' },
        { id: 'url', type: 'string', default: '', label: 'URL', dependsOn: 'enabled', required: true, validate: 'url' },
        { id: 'list', type: 'string', default: '', label: 'List', dependsOn: 'enabled', json: true, validate: 'json', editor: editor.load },
      ],
    },
    { id: 'two', title: 'Two', settings: [{ id: 'flag', type: 'boolean', default: true, label: 'Flag' }] },
  ];
}

const SERVER = [
  { id: 'enabled', value: true, packageValue: false },
  { id: 'url', value: 'https://a.example/', packageValue: '' },
  { id: 'list', value: '', packageValue: '' },
  { id: 'flag', value: 'true', packageValue: true },
];

const messages = (check: FieldCheck | undefined) => check?.errors.map((e) => e.message) ?? [];
const tick = () => new Promise((resolve) => setTimeout(resolve));

describe('FormModel', () => {
  it('loads values, defaults and what the server has; every change calls back', () => {
    let changes = 0;
    const model = new FormModel(schema(), { changed: () => changes++ });
    model.load(SERVER.filter((s) => s.id !== 'flag'), '', undefined);
    expect(model.loaded).to.equal(true);
    expect(model.values).to.deep.equal({ enabled: true, url: 'https://a.example/', list: '', flag: true });
    expect(model.defaults).to.deep.equal({ enabled: false, url: '', list: '', flag: true });
    expect([...model.present]).to.deep.equal(['enabled', 'url', 'list']);
    expect(model.dirty).to.equal(false);
    expect(changes).to.equal(1);
    model.edit({ url: 'https://b.example/' });
    expect(changes).to.equal(2);
  });

  it('coerces what the server sends to the setting type, and takes the schema default when it sends none', () => {
    const model = new FormModel(schema());
    model.load([{ id: 'flag', value: 'true' }, { id: 'url', value: 17 }], '', undefined);
    expect(model.values['flag']).to.equal(true);
    expect(model.values['url']).to.equal('17');
    expect(model.defaults['flag']).to.equal(true);
  });

  it('tracks edits: changed settings in order, dirty, and back to the loaded values on discard', () => {
    const model = new FormModel(schema());
    model.load(SERVER, '', undefined);
    model.edit({ flag: false });
    model.edit({ url: 'https://b.example/' });
    expect(model.changedIds()).to.deep.equal(['url', 'flag']);
    model.edit({ flag: true });
    expect(model.changedIds()).to.deep.equal(['url']);
    model.set({ notice: { kind: 'error', title: 'Not saved.' } });
    model.discard();
    expect(model.dirty).to.equal(false);
    expect(model.notice).to.equal(null);
    expect(model.values).to.deep.equal(model.baseline);
  });

  it('keeps an edit through a reload; untouched values follow the server', () => {
    const model = new FormModel(schema());
    model.load(SERVER, '', undefined);
    model.edit({ url: 'https://mine.example/' });
    model.load(SERVER.map((s) => (s.id === 'url' ? { ...s, value: 'https://theirs.example/' } : s.id === 'flag' ? { ...s, value: false } : s)), '', undefined);
    expect(model.values['url']).to.equal('https://mine.example/');
    expect(model.values['flag']).to.equal(false);
    expect(model.changedIds()).to.deep.equal(['url']);
  });

  it('an edit clears a notice of success, not one of failure', () => {
    const model = new FormModel(schema());
    model.load(SERVER, '', undefined);
    model.set({ notice: { kind: 'success', title: 'Saved.' } });
    model.edit({ flag: false });
    expect(model.notice).to.equal(null);
    model.set({ notice: { kind: 'error', title: 'Not saved.' } });
    model.edit({ flag: true });
    expect(model.notice?.title).to.equal('Not saved.');
  });

  it('judges enabled settings only, by their entry, and only a changed value that cannot work blocks Save', () => {
    const model = new FormModel(schema());
    model.load(SERVER.map((s) => (s.id === 'url' ? { ...s, value: 'no url' } : s)), '', undefined);
    const url = model.definition('url')!;
    expect(messages(model.check(url))[0]).to.contain('not a web address');
    // A stored value left alone does not stop saving another setting.
    model.edit({ flag: false });
    expect(model.invalidIds()).to.deep.equal([]);
    expect(model.canSave()).to.equal(true);
    model.edit({ url: 'still no url' });
    expect(model.invalidIds()).to.deep.equal(['url']);
    expect(model.canSave()).to.equal(false);
    // Untick Enable: the URL is no longer judged.
    model.edit({ enabled: false });
    expect(model.check(url)).to.equal(undefined);
    expect(model.invalidIds()).to.deep.equal([]);
  });

  it('judges each value once: the same text gives the same result', () => {
    const model = new FormModel(schema());
    model.load(SERVER, '', undefined);
    const url = model.definition('url')!;
    const first = model.check(url);
    model.edit({ flag: false });
    expect(model.check(url)).to.equal(first);
    model.edit({ url: 'https://b.example/' });
    expect(model.check(url)).not.to.equal(first);
  });

  it('a JSON setting asks for the locator on its first edit and for text that is not JSON, and says where once it is there', () => {
    let asked = 0;
    let locator: typeof parseJsonAt | undefined;
    const model = new FormModel(schema(), { locateJson: () => (asked++, locator) });
    model.load(SERVER, '', undefined);
    const list = model.definition('list')!;
    expect(asked, 'not for valid values').to.equal(0);
    model.edit({ list: '[1, 2]' });
    expect(asked, 'on the first edit').to.equal(1);
    model.check(list);
    expect(asked, 'not to judge valid JSON').to.equal(1);
    model.edit({ list: '[1, 2,]' });
    expect(messages(model.check(list))).to.deep.equal([NOT_JSON]);
    locator = parseJsonAt;
    model.revalidate();
    expect(messages(model.check(list))).to.deep.equal(['Line 1, column 6: remove the comma before ].']);
  });

  it("loads a setting's own editor the first time the setting is enabled, once, and judges with its validator when it arrives", async () => {
    const editor = heldEditor();
    let changes = 0;
    const model = new FormModel(schema(editor), { changed: () => changes++ });
    model.load(SERVER.map((s) => (s.id === 'enabled' ? { ...s, value: false } : s)), '', undefined);
    const list = model.definition('list')!;
    expect(model.editor(list)).to.equal(undefined);
    expect(editor.loads, 'not while the setting is disabled').to.equal(0);
    model.edit({ enabled: true });
    expect(model.editor(list)).to.equal(undefined);
    expect(editor.loads).to.equal(1);
    // Until it arrives: the entry's quick check, and a changed value waits for the full one.
    model.edit({ list: '"not ok"' });
    expect(messages(model.check(list))).to.deep.equal([]);
    expect(model.waiting()).to.deep.equal(['list']);
    expect(model.canSave()).to.equal(false);
    const before = changes;
    editor.release();
    await tick();
    expect(changes, 'its arrival updates').to.be.greaterThan(before);
    expect(model.editor(list)).to.exist;
    expect(model.waiting()).to.deep.equal([]);
    expect(messages(model.check(list))).to.deep.equal(['Only "ok" works.']);
    expect(model.invalidIds()).to.deep.equal(['list']);
    model.edit({ list: '"ok"' });
    expect(model.canSave()).to.equal(true);
    model.edit({ enabled: false });
    model.edit({ enabled: true });
    model.editor(list);
    expect(editor.loads).to.equal(1);
  });

  it("without its editor (its code did not arrive), a setting is judged by its entry's quick check and does not wait", async () => {
    const editor = heldEditor();
    const model = new FormModel(schema(editor));
    model.load(SERVER, '', undefined);
    const list = model.definition('list')!;
    model.editor(list);
    editor.fail();
    await tick();
    model.edit({ list: '"not ok"' });
    expect(model.editor(list)).to.equal(undefined);
    expect(model.waiting()).to.deep.equal([]);
    expect(model.check(list)?.errors).to.deep.equal([]);
    expect(model.canSave()).to.equal(true);
  });

  it('judges no setting by its entry until the validators are there; a changed one waits for them (not one whose Enable box is unticked)', () => {
    let validators: typeof VALIDATORS | undefined;
    let changes = 0;
    const model = new FormModel(schema(), { validators: () => validators, changed: () => changes++ });
    model.load(SERVER.map((s) => (s.id === 'url' ? { ...s, value: 'https://a.example' } : s)), '', undefined);
    const url = model.definition('url')!;
    expect(model.check(url)).to.equal(undefined);
    expect(model.invalidIds()).to.deep.equal([]);
    model.edit({ url: 'nope' });
    expect(model.waiting()).to.deep.equal(['url']);
    expect(model.canSave()).to.equal(false);
    model.edit({ enabled: false });
    expect(model.waiting(), 'not while disabled').to.deep.equal([]);
    expect(model.canSave()).to.equal(true);
    model.edit({ enabled: true });
    validators = VALIDATORS;
    const before = changes;
    model.revalidate();
    expect(changes).to.equal(before + 1);
    expect(model.waiting()).to.deep.equal([]);
    expect(messages(model.check(url))).to.deep.equal(['This is not a web address: write it in full, e.g. https://matomo.example.com/.']);
    expect(model.invalidIds()).to.deep.equal(['url']);
    expect(model.canSave()).to.equal(false);
    model.edit({ url: 'https://a.example/' });
    expect(model.canSave()).to.equal(true);
  });

  it('is read-only by the page, by a refusal, or by rights that allow no change; rights may allow some settings only', () => {
    const model = new FormModel(schema());
    model.load(SERVER, '', { editable: ['url'], reason: 'Only some.' });
    expect(model.readOnly).to.equal(false);
    expect([model.mayEdit('url'), model.mayEdit('flag')]).to.deep.equal([true, false]);
    model.load(SERVER, '', { editable: [], reason: 'None of these.' });
    expect(model.readOnly).to.equal(true);
    expect(model.forbidden).to.equal('None of these.');
    model.load(SERVER, 'Only the public values are shown.', undefined);
    expect(model.forbidden).to.equal('Only the public values are shown.');
    model.set({ forbidden: '' });
    model.locked = true;
    expect(model.readOnly).to.equal(true);
    expect(model.mayEdit('url')).to.equal(false);
  });

  it('Save needs the settings loaded, changes, no save running and an editable form', () => {
    const model = new FormModel(schema());
    expect(model.canSave()).to.equal(false);
    model.load(SERVER, '', undefined);
    expect(model.canSave()).to.equal(false);
    model.edit({ flag: false });
    expect(model.canSave()).to.equal(true);
    model.set({ busy: 'saving' });
    expect(model.canSave()).to.equal(false);
    model.set({ busy: '', forbidden: 'Refused.' });
    expect(model.canSave()).to.equal(false);
  });

  it('lists what a section may put back to its defaults, and what was loaded', () => {
    const model = new FormModel(schema());
    model.load(SERVER, '', undefined);
    const [one, two] = model.sections;
    expect(model.restorable(one!).map((d) => d.id)).to.deep.equal(['enabled', 'url']);
    expect(model.restorable(two!)).to.deep.equal([]);
    model.edit({ flag: false });
    expect(model.restorable(two!).map((d) => d.id)).to.deep.equal(['flag']);
    expect(model.snapshot()).to.deep.equal({ enabled: true, url: 'https://a.example/', list: '', flag: true });
  });

  it('takes no key from the server for a setting: ids it does not know are left out', () => {
    const model = new FormModel(schema());
    model.load([...SERVER, { id: '__proto__', value: 'x' }, { id: 'constructor', value: 'y' }], '', undefined);
    expect(Object.keys(model.values)).to.deep.equal(['enabled', 'url', 'list', 'flag']);
    expect(model.definition('__proto__')).to.equal(undefined);
    expect(Object.getPrototypeOf(model.values)).to.equal(Object.prototype);
  });
});
