import { oneEvent, waitUntil } from '@open-wc/testing';
import type { WidgetFrame } from '../../src/embed/widget-frame.js';

/** The embed page with stand-in widgets, served by the test server. */
export const STAND_IN_PAGE = new URL('./fixtures/stand-in.html', import.meta.url).href;

/** The window inside a frame, with what the fixture pages expose. */
export type FixtureWindow = Window &
  typeof globalThis & {
    cspViolations: string[];
    postToParent(data: unknown): void;
    loadMarker: number;
    embedPage: { element: HTMLElement | null };
  };

export function frameWindow(frame: HTMLIFrameElement): FixtureWindow {
  return frame.contentWindow as FixtureWindow;
}

/** Waits until the iframe's document has loaded its fixture scripts. */
export async function loaded(frame: HTMLIFrameElement, what: keyof FixtureWindow = 'loadMarker'): Promise<FixtureWindow> {
  await waitUntil(() => {
    try {
      return frame.contentWindow && (frame.contentWindow as FixtureWindow)[what] !== undefined && frame.contentDocument?.readyState === 'complete';
    } catch {
      return false;
    }
  }, `the frame ${frame.src} did not load`, { timeout: 15_000 });
  return frameWindow(frame);
}

/** The rendered height of a frame, in whole pixels. */
export const heightOf = (el: Element): number => Math.round(el.getBoundingClientRect().height);

/** Waits for the next resize of a <widget-frame> and resolves with the new height. */
export async function nextResize(frame: WidgetFrame, change?: () => void): Promise<number> {
  const event = oneEvent(frame, 'dw-frame-resize');
  change?.();
  return ((await event) as CustomEvent<{ height: number }>).detail.height;
}

/** Lets messages in flight arrive (a few macrotasks and frames). */
export async function settle(ms = 150): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
}
