import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AnalyticsSettings } from '../../src/analytics-settings/analytics-settings.js';
import { expectNoBypass, localeFixture } from '../helpers/pseudo-locale.js';
import { PSEUDO_LOCALE } from '../../src/i18n/languages.js';
import {
  $,
  button,
  cleanup,
  control,
  description,
  loaded,
  makeEdits,
  previewShown,
  rowEditor,
  secondClient,
  shown,
  startBackend,
  text,
  tick,
  type,
  USERS,
  type DemoUser,
  type Intercept,
  type Mounted,
} from './helpers.js';

/*
 * <analytics-settings> in German and Arabic (right to left), and in the pseudo-locale, where every
 * word that bypassed the catalogue shows: the form, its checks, the tracking-code preview, the
 * read-only reasons, the two-factor and conflict dialogs, a failed save.
 */

/** Mounts the widget inside `<div lang=…>` on the demo Rocket.Chat, the language loaded first, and waits for the form. */
async function mountIn(locale: string, options: { user?: DemoUser; intercept?: Intercept; wait?: boolean } = {}): Promise<Mounted> {
  const backend = startBackend();
  if (options.intercept) backend.intercept(options.intercept);
  const user = USERS[options.user ?? 'bypass'];
  const el = await localeFixture<AnalyticsSettings>(
    locale,
    html`<analytics-settings api-base="/chat/" user-id=${user.userId} .token=${user.token} timeout="15" theme="light"></analytics-settings>`,
  );
  if (options.wait !== false) await loaded(el);
  return { el, ...backend };
}

/** Presses Save and waits for what it leads to: a dialog, or the notice. */
async function pressSave(el: AnalyticsSettings): Promise<void> {
  control<HTMLButtonElement>(el, 'save').click();
  await waitUntil(() => $(el, '[part="notice"]') || el.shadowRoot!.querySelector('dialog[open]'), 'the save led nowhere', { timeout: 8000 });
  await el.updateComplete;
}

const isWrite = (r: Request) => r.method === 'POST';
const unavailable: Intercept = (r) => (isWrite(r) ? new Response('<html><body>Service Unavailable</body></html>', { status: 503, statusText: 'Service Unavailable' }) : undefined);

/** What each language says, as a reader sees it. */
const WORDS = {
  de: {
    dir: 'ltr',
    title: 'Analytics',
    sections: ['Google Analytics', 'Aktivierte Funktionen', 'Matomo / Piwik'],
    enableGoogle: 'Google Analytics aktivieren',
    enableLabel: 'Aktivieren',
    idLabel: 'Tracking-ID',
    idle: 'Keine ungespeicherten Änderungen.',
    notId: 'Dies ist keine Tracking-ID',
    fixOne: 'Korrigieren Sie vor dem Speichern 1 Einstellung: Tracking-ID.',
    threeChanges: '3 ungespeicherte Änderungen.',
    needs: 'Setzen Sie das Häkchen bei „Google Analytics aktivieren“, um dies zu ändern.',
    preview: 'Tracking-Code',
    noSlash: 'Die URL hat keinen abschließenden Schrägstrich: Der Chat-Server hängt „js/“ an und würde https://stats.example.org/matomojs/ laden.',
    copy: 'Code kopieren, den der Chat-Server einfügt',
    readOnly: 'Schreibgeschützt: Dieses Konto darf diese Einstellungen nicht ändern.',
    noRole: 'Keine Rolle dieses Kontos',
    someReadOnly: 'Einige Einstellungen sind für dieses Konto schreibgeschützt.',
    twoFactor: 'Zwei-Faktor-Authentifizierung',
    authenticator: 'Geben Sie den Code aus Ihrer Authenticator-App ein.',
    wrongCode: 'Dieser Code wurde nicht akzeptiert. Versuchen Sie es erneut.',
    noCode: 'Nicht gespeichert: Der Server verlangt eine Zwei-Faktor-Bestätigung.',
    notSaved: 'Ihre Änderungen wurden nicht gespeichert.',
    kept: 'Alle Änderungen bleiben erhalten: Nichts, was Sie eingegeben haben, geht verloren.',
    fieldFailed: 'Nicht gespeichert: Fehler auf dem Server (HTTP 503',
    cancel: 'Abbrechen',
  },
  ar: {
    dir: 'rtl',
    title: 'التحليلات',
    sections: ['Google Analytics', 'الميزات المفعَّلة', 'Matomo / Piwik'],
    enableGoogle: 'تفعيل Google Analytics',
    enableLabel: 'تفعيل',
    idLabel: 'معرّف التتبع',
    idle: 'لا توجد تغييرات غير محفوظة.',
    notId: 'هذا ليس معرّف تتبع',
    fixOne: 'صحّح إعدادًا واحدًا قبل الحفظ: معرّف التتبع.',
    threeChanges: '3 تغييرات غير محفوظة.',
    needs: 'حدّد «تفعيل Google Analytics» لتغيير هذا.',
    preview: 'رمز التتبع',
    noSlash: 'لا ينتهي عنوان URL بشرطة مائلة',
    copy: 'نسخ الرمز الذي يُدرجه خادم الدردشة',
    readOnly: 'للقراءة فقط: لا يحق لهذا الحساب تغيير هذه الإعدادات.',
    noRole: 'لا يملك أي دور من أدوار هذا الحساب',
    someReadOnly: 'بعض الإعدادات للقراءة فقط لهذا الحساب.',
    twoFactor: 'المصادقة الثنائية',
    authenticator: 'أدخل الرمز من تطبيق المصادقة.',
    wrongCode: 'لم يُقبل هذا الرمز. حاول مرة أخرى.',
    noCode: 'لم يُحفظ: يطلب الخادم تأكيدًا بالمصادقة الثنائية.',
    notSaved: 'لم تُحفظ تغييراتك.',
    kept: 'كل التعديلات باقية: لن يضيع شيء مما كتبته.',
    fieldFailed: 'لم يُحفظ: ',
    cancel: 'إلغاء',
  },
} as const;

