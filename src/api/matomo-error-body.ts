import { isRecord } from '../core/records.js';

/**
 * Matomo's answer for a failed call, `{"result":"error","message":"…"}` (with any HTTP status, and
 * as an item of a bulk answer): what the client checks every answer for, and what the explanation
 * of failures (matomo-failure.ts, loaded on demand) reads.
 */
export function isErrorBody(data: unknown): data is { result: 'error'; message?: unknown } {
  return isRecord(data) && data.result === 'error';
}
