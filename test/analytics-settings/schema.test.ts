import { expect } from '@open-wc/testing';
import { english } from '../../src/core/translate.js';
import { parseJsonAt } from '../../src/analytics-settings/json-at.js';
import {
  ANALYTICS_SECTIONS,
  ANALYTICS_SETTING_IDS,
  ANALYTICS_SETTINGS,
  fullLabel,
  labelOf,
  normalizeValue,
  PIWIK_ENABLED,
  PIWIK_TRACKERS,
  PIWIK_URL,
  settingDefinition,
} from '../../src/analytics-settings/schema.js';
import { NOT_JSON, VALIDATORS } from '../../src/analytics-settings/validators.js';
import { ANALYTICS_SETTINGS as CHAT_ANALYTICS } from '../../src/demo/seed-settings.js';

// The schema on its own: what each entry carries (its validator, its editor), and the lookups the
// form, its fields and saving make by id.

const messages = (check: { errors: readonly { message: string }[] }) => check.errors.map((e) => e.message);

describe('schema', () => {
  it("lists the settings of Rocket.Chat's Analytics group (as the demo server defines them) in display order, each once, each text setting with its validator", () => {
    expect([...ANALYTICS_SETTING_IDS].sort()).to.deep.equal(CHAT_ANALYTICS.map((s) => s._id).sort());
    expect(new Set(ANALYTICS_SETTING_IDS).size).to.equal(ANALYTICS_SETTING_IDS.length);
    expect(ANALYTICS_SETTING_IDS).to.deep.equal(ANALYTICS_SECTIONS.flatMap((s) => s.settings.map((d) => d.id)));
    for (const def of ANALYTICS_SETTINGS) {
      // Named, not imported (the validators' code is not in the first view): a name of VALIDATORS.
      expect(def.validate !== undefined && Object.hasOwn(VALIDATORS, def.validate), def.id).to.equal(def.type === 'string');
      expect(typeof def.default, def.id).to.equal(def.type);
    }
  });

  it('makes a setting depend only on an Enable box shown before it in its section', () => {
    for (const section of ANALYTICS_SECTIONS) {
      section.settings.forEach((def, i) => {
        if (!def.dependsOn) return;
        const box = section.settings.findIndex((d) => d.id === def.dependsOn);
        expect(box, def.id).to.be.within(0, i - 1);
        expect(section.settings[box]!.type, def.id).to.equal('boolean');
      });
    }
  });

  it('finds an entry by id and by nothing else: names of Object.prototype are no settings', () => {
    expect(english.text(settingDefinition(PIWIK_URL)!.label)).to.equal('URL');
    for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'Nope']) expect(settingDefinition(id), id).to.equal(undefined);
  });

  it('gives the label a screen reader reads: the visible label and its suffix', () => {
    expect(english.text(labelOf(PIWIK_ENABLED))).to.equal('Enable Matomo');
    expect(english.text(labelOf('GoogleAnalytics_enabled'))).to.equal('Enable Google Analytics');
    expect(english.text(fullLabel(settingDefinition(PIWIK_URL)!))).to.equal('URL');
  });

  it('coerces what a server sends to the setting type', () => {
    const flag = settingDefinition(PIWIK_ENABLED)!;
    const url = settingDefinition(PIWIK_URL)!;
    expect([true, 'true', false, 'false', 1, null, undefined].map((v) => normalizeValue(flag, v))).to.deep.equal([true, true, false, false, false, false, false]);
    expect([17, null, undefined, 'a', [{ siteId: 2 }]].map((v) => normalizeValue(url, v))).to.deep.equal(['17', '', '', 'a', '[{"siteId":2}]']);
  });

  it("judges Additional Piwik Sites as JSON by its entry, and in full by the validator its editor brings", async () => {
    const def = settingDefinition(PIWIK_TRACKERS)!;
    expect(def.json).to.equal(true);
    const wrongKeys = '[{"trackerUrl":"https://b.example/","siteId":2}]';
    // The entry's quick check: JSON or not, and where it stops being JSON once the locator is there.
    const quick = VALIDATORS[def.validate!];
    expect(messages(quick(wrongKeys, false))).to.deep.equal([]);
    expect(messages(quick('[1,', false))).to.deep.equal([NOT_JSON]);
    const located = messages(quick('[1,\n', false, parseJsonAt));
    expect(located).to.have.length(1);
    expect(located[0]).to.not.equal(NOT_JSON);
    expect(located[0]).to.match(/line 2/i);
    // The editor the entry names: a view, its styles and the full validator, which reads the items.
    const editor = await def.editor!();
    expect(typeof editor.render).to.equal('function');
    expect(editor.styles?.cssText).to.be.a('string').and.not.equal('');
    expect(messages(editor.validate!(wrongKeys, false)).length).to.be.above(0);
    expect(messages(editor.validate!('[{"trackerURL":"https://b.example/","siteId":2}]', false))).to.deep.equal([]);
  });

  it('names editors that arrive with a view, for text settings only', async () => {
    const withEditor = ANALYTICS_SETTINGS.filter((d) => d.editor);
    expect(withEditor.map((d) => d.id)).to.include(PIWIK_TRACKERS);
    for (const def of withEditor) {
      expect(def.type, def.id).to.equal('string');
      expect(typeof (await def.editor!()).render, def.id).to.equal('function');
    }
  });
});
