/** Script-tag bundles in dist/cdn/: name -> entry (shared by the build and the benchmarks). */
export const CDN_ENTRIES = {
  'dashboard-widgets': 'src/index.ts',
  'activity-log': 'src/activity-log/define.ts',
  'visits-chart': 'src/visits-chart/define.ts',
  'analytics-settings': 'src/analytics-settings/define.ts',
  'embed-host': 'src/embed/host.ts',
  'embed-page': 'src/embed/embed-page.main.ts',
};
