/**
 * The parts of `<activity-log>` its first view does not need, each loaded on first use (in the
 * script-tag bundle, files of their own under `chunks/`, served beside the bundle), each through a
 * `LazyPart` (core/lazy-part.ts), so a failure is a retryable `ChunkLoadError`.
 * @internal Tests replace them to simulate a failed load.
 */
export const chunks = {
  /** Date ranges and text search in the browser, reading everything, following new entries. */
  scan: () => import('./filter-scan.js'),
  export: () => import('./export.js'),
  /** The audit report ("Print report"). */
  report: () => import('./report.js'),
  live: () => import('./live.js'),
  gravatar: () => import('./gravatar.js'),
  /** Every option of the user and type filters (after the first rows are painted, or when a select is reached). */
  options: () => import('./filter-options.js'),
};
