/**
 * Script-tag bundles in dist/cdn/: name -> entry (shared by the build and the benchmarks). A
 * bundle's file is `cdn/<name>.js`. There are two layouts of the widgets:
 *  - self-contained bundles, `cdn/<widget>.js` (and the all-in-one `cdn/dashboard-widgets.js`):
 *    each built on its own, its first view one file; for a page with one widget (an intranet page,
 *    every embed.html frame);
 *  - the modular set, `cdn/modules/<widget>.js` (MODULAR_SET): built together, sharing lit, the
 *    core and the Matomo client in files of `cdn/modules/chunks/`; for a page with several widgets.
 */
export const CDN_ENTRIES = {
  'dashboard-widgets': 'src/index.ts',
  'activity-log': 'src/activity-log/define.ts',
  'visits-chart': 'src/visits-chart/define.ts',
  'analytics-settings': 'src/analytics-settings/define.ts',
  'modules/activity-log': 'src/activity-log/define.ts',
  'modules/visits-chart': 'src/visits-chart/define.ts',
  'modules/analytics-settings': 'src/analytics-settings/define.ts',
  'embed-host': 'src/embed/host.ts',
  'embed-page': 'src/embed/embed-page.main.ts',
};

/**
 * Bundles built as classic scripts (one IIFE file, no `import`/`export`), by name, with the global
 * they define. A classic `<script src>` runs when it comes from another origin without any CORS
 * header, where a module script is blocked: the host helper is pasted into other sites' pages.
 */
export const CLASSIC_ENTRIES = {
  'embed-host': 'DashboardWidgetsEmbedHost',
};

/** The folder of cdn/ that holds the modular set, its shared and on-demand files in `chunks/` below it. */
export const MODULAR_DIR = 'modules';

/**
 * The modular set: the bundles built together, in one build, so that what two or more of them use
 * (lit, the core, the Matomo client) is in shared files of `cdn/modules/chunks/` that each bundle
 * imports statically: a page with several of them loads that code once (one copy of lit).
 */
export const MODULAR_SET = Object.keys(CDN_ENTRIES).filter((name) => name.startsWith(`${MODULAR_DIR}/`));

/** The widgets, each with a self-contained bundle `<widget>` and a bundle of the modular set `modules/<widget>`. */
export const WIDGETS = ['activity-log', 'visits-chart', 'analytics-settings'];
