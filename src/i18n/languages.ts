import type { CatalogueLoader } from './types.js';

/**
 * The languages the library ships besides English, each fetched on demand as one small file (in
 * the script-tag bundles, under cdn/chunks/ or cdn/modules/chunks/), and the pseudo-locale `en-XA`
 * made from English.
 * A locale finds its language along `chainOf` (registry.ts): `de-CH` → `de`, `pt-BR` → `pt`,
 * `zh-CN` → `zh-Hans`. To come: fr, es, it, nl, pt (Brazilian), pl.
 */
export const LANGUAGES: Readonly<Record<string, CatalogueLoader>> = {
  ar: () => import('./locales/ar.js'),
  de: () => import('./locales/de.js'),
  'en-XA': () => import('./pseudo.js'),
  ja: () => import('./locales/ja.js'),
  'zh-Hans': () => import('./locales/zh-Hans.js'),
};

/** The pseudo-locale: every message accented, longer, and between ⟦ and ⟧ (see pseudo.ts). */
export const PSEUDO_LOCALE = 'en-XA';
