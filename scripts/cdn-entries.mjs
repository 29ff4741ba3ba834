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
