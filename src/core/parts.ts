import { ApiError } from '../api/errors.js';
import { CHECK_CHUNKS } from './status-message.js';

/** A part of a widget's code loaded on demand did not arrive (offline, or the `chunks` folder not served). */
export class ChunkLoadError extends ApiError {
  readonly kind = 'network';
  override name = 'ChunkLoadError';
  constructor(cause: unknown) {
    super(`A part of this widget could not be loaded. ${CHECK_CHUNKS}`, { cause });
  }
}

/** Loads a part of a widget; a failure becomes a `ChunkLoadError` (retryable: the next call fetches again). */
export function loadPart<T>(loader: () => Promise<T>): Promise<T> {
  return loader().catch((error: unknown) => {
    throw new ChunkLoadError(error);
  });
}
