/**
 * The part of `<analytics-settings>` that is not in its first file (in the script-tag bundle, a
 * file of its own under `chunks/`): checking for conflicts, saving, the two-factor and conflict
 * dialogs. Fetched on the first edit, and awaited by the first Save (through `loadPart`, so a
 * failure is a retryable `ChunkLoadError`).
 * @internal Tests replace it to simulate a failed load.
 */
export const chunks = {
  save: () => import('./save-flow.js'),
};
