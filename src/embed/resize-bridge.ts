import { RESIZE_MESSAGE_TYPE, RESIZE_MESSAGE_VERSION, type ResizeMessage } from './messages.js';

export interface ResizeBridgeOptions {
  /** The id the messages carry (the fragment's `frame-id`). */
  frameId?: string;
  /** Where to post: an origin, or `'*'` (the message then carries only the height). Default `'*'`. */
  targetOrigin?: string;
  /** The window to tell. Default: `window.parent`. */
  target?: Window;
  /** The element whose height is reported. Default: the document's root element. */
  element?: Element;
}

/** A running resize bridge. */
export interface ResizeBridge {
  /** Posts the current height now, even when it has not changed. */
  report(): void;
  /** Points the bridge at another frame id or origin (after a `hashchange`), and reports. */
  configure(options: Pick<ResizeBridgeOptions, 'frameId' | 'targetOrigin'>): void;
  /** Stops observing. */
  stop(): void;
}

/**
 * Tells the parent page the height of this document whenever it changes, so the parent can size
 * the iframe to fit (no scroll bar inside, no empty space below). Posts
 * `{ type: 'dashboard-widgets:resize', version: 1, id, height }`; nothing else ever leaves the
 * frame this way. Does nothing in a top-level window.
 */
export function startResizeBridge(options: ResizeBridgeOptions = {}): ResizeBridge {
  const target = options.target ?? window.parent;
  const element = options.element ?? document.documentElement;
  let frameId = options.frameId ?? '';
  let targetOrigin = options.targetOrigin || '*';
  let last = -1;
  const framed = target !== window;

  const measure = () => Math.ceil(element.getBoundingClientRect().height);
  const post = (force: boolean) => {
    if (!framed) return;
    const height = measure();
    if (!force && height === last) return;
    last = height;
    const message: ResizeMessage = { type: RESIZE_MESSAGE_TYPE, version: RESIZE_MESSAGE_VERSION, id: frameId, height };
    try {
      target.postMessage(message, targetOrigin);
    } catch {
      // An invalid target origin: stay silent rather than break the widget.
    }
  };

  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => post(false)) : undefined;
  observer?.observe(element);
  const onLoad = () => post(false);
  window.addEventListener('load', onLoad);
  post(false);

  return {
    report: () => post(true),
    configure(next) {
      frameId = next.frameId ?? '';
      targetOrigin = next.targetOrigin || '*';
      post(true);
    },
    stop() {
      observer?.disconnect();
      window.removeEventListener('load', onLoad);
    },
  };
}
