/**
 * The parts of `<analytics-settings>` that are not in its first file (in the script-tag bundle,
 * files of their own under `chunks/`), each loaded through a `LazyPart` (a failure is a retryable
 * `ChunkLoadError`). None is needed to show the form: its labels, values, read-only state and
 * advice come with the first file. (A setting's own editor is named by its schema entry: see
 * schema.ts, `editor`.)
 * @internal Tests replace them to simulate a failed load.
 */
export const chunks = {
  /** Saving (checking for conflicts, the two-factor and conflict dialogs): fetched on the first edit, awaited by the first Save. */
  save: () => import('./save-part.js'),
  /**
   * The validators (validators.ts), fetched right after the form first shows the settings, as the
   * preview is: the settings are judged when they arrive, and Save waits for them.
   */
  validators: () => import('./validators.js'),
  /** The tracking-code preview, fetched right after the form first shows the settings. */
  preview: () => import('./preview.js'),
  /**
   * Where a JSON setting (Additional Piwik Sites) stops being valid JSON (line and column):
   * fetched when that setting is edited or holds a value that is not JSON; until then a syntax
   * error is said without its place.
   */
  jsonAt: () => import('./json-at.js'),
};
