/** Script-tag bundles in dist/cdn/: name -> entry (shared by the build and the benchmarks). */
export const CDN_ENTRIES = {
  'dashboard-widgets': 'src/index.ts',
  'activity-log': 'src/activity-log/define.ts',
  'visits-chart': 'src/visits-chart/define.ts',
  'analytics-settings': 'src/analytics-settings/define.ts',
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

/**
 * The bundles built together, in one build: what they share (lit, the core, the clients, each
 * widget's code for the all-in-one bundle) is in shared files under cdn/chunks/, which each bundle
 * imports statically, so a page with several of them loads that code once.
 */
export const SHARED_BUILD = ['activity-log', 'visits-chart', 'analytics-settings'];
