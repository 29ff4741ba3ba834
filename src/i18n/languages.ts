import type { CatalogueLoader } from './types.js';

/**
 * The languages the library ships besides English, each fetched on demand as one small file (in
 * the script-tag bundles, under cdn/chunks/ or cdn/modules/chunks/), and the pseudo-locale `en-XA`
 * made from English.
 * A locale finds its language along `chainOf` (registry.ts): `de-CH` → `de`, `pt-BR` → `pt`,
 * `zh-CN` → `zh-Hans`.
 */
export const LANGUAGES: Readonly<Record<string, CatalogueLoader>> = {
  ar: () => import('./locales/ar.js'),
  de: () => import('./locales/de.js'),
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  it: () => import('./locales/it.js'),
  ja: () => import('./locales/ja.js'),
  nl: () => import('./locales/nl.js'),
  pl: () => import('./locales/pl.js'),
  pt: () => import('./locales/pt.js'),
  'zh-Hans': () => import('./locales/zh-Hans.js'),
  'en-XA': () => import('./pseudo.js'),
};

/** The pseudo-locale: every message accented, longer, and between ⟦ and ⟧ (see pseudo.ts). */
export const PSEUDO_LOCALE = 'en-XA';