for (const [locale, w] of Object.entries(WORDS)) {
  describe(`<analytics-settings> in ${locale === 'de' ? 'German' : 'Arabic'}`, () => {
    afterEach(cleanup);

    it(`shows the form in ${locale}, ${w.dir === 'rtl' ? 'laid out right to left' : 'left to right'}, addresses and code left to right`, async () => {
      const { el } = await mountIn(locale);
      const base = $(el, '[part="base"]')!;
      expect(base.getAttribute('lang')).to.equal(locale);
      expect(base.getAttribute('dir')).to.equal(w.dir);
      expect(getComputedStyle(base).direction).to.equal(w.dir);
      expect(text(el, '#title')).to.equal(w.title);
      expect([...el.shadowRoot!.querySelectorAll('section.group h3')].map((h) => h.textContent!.trim())).to.deep.equal(w.sections);
      expect(control(el, 'GoogleAnalytics_enabled').getAttribute('aria-label')).to.equal(w.enableGoogle);
      expect(control(el, 'GoogleAnalytics_enabled').labels![0]!.textContent!.trim()).to.equal(w.enableLabel);
      expect(control(el, 'GoogleAnalytics_ID').labels![0]!.textContent!.trim()).to.equal(w.idLabel);
      expect(description(el, 'GoogleAnalytics_ID')).to.contain(w.needs);
      expect(text(el, '#save-state')).to.equal(w.idle);
      expect(text(el, '#cancel')).to.equal(w.cancel);
      // Addresses are typed left to right, whatever the language.
      expect(control(el, 'PiwikAnalytics_url').getAttribute('dir')).to.equal('ltr');
      // The actions bar follows the direction: the save state at the start, the buttons at the end.
      const state = $(el, '#save-state')!.getBoundingClientRect();
      const saveButton = control(el, 'save').getBoundingClientRect();
      if (w.dir === 'rtl') expect(saveButton.right).to.be.below(state.left);
      else expect(saveButton.left).to.be.above(state.right);
    });

    it('says what is wrong with a value as it is typed, and what blocks Save, in the language', async () => {
      const { el } = await mountIn(locale);
      await tick(el, 'GoogleAnalytics_enabled');
      await type(el, 'GoogleAnalytics_ID', 'abc');
      expect(description(el, 'GoogleAnalytics_ID')).to.contain(w.notId);
      expect(text(el, '#save-state')).to.equal(w.fixOne);
      await type(el, 'GoogleAnalytics_ID', 'G-4XK2M9QZ7P');
      await tick(el, 'Analytics_features_rooms');
      expect(text(el, '#save-state')).to.equal(w.threeChanges);
    });

    it('shows the tracking-code preview and its pitfalls in the language, the code as it is', async () => {
      const { el } = await mountIn(locale);
      await previewShown(el);
      expect(text(el, '#preview-title')).to.equal(w.preview);
      await tick(el, 'PiwikAnalytics_enabled');
      await type(el, 'PiwikAnalytics_url', 'https://stats.example.org/matomo');
      await type(el, 'PiwikAnalytics_siteId', '3');
      await el.updateComplete;
      await waitUntil(() => $(el, '[part="pitfalls"]'), 'no pitfalls');
      expect(text(el, '[part="pitfalls"]')).to.contain(w.noSlash);
      expect(button(el, w.copy)).to.exist;
      const code = $(el, '#code-chat')!;
      expect(code.getAttribute('dir')).to.equal('ltr');
      expect(code.textContent).to.contain("_paq.push(['setSiteId', 3]);");
    });

    it('says why the form is read-only, with the server’s reason, in the language', async () => {
      const viewer = await mountIn(locale, { user: 'viewer' });
      expect(text(viewer.el, '[part="readonly-note"]')).to.contain(w.readOnly);
      expect(text(viewer.el, '[part="readonly-note"]')).to.contain(w.noRole);
      cleanup();
      const matomo = await mountIn(locale, { user: 'matomo' });
      expect(text(matomo.el, '[part="readonly-note"]')).to.contain(w.someReadOnly);
    });

    it('asks for the two-factor code in a dialog in the language and direction; closed, it says so and keeps the edits', async () => {
      const { el } = await mountIn(locale, { user: '2fa' });
      const typed = await makeEdits(el);
      await pressSave(el);
      const dialog = $(el, 'dialog#two-factor') as HTMLDialogElement;
      await waitUntil(() => dialog.open, 'no two-factor dialog');
      expect(dialog.getAttribute('lang')).to.equal(locale);
      expect(dialog.getAttribute('dir')).to.equal(w.dir);
      expect(getComputedStyle(dialog).direction).to.equal(w.dir);
      expect(text(el, '#two-factor-title')).to.equal(w.twoFactor);
      expect(text(el, '#two-factor-prompt')).to.equal(w.authenticator);
      await sendKeys({ type: '000000' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => text(el, '#two-factor-note') === w.wrongCode, 'a wrong code was not reported in the language', { timeout: 8000 });
      button(el, w.cancel, dialog).click();
      await waitUntil(() => $(el, '[part="notice"]'), 'no notice');
      expect(text(el, '[part="notice"] strong')).to.equal(w.noCode);
      expect(shown(el, Object.keys(typed))).to.deep.equal(typed);
    });

    it('a failed save says so in the language and keeps what was typed', async () => {
      const { el } = await mountIn(locale, { intercept: unavailable });
      const typed = await makeEdits(el);
      await pressSave(el);
      await waitUntil(() => $(el, '[part="notice"]'), 'no notice');
      expect(text(el, '[part="notice"] strong')).to.equal(w.notSaved);
      expect(text(el, '[part="notice"]')).to.contain(w.kept);
      expect(text(el, '#GoogleAnalytics_ID-fail')).to.contain(w.fieldFailed);
      expect(shown(el, Object.keys(typed))).to.deep.equal(typed);
    });
  });
}

describe('<analytics-settings> when the language changes', () => {
  afterEach(cleanup);

  it('speaks the new language at once, the preview’s pitfalls included, and turns right to left in Arabic', async () => {
    const { el } = await mountIn('en');
    await previewShown(el);
    await tick(el, 'PiwikAnalytics_enabled');
    await type(el, 'PiwikAnalytics_url', 'https://stats.example.org/matomo');
    await waitUntil(() => $(el, '[part="pitfalls"]'), 'no pitfalls');
    expect(text(el, '[part="pitfalls"]')).to.contain('The URL has no trailing slash');
    // The language of the page changes; its words arrive on demand.
    el.parentElement!.setAttribute('lang', 'de');
    await waitUntil(() => text(el, '#title') === 'Analytics' && text(el, '#cancel') === 'Abbrechen', 'the form did not turn German', { timeout: 5000 });
    await waitUntil(() => text(el, '[part="pitfalls"]').includes('Die URL hat keinen abschließenden Schrägstrich'), 'the pitfalls stayed English', { timeout: 5000 });
    expect(text(el, '#preview-title')).to.equal('Tracking-Code');
    el.parentElement!.setAttribute('lang', 'ar');
    await waitUntil(() => $(el, '[part="base"]')!.getAttribute('dir') === 'rtl', 'the form did not turn right to left', { timeout: 5000 });
    expect(text(el, '#preview-title')).to.equal('رمز التتبع');
    expect(text(el, '[part="pitfalls"]')).to.contain('لا ينتهي عنوان URL بشرطة مائلة');
  });
});

describe('<analytics-settings> in the pseudo-locale: no word bypasses the catalogue', () => {
  afterEach(cleanup);

  /**
   * Server data and code the form shows as they are: the code blocks, an example address, the
   * roles of the account.
   */
  function allowed(el: AnalyticsSettings): Array<string | RegExp> {
    const code = [...el.shadowRoot!.querySelectorAll('pre')].map((pre) => pre.textContent!);
    return [...code, /\b(user|matomo-manager)\b/];
  }

  it('loaded, with the preview and the row editor', async () => {
    const { el } = await mountIn(PSEUDO_LOCALE);
    await previewShown(el);
    await tick(el, 'PiwikAnalytics_enabled');
    await type(el, 'PiwikAdditionalTrackers', '[{"trackerURL":"https://a.example/","siteId":1}]');
    await rowEditor(el);
    await el.updateComplete;
    expectNoBypass(el, allowed(el));
  });

  it('loading, and a load that failed', async () => {
    let fail = true;
    const { el } = await mountIn(PSEUDO_LOCALE, { wait: false, intercept: () => (fail ? new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }) : undefined) });
    expectNoBypass(el, allowed(el));
    await waitUntil(() => $(el, '[part="error"]'), 'no error');
    expectNoBypass(el, allowed(el));
    fail = false;
  });

  it('every check of every setting failing, with its fix', async () => {
    const { el } = await mountIn(PSEUDO_LOCALE);
    await previewShown(el);
    await tick(el, 'GoogleAnalytics_enabled');
    await type(el, 'GoogleAnalytics_ID', 'ua-1-2');
    await tick(el, 'PiwikAnalytics_enabled');
    await type(el, 'PiwikAnalytics_url', 'stats.example.org');
    await type(el, 'PiwikAnalytics_siteId', '017');
    await type(el, 'PiwikAdditionalTrackers', '[{"trackerURL":"http://a.example","siteId":"1","x":1},null,{"trackerURL":"https://a.example"}]');
    await type(el, 'PiwikAnalytics_domains', 'a.com, b.com\nhttps://c.com\n*.d.com');
    await tick(el, 'PiwikAnalytics_cookieDomain');
    await rowEditor(el);
    await el.updateComplete;
    expect($(el, '[part="field-error"]')).to.exist;
    expectNoBypass(el, allowed(el));
  });

  it('read-only, and partly read-only', async () => {
    const viewer = await mountIn(PSEUDO_LOCALE, { user: 'viewer' });
    expect($(viewer.el, '[part="readonly-note"]')).to.exist;
    expectNoBypass(viewer.el, allowed(viewer.el));
    cleanup();
    const matomo = await mountIn(PSEUDO_LOCALE, { user: 'matomo' });
    expect($(matomo.el, '[part="readonly-note"]')).to.exist;
    expectNoBypass(matomo.el, allowed(matomo.el));
  });

  it('the two-factor dialog, a wrong code, and the notice once it is closed', async () => {
    const { el } = await mountIn(PSEUDO_LOCALE, { user: '2fa' });
    await makeEdits(el);
    await pressSave(el);
    const dialog = $(el, 'dialog#two-factor') as HTMLDialogElement;
    await waitUntil(() => dialog.open, 'no two-factor dialog');
    expectNoBypass(el, allowed(el));
    await sendKeys({ type: '000000' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => control(el, 'two-factor-code').getAttribute('aria-invalid') === 'true', 'a wrong code was not reported', { timeout: 8000 });
    expectNoBypass(el, allowed(el));
    dialog.close();
    await waitUntil(() => $(el, '[part="notice"]'), 'no notice');
    expectNoBypass(el, allowed(el));
  });

  it('the conflict dialog', async () => {
    const { el, demo } = await mountIn(PSEUDO_LOCALE);
    await makeEdits(el);
    await secondClient(demo, 'GoogleAnalytics_ID', 'G-OTHER12345');
    await pressSave(el);
    const dialog = $(el, 'dialog#conflicts') as HTMLDialogElement;
    await waitUntil(() => dialog.open, 'no conflict dialog');
    expectNoBypass(el, [...allowed(el), 'G-OTHER12345', 'G-4XK2M9QZ7P']);
  });

  it('a failed save, and a save that worked', async () => {
    const { el, intercept } = await mountIn(PSEUDO_LOCALE, { intercept: unavailable });
    await makeEdits(el);
    await pressSave(el);
    await waitUntil(() => $(el, '[part="notice"]'), 'no notice');
    expectNoBypass(el, allowed(el));
    intercept(undefined);
    control<HTMLButtonElement>(el, 'save').click();
    await waitUntil(() => $(el, '[part="notice"].success'), 'the save did not go through', { timeout: 8000 });
    expectNoBypass(el, allowed(el));
  });
});
