import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { loadTranslations } from '../../src/i18n/on-demand.js';
import { PSEUDO_LOCALE } from '../../src/i18n/languages.js';
import { bypasses, type Allowed, type SeenText } from './visible-text.js';

export { bypasses, seenTexts, unmarked, type Allowed, type SeenText } from './visible-text.js';

/*
 * The pseudo-locale check, for every element's tests: render it in en-XA, let it reach the state
 * to check, then `expectNoBypass(el, [server data])`. A word that did not come from the catalogue
 * fails the test, with where it is.
 *
 *   const el = await pseudoFixture<ActivityLog>(html`<activity-log .source=${source}></activity-log>`);
 *   await el.updateComplete;
 *   expectNoBypass(el, ['admin', 'sophie.martin', /\d{1,2}:\d{2}/]);
 */

/** Fetches the code for other languages and a language (once per page), so the next render shows it. */
export async function languageReady(locale: string): Promise<void> {
  const code = await loadTranslations();
  await code.fetchLanguages(code.chainOf(locale));
}

/** Renders `template` in a language (inside `<div lang=…>`), that language loaded first; resolves with the template's first element, updated. */
export async function localeFixture<T extends Element>(locale: string, template: TemplateResult): Promise<T> {
  await languageReady(locale);
  const wrap = await fixture<HTMLDivElement>(html`<div lang=${locale}>${template}</div>`);
  const el = wrap.firstElementChild as T & { updateComplete?: Promise<unknown> };
  await el.updateComplete;
  return el;
}

/** Renders `template` in the pseudo-locale (see `localeFixture`). */
export function pseudoFixture<T extends Element>(template: TemplateResult): Promise<T> {
  return localeFixture<T>(PSEUDO_LOCALE, template);
}

/** Fails, listing them, when strings in `root` bypassed the catalogue (see `bypasses`). */
export function expectNoBypass(root: Node, allowed: Allowed = []): void {
  const found: SeenText[] = bypasses(root, allowed);
  if (found.length) throw new Error(`Words that bypassed the catalogue (not inside ⟦…⟧):\n${found.map((f) => `  ${f.where}: "${f.text}"`).join('\n')}`);
}
