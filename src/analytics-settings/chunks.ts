/**
 * The parts of `<analytics-settings>` that are not in its first file (in the script-tag bundle,
 * files of their own under `chunks/`): saving (checking for conflicts, the two-factor and conflict
 * dialogs), fetched on the first edit and awaited by the first Save (through `loadPart`, so a
 * failure is a retryable `ChunkLoadError`); and the row editor of Additional Piwik Sites.
 * @internal Tests replace them to simulate a failed load.
 */
export const chunks = {
  save: () => import('./save-flow.js'),
  /** The row editor of Additional Piwik Sites, fetched when Matomo is enabled (the JSON text works without it). */
  trackers: () => import('./trackers-editor.js'),
};
