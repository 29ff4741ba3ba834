import { resizeFrom } from './messages.js';

export interface AutoSizeOptions {
  /** Which iframes to size (default: {@link DEFAULT_FRAME_SELECTOR}). */
  selector?: string;
  /** Where to look for them (default: the document). */
  root?: Document | DocumentFragment | Element;
}

/**
 * The iframes `autoSizeFrames()` looks after by default: those marked `data-dashboard-widgets`, and
 * those showing an `embed.html#widget=...` address.
 */
export const DEFAULT_FRAME_SELECTOR = 'iframe[data-dashboard-widgets], iframe[src*="embed.html#widget="]';

/**
 * Sizes existing iframes that show `embed.html` to the height their widget reports. A message is
 * believed only when it comes from one of the selected iframes' own window (and origin), has the
 * resize message's shape, and carries the iframe's `frame-id` when its address names one.
 * Iframes added later are covered too. Returns a function that stops it.
 */
export function autoSizeFrames(options: AutoSizeOptions = {}): () => void {
  const selector = options.selector ?? DEFAULT_FRAME_SELECTOR;
  const root = options.root ?? document;
  const onMessage = (event: MessageEvent) => {
    if (!event.source) return;
    for (const frame of root.querySelectorAll<HTMLIFrameElement>(selector)) {
      if (frame.contentWindow !== event.source) continue;
      const message = resizeFrom(event, frame, frameIdOf(frame));
      if (message) frame.style.height = `${message.height}px`;
      return;
    }
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}

function frameIdOf(frame: HTMLIFrameElement): string {
  try {
    return new URLSearchParams(new URL(frame.src, document.baseURI).hash.slice(1)).get('frame-id') ?? '';
  } catch {
    return '';
  }
}
