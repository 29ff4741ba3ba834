import { DashboardEvent } from '../core/events.js';
import type { ShareFormat } from './share.js';

/** Detail of `dw-share-copy`. */
export interface ShareCopyDetail {
  format: ShareFormat;
  /** Whether the text reached the clipboard (false: it is selected, for the reader to copy). */
  copied: boolean;
}

/** Detail of `dw-frame-resize`. */
export interface FrameResizeDetail {
  /** The iframe's new height, in CSS pixels. */
  height: number;
}

/** `dw-share-copy`: a snippet was copied, or selected for copying by hand. */
export class ShareCopyEvent extends DashboardEvent<ShareCopyDetail> {
  constructor(detail: ShareCopyDetail) {
    super('dw-share-copy', detail);
  }
}

/** `dw-share-close`: the Share panel's Close button (or Escape) was pressed. */
export class ShareCloseEvent extends DashboardEvent<Record<string, never>> {
  constructor() {
    super('dw-share-close', {});
  }
}

/** `dw-frame-resize`: a `<widget-frame>` was resized to its widget. */
export class FrameResizeEvent extends DashboardEvent<FrameResizeDetail> {
  constructor(detail: FrameResizeDetail) {
    super('dw-frame-resize', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dw-share-copy': ShareCopyEvent;
    'dw-share-close': ShareCloseEvent;
    'dw-frame-resize': FrameResizeEvent;
  }
}
