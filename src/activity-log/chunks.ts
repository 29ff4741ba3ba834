import { NetworkError } from '../api/errors.js';

/**
 * The parts of `<activity-log>` its first view does not need, each loaded on first use (in the
 * script-tag bundle, files of their own under `chunks/`, served beside the bundle).
 * @internal Tests replace them to simulate a failed load.
 */
export const chunks = {
  /** Date ranges and text search in the browser, reading everything, following new entries. */
  scan: () => import('./filter-scan.js'),
  export: () => import('./export.js'),
  live: () => import('./live.js'),
  gravatar: () => import('./gravatar.js'),
};

/**
 * Loads a part. A failure (offline, or the `chunks` folder not served) becomes a `NetworkError`
 * naming the server the widget's files come from; it is retryable: the next call fetches again.
 */
export function load<K extends keyof typeof chunks>(name: K): ReturnType<(typeof chunks)[K]> {
  return chunks[name]().catch((error: unknown) => {
    throw new NetworkError(import.meta.url, error);
  }) as ReturnType<(typeof chunks)[K]>;
}
