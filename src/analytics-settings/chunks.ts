import { ApiError } from '../api/errors.js';

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

/** A part of the widget's code did not arrive (offline, or the `chunks` folder not served). */
export class ChunkLoadError extends ApiError {
  readonly kind = 'network';
  override name = 'ChunkLoadError';
  constructor(cause: unknown) {
    super('A part of this widget could not be loaded. Check the network connection (a self-hosted copy must serve the chunks folder beside the bundle).', { cause });
  }
}

/** Loads a part; a failure becomes a `ChunkLoadError` (retryable: the next call fetches again). */
export function load<K extends keyof typeof chunks>(name: K): ReturnType<(typeof chunks)[K]> {
  return chunks[name]().catch((error: unknown) => {
    throw new ChunkLoadError(error);
  }) as ReturnType<(typeof chunks)[K]>;
}
