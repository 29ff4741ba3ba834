import { loadPart } from '../core/parts.js';

/**
 * The parts of `<analytics-settings>` that are not in its first file (in the script-tag bundle,
 * each a file of its own under `chunks/`):
 * - `parts`: the validators, the row editor and the tracking-code preview. Fetched when the
 *   settings are read, at the same time, so the form shows once both are there;
 * - `save`: checking for conflicts, saving, the two-factor and conflict dialogs. Fetched on the
 *   first edit, and awaited by the first Save.
 * @internal Tests replace them to simulate a failed load.
 */
export const chunks = {
  parts: () => import('./form-parts.js'),
  save: () => import('./save-flow.js'),
};

/** Loads a part; a failure becomes a retryable `ChunkLoadError`. */
export function load<K extends keyof typeof chunks>(name: K): ReturnType<(typeof chunks)[K]> {
  return loadPart<unknown>(chunks[name]) as ReturnType<(typeof chunks)[K]>;
}
