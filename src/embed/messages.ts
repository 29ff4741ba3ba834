/** The `type` of the message an embedded widget page posts to its parent when its height changes. */
export const RESIZE_MESSAGE_TYPE = 'dashboard-widgets:resize';

/** The version of the message format. */
export const RESIZE_MESSAGE_VERSION = 1;

/** Heights above this are not believed (a frame cannot ask to be made absurdly tall). */
export const MAX_FRAME_HEIGHT = 100_000;

/** The message an embedded widget page posts to its parent. It carries no token and no data. */
export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE_TYPE;
  version: typeof RESIZE_MESSAGE_VERSION;
  /** The frame id from the embed URL's fragment (`frame-id=`), or '' when none was given. */
  id: string;
  /** The content height in CSS pixels. */
  height: number;
}

/**
 * True when `data` has exactly the shape of a resize message (and a believable height): these four
 * keys and no other. A message with any extra key is not a resize message.
 */
export function isResizeMessage(data: unknown): data is ResizeMessage {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const m = data as Record<string, unknown>;
  return (
    Object.keys(m).length === 4 &&
    m.type === RESIZE_MESSAGE_TYPE &&
    m.version === RESIZE_MESSAGE_VERSION &&
    typeof m.id === 'string' &&
    typeof m.height === 'number' &&
    Number.isFinite(m.height) &&
    m.height >= 0 &&
    m.height <= MAX_FRAME_HEIGHT
  );
}

/**
 * Whether a `message` event is a resize message from `frame`'s own document: the sender must be
 * the frame's window, its origin the origin of the frame's `src` (when that is an http(s) URL),
 * the shape right, and the id the one expected (when one is expected).
 * @internal
 */
export function resizeFrom(event: MessageEvent, frame: HTMLIFrameElement, expectedId = ''): ResizeMessage | undefined {
  if (!frame.contentWindow || event.source !== frame.contentWindow) return undefined;
  if (!isResizeMessage(event.data)) return undefined;
  if (expectedId && event.data.id !== expectedId) return undefined;
  const expectedOrigin = originOf(frame.src);
  if (expectedOrigin && event.origin !== expectedOrigin) return undefined;
  return event.data;
}

function originOf(src: string): string {
  try {
    const url = new URL(src, document.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : '';
  } catch {
    return '';
  }
}
