import { loadPart } from '../core/parts.js';

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

/** Loads a part; a failure becomes a retryable `ChunkLoadError`. */
export function load<K extends keyof typeof chunks>(name: K): ReturnType<(typeof chunks)[K]> {
  return loadPart<unknown>(chunks[name]) as ReturnType<(typeof chunks)[K]>;
}
